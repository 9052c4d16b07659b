// SPDX-License-Identifier: MIT
// EKS: cluster with its IAM roles, initial managed node group, extra node groups and add-ons.
#include "terraform/tfmodule.h"

namespace cw::exporters::tf {

namespace {

const std::vector<std::string> kNodePolicies { "AmazonEKSWorkerNodePolicy", "AmazonEKS_CNI_Policy",
    "AmazonEC2ContainerRegistryReadOnly" };

Expr attachments(Module &m, const std::string &id, const std::string &role,
    const std::vector<std::string> &policies)
{
    Expr deps = Expr::list();
    for (const auto &p : policies)
        deps.add(Expr::raw(m.ref("aws_iam_role_policy_attachment", id, role + "_" + snakeName(p))));
    return deps;
}

bool armTypes(const std::vector<std::string> &types)
{
    for (const auto &t : types) {
        const std::string family = t.substr(0, t.find('.'));
        const auto digit = family.find_first_of("0123456789");
        if (digit == std::string::npos || family.find('g', digit) == std::string::npos)
            return false;
    }
    return !types.empty();
}

struct NodeGroup
{
    std::string name;
    std::vector<std::string> instanceTypes;
    std::int64_t min = 1, max = 1, desired = 1;
    std::string capacityType = "ON_DEMAND";
    std::string amiType;
    std::int64_t diskGb = 0;
    std::int64_t maxUnavailable = 1;
};

std::string nodeGroup(Module &m, const Service &owner, const std::string &role,
    const Service &cluster, const NodeGroup &g, const std::string &label)
{
    Body &b = m.resource(kComputeTf, "aws_eks_node_group", label);
    m.regionArg(b, m.regionOf(cluster));
    b.attr("cluster_name", Expr::raw(m.ref("aws_eks_cluster", cluster.id) + ".name"));
    b.attr("node_group_name", Expr::str(g.name));
    b.attr("node_role_arn", Expr::raw(m.ref("aws_iam_role", cluster.id, "node") + ".arn"));
    b.attr("subnet_ids", m.subnetList(owner));
    b.attr("instance_types", Expr::strList(g.instanceTypes));
    b.attr("capacity_type", Expr::str(g.capacityType));
    b.attr("ami_type",
        Expr::str(g.amiType.empty()
                ? (armTypes(g.instanceTypes) ? "AL2023_ARM_64_STANDARD" : "AL2023_x86_64_STANDARD")
                : g.amiType));
    if (g.diskGb > 0)
        b.attr("disk_size", Expr::num(g.diskGb));
    Body &sc = b.block("scaling_config");
    sc.attr("desired_size", Expr::num(g.desired));
    sc.attr("max_size", Expr::num(g.max));
    sc.attr("min_size", Expr::num(g.min));
    b.block("update_config").attr("max_unavailable", Expr::num(g.maxUnavailable));
    b.blank().attr("tags", m.serviceTags(owner));
    b.blank().attr("depends_on", attachments(m, cluster.id, "node", kNodePolicies));
    (void)role;
    // Cluster autoscalers move the desired size; Terraform should not fight them.
    b.block("lifecycle")
        .attr("ignore_changes", Expr::list({ Expr::raw("scaling_config[0].desired_size") }));
    return "aws_eks_node_group." + label;
}

void cluster(Module &m, const Service &s)
{
    const Props p = m.props(s);
    const std::string region = m.regionOf(s);
    const std::string name = awsName(s.id, 100);
    if (m.subnetRefs(s).empty()) {
        m.note("EKS cluster `" + s.id + "` has no subnet in this account; it was not exported.");
        return;
    }
    const std::string clusterRole
        = iamRole(m, s.id, "cluster", { "eks.amazonaws.com" }, { "AmazonEKSClusterPolicy" });
    const std::string nodeRole = iamRole(m, s.id, "node", { "ec2.amazonaws.com" }, kNodePolicies);
    const auto logTypes = p.list("control_plane_logging");
    std::string logs;
    if (!logTypes.empty())
        logs = emitLogGroup(m, s, "/aws/eks/" + name + "/cluster");
    std::string key;
    if (p.b("secrets_encryption")) {
        const std::string label = m.label("aws_kms_key", s.id, "secrets");
        Body &k = m.resource(kSecurityTf, "aws_kms_key", label);
        m.regionArg(k, region);
        k.attr("description", Expr::str("Encrypts the Kubernetes secrets of " + name));
        k.attr("enable_key_rotation", Expr::boolean(true));
        k.attr("deletion_window_in_days", Expr::num(std::int64_t { 30 }));
        k.blank().attr("tags", m.serviceTags(s));
        key = "aws_kms_key." + label + ".arn";
    }

    const std::string label = m.label("aws_eks_cluster", s.id);
    Body &b = m.resource(kComputeTf, "aws_eks_cluster", label);
    m.regionArg(b, region);
    b.attr("name", Expr::str(name));
    b.attr("role_arn", Expr::raw("aws_iam_role." + clusterRole + ".arn"));
    b.attr("version", Expr::str(p.s("version")));
    if (!logTypes.empty())
        b.attr("enabled_cluster_log_types", Expr::strList(logTypes));
    Body &ac = b.block("access_config");
    ac.attr("authentication_mode", Expr::str("API"));
    ac.attr("bootstrap_cluster_creator_admin_permissions", Expr::boolean(true));
    if (!key.empty()) {
        Body &e = b.block("encryption_config");
        e.attr("resources", Expr::strList({ "secrets" }));
        e.block("provider").attr("key_arn", Expr::raw(key));
    }
    b.block("kubernetes_network_config").attr("ip_family", Expr::str(p.s("ip_family")));
    Body &v = b.block("vpc_config");
    v.attr("subnet_ids", m.subnetList(s));
    v.attr("endpoint_private_access", Expr::boolean(p.b("endpoint_private_access")));
    v.attr("endpoint_public_access", Expr::boolean(p.b("endpoint_public_access")));
    if (p.b("endpoint_public_access"))
        v.attr("public_access_cidrs", Expr::strList(p.list("public_access_cidrs")));
    b.blank().attr("tags", m.serviceTags(s));
    Expr deps = attachments(m, s.id, "cluster", { "AmazonEKSClusterPolicy" });
    if (!logs.empty())
        deps.add(Expr::raw(logs));
    b.blank().attr("depends_on", std::move(deps));

    NodeGroup g;
    g.name = awsName(s.id, 55) + "-default";
    g.instanceTypes = p.list("instance_types");
    g.min = p.i("node_min");
    g.max = std::max(p.i("node_max"), std::int64_t { 1 });
    g.desired = std::max(g.min, std::int64_t { 1 });
    g.max = std::max(g.max, g.desired);
    const std::string defaultGroup
        = nodeGroup(m, s, nodeRole, s, g, m.label("aws_eks_node_group", s.id, "default"));

    for (const auto &addon : p.list("addons")) {
        Body &a = m.resource(
            kComputeTf, "aws_eks_addon", m.label("aws_eks_addon", s.id, snakeName(addon)));
        m.regionArg(a, region);
        a.attr("cluster_name", Expr::raw("aws_eks_cluster." + label + ".name"));
        a.attr("addon_name", Expr::str(addon));
        a.blank().attr("tags", m.serviceTags(s));
        // Add-ons that run as pods need nodes to schedule on.
        if (addon != "vpc-cni" && addon != "kube-proxy" && addon != "eks-pod-identity-agent")
            a.blank().attr("depends_on", Expr::list({ Expr::raw(defaultGroup) }));
    }
    if (p.b("karpenter"))
        m.note("EKS cluster `" + s.id
            + "`: Karpenter (controller, IAM role, interruption queue) is installed with its Helm "
              "chart; not exported.");
    if (p.s("ip_family") == "ipv6")
        m.note("EKS cluster `" + s.id
            + "`: IPv6 clusters need the VPC CNI IPv6 IAM policy on the node role; add it before "
              "the first apply.");
    const std::string base = snakeName(s.id);
    m.output({ base + "_cluster_name", "Name of the EKS cluster " + s.id + ".",
        Expr::raw("aws_eks_cluster." + label + ".name") });
    m.output({ base + "_cluster_endpoint", "API server endpoint of the EKS cluster " + s.id + ".",
        Expr::raw("aws_eks_cluster." + label + ".endpoint") });
}

void extraNodeGroup(Module &m, const Service &s)
{
    const Props p = m.props(s);
    const Service *c = m.topo.service(p.s("cluster"));
    if (!c || c->kind != "aws.eks" || m.topo.accountOf(c->id) != &m.account) {
        m.note("Node group `" + s.id
            + "` names no EKS cluster of this account in `cluster`; it was not exported.");
        return;
    }
    NodeGroup g;
    g.name = awsName(s.id, 63);
    g.instanceTypes = p.list("instance_types");
    g.min = p.i("min_size");
    g.max = std::max(p.i("max_size"), std::int64_t { 1 });
    g.desired = std::clamp(p.i("desired_size"), g.min, g.max);
    g.capacityType = p.s("capacity_type");
    g.amiType = p.s("ami_type");
    g.diskGb = p.i("disk_size_gb");
    g.maxUnavailable = p.i("max_unavailable");
    nodeGroup(
        m, s, m.label("aws_iam_role", c->id, "node"), *c, g, m.label("aws_eks_node_group", s.id));
}

} // namespace

void emitEks(Module &m)
{
    for (const Service *s : m.services())
        if (s->kind == "aws.eks")
            cluster(m, *s);
    for (const Service *s : m.services())
        if (s->kind == "aws.eks-node-group")
            extraNodeGroup(m, *s);
}

} // namespace cw::exporters::tf
