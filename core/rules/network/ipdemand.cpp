// SPDX-License-Identifier: MIT
#include "rules/network/ipdemand.h"

#include "rules/network/placement.h"
#include "rules/props.h"

#include <algorithm>
#include <array>
#include <utility>

namespace cw::rules {
namespace {

using namespace placement;

/// Service kinds whose demand is pods on nodes: nodes × (1 + pods per node).
IpDemand nodes(double count, const std::string &countWhy, double pods, const std::string &podsWhy,
    double extra, const std::string &extraWhy)
{
    IpDemand d;
    d.pooled = count * (1 + pods) + extra;
    d.how = countWhy
        + (pods > 0 ? " × (1 + " + num(pods) + " pods " + podsWhy + ")" : std::string())
        + (extra > 0 ? " + " + num(extra) + " " + extraWhy : std::string());
    return d;
}

IpDemand pooled(double n, std::string how)
{
    return { 0, n, std::move(how) };
}

IpDemand perSubnet(double n, std::string how)
{
    return { n, 0, std::move(how) };
}

/// Pods per EKS node: the option, else the VPC CNI limit of the first instance type; 0 when
/// pods do not take VPC addresses (IPv6 pods, or another CNI than vpc-cni).
std::pair<double, std::string> eksPods(const RuleContext &ctx, const Service *cluster,
    const std::vector<std::string> &types, const DemandOptions &o)
{
    if (cluster) {
        const auto addons = listProp(ctx.catalog, *cluster, "addons");
        if (textProp(ctx.catalog, *cluster, "ip_family") == "ipv6"
            || std::find(addons.begin(), addons.end(), "vpc-cni") == addons.end())
            return { 0, {} };
    }
    if (o.eksPodsPerNode > 0)
        return { o.eksPodsPerNode, "per node" };
    const std::string type = types.empty() ? std::string("t3.medium") : types.front();
    return { vpcCniMaxPods(type), "on " + type };
}

} // namespace

int vpcCniMaxPods(std::string_view type)
{
    const auto dot = type.find('.');
    if (dot == std::string_view::npos)
        return 110;
    const bool burstable = type.front() == 't';
    const std::string_view size = type.substr(dot + 1);
    static constexpr std::array<std::pair<std::string_view, int>, 19> kBySize { {
        { "nano", 4 },
        { "micro", 4 },
        { "xlarge", 58 },
        { "2xlarge", 58 },
        { "3xlarge", 58 },
        { "4xlarge", 234 },
        { "6xlarge", 234 },
        { "8xlarge", 234 },
        { "9xlarge", 234 },
        { "10xlarge", 234 },
        { "12xlarge", 234 },
        { "16xlarge", 737 },
        { "18xlarge", 737 },
        { "24xlarge", 737 },
        { "32xlarge", 737 },
        { "48xlarge", 737 },
        { "metal", 737 },
        { "metal-24xl", 737 },
        { "metal-48xl", 737 },
    } };
    if (size == "small")
        return burstable ? 11 : 8;
    if (size == "medium")
        return burstable ? 17 : 8;
    if (size == "large")
        return burstable ? 35 : 29;
    for (const auto &[name, pods] : kBySize)
        if (name == size)
            return pods;
    return 110;
}

IpDemand ipDemand(const RuleContext &ctx, const Service &svc, const DemandOptions &o)
{
    const Catalog &c = ctx.catalog;
    const std::string &k = svc.kind;
    auto i = [&](const char *name) { return static_cast<double>(intProp(c, svc, name)); };
    if (k == "aws.eks") {
        const auto [pods, why] = eksPods(ctx, &svc, listProp(c, svc, "instance_types"), o);
        return nodes(
            i("node_max"), num(i("node_max")) + " nodes", pods, why, 4, "control-plane ENIs");
    }
    if (k == "aws.eks-node-group") {
        const Service *cluster = nullptr;
        if (const auto *ref = ctx.index.find(textProp(c, svc, "cluster")); ref && ref->service)
            cluster = ref->service;
        const auto [pods, why] = eksPods(ctx, cluster, listProp(c, svc, "instance_types"), o);
        return nodes(i("max_size"), num(i("max_size")) + " nodes", pods, why, 0, {});
    }
    if (k == "azure.aks") {
        const bool podIps
            = textProp(c, svc, "network_plugin") == "azure" && !boolProp(c, svc, "cni_overlay");
        const double count = boolProp(c, svc, "autoscaling") ? i("node_max") : i("node_count");
        return nodes(count + 1, "(" + num(count) + " nodes + 1 upgrade surge)",
            podIps ? o.aksPodsPerNode : 0, "per node with Azure CNI", 0, {});
    }
    if (k == "aws.alb" || k == "aws.nlb")
        return perSubnet(o.lbAddresses, num(o.lbAddresses) + " per subnet for load balancer nodes");
    if (k == "aws.nat-gateway")
        return perSubnet(1, "1 per subnet");
    if (k == "aws.vpc-endpoint")
        return textProp(c, svc, "endpoint_type") == "Gateway"
            ? IpDemand {}
            : perSubnet(1, "1 interface per subnet");
    if (k == "aws.lambda")
        return perSubnet(1, "1 Hyperplane interface per subnet");
    if (k == "azure.private-endpoint")
        return perSubnet(1, "1 interface");
    if (k == "aws.ec2")
        return pooled(i("instance_count"), num(i("instance_count")) + " instances");
    if (k == "aws.ecs-fargate") {
        const double tasks = std::max(i("desired_count"), i("max_count"));
        return pooled(tasks * 2, num(tasks) + " tasks × 2 during a rolling deployment");
    }
    if (k == "aws.rds-postgresql")
        return boolProp(c, svc, "multi_az") ? pooled(2, "primary and standby")
                                            : pooled(1, "1 instance");
    if (k == "aws.aurora-postgresql")
        return pooled(i("instances"), num(i("instances")) + " instances");
    if (k == "azure.app-service") {
        const double instances = std::max(i("instances"), i("autoscale_max"));
        return pooled(instances * o.scaleFactor,
            num(instances) + " instances × " + num(o.scaleFactor) + " while scaling");
    }
    if (k == "azure.application-gateway")
        return pooled(
            i("max_capacity") + 1, num(i("max_capacity")) + " instances + 1 private frontend");
    if (k == "azure.load-balancer")
        return textProp(c, svc, "type") == "internal" ? pooled(1, "1 frontend address")
                                                      : IpDemand {};
    if (k == "azure.bastion")
        return pooled(i("scale_units"), num(i("scale_units")) + " scale units");
    if (k == "azure.vpn-gateway" || k == "azure.expressroute-gateway")
        return pooled(2, "2 gateway instances");
    if (k == "azure.postgresql-flexible")
        return textProp(c, svc, "ha_mode") == "Disabled" ? pooled(1, "1 server")
                                                         : pooled(2, "server and standby");
    if (k == "azure.redis-cache")
        return pooled(2, "primary and replica");
    return pooled(1, "1 address");
}

} // namespace cw::rules
