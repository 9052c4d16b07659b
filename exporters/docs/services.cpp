// SPDX-License-Identifier: MIT
// "Compute platform" (with the Kubernetes clusters in detail), "Data" and "Edge and security".
#include "common/props.h"
#include "docs/mdtext.h"
#include "docs/placed.h"
#include "docs/sections.h"

namespace cw::exporters::docs {
namespace {

/// Scaling bounds from the catalog's min/max property pairs.
std::string scaling(const Placed &p, const Catalog &catalog)
{
    const Props props(*p.service, catalog);
    static const std::pair<const char *, const char *> pairs[] = { { "node_min", "node_max" },
        { "min_size", "max_size" }, { "min_count", "max_count" },
        { "min_capacity", "max_capacity" }, { "serverless_v2_min_acu", "serverless_v2_max_acu" } };
    for (const auto &[lo, hi] : pairs)
        if (p.spec->property(lo) && p.spec->property(hi) && (props.isSet(lo) || props.isSet(hi)))
            return md(
                toDisplayString(Value(props.d(lo))) + " to " + toDisplayString(Value(props.d(hi))));
    for (const char *fixed : { "instance_count", "instances", "desired_count", "node_count" })
        if (p.spec->property(fixed) && props.isSet(fixed))
            return md(std::to_string(props.i(fixed)) + " (" + fixed + ")");
    return "not set";
}

/// High availability: the settings, else what the kind does by itself.
std::string availability(const Placed &p)
{
    const std::string f = facts(p,
        { "multi_az", "instances", "ha_mode", "zone_redundant", "replication",
            "storage_redundancy" });
    if (f == "not in the model" && p.spec->zoneRedundant)
        return "zone-redundant by the provider";
    return f;
}

/// Disaster recovery: copies in another region, if the kind has them; else said plainly.
std::string recovery(const Placed &p)
{
    const std::string f = facts(p,
        { "geo_redundant_backup", "replica_regions", "cross_region_restore",
            "geo_replication_regions" });
    return f == "not in the model" ? std::string("no copy in another region in the model") : f;
}

bool isKubernetes(const std::string &kind)
{
    return kind == "aws.eks" || kind == "azure.aks";
}

/// One cluster: node groups, scaling, access and operations, and what the model leaves out.
std::string cluster(const Placed &c, const std::vector<Placed> &computes, const Catalog &catalog)
{
    const Props props(*c.service, catalog);
    std::string out = "#### " + nameOf(c) + "\n\n";
    out += "- Runs in " + where(c) + ".\n";
    if (c.service->kind == "aws.eks") {
        out += "- Kubernetes " + facts(c, { "version" }) + "; API endpoint "
            + facts(
                c, { "endpoint_private_access", "endpoint_public_access", "public_access_cidrs" })
            + ".\n";
        out += "- Initial managed node group: " + facts(c, { "instance_types" }) + ", "
            + facts(c, { "node_min" }) + ", " + facts(c, { "node_max" }) + ".\n";
        std::string groups;
        for (const auto &g : computes)
            if (g.service->kind == "aws.eks-node-group"
                && Props(*g.service, catalog).s("cluster") == c.service->id)
                groups += "  - " + nameOf(g) + ": "
                    + facts(g, { "instance_types", "capacity_type", "ami_type" }) + "; "
                    + facts(g, { "min_size", "desired_size", "max_size" }) + "\n";
        out += groups.empty() ? "- Further node groups: none in the model.\n"
                              : "- Further node groups:\n" + groups;
        out += "- Node autoscaling: "
            + std::string(props.b("karpenter")
                    ? "Karpenter provisions further nodes beside the managed groups"
                    : "only the node groups' own bounds (no Karpenter)")
            + ".\n";
        out += "- Operations: "
            + facts(c, { "control_plane_logging", "secrets_encryption", "addons" }) + ".\n";
    } else {
        out += "- Kubernetes " + facts(c, { "kubernetes_version" }) + ", tier "
            + facts(c, { "sku_tier" }) + "; API server "
            + facts(c, { "private_cluster", "authorized_ip_ranges" }) + ".\n";
        out += "- System node pool: " + facts(c, { "node_vm_size" }) + ", "
            + facts(c, { "node_count" }) + ", zones " + facts(c, { "zones" }) + ".\n";
        out += "- Node autoscaling: "
            + (props.b("autoscaling") ? "cluster autoscaler from " + facts(c, { "node_min" })
                        + " to " + facts(c, { "node_max" })
                                      : std::string("off (autoscaling not set)"))
            + ".\n";
        out += "- Identity and operations: "
            + facts(c,
                { "workload_identity", "local_accounts", "container_insights", "azure_policy",
                    "key_vault_secrets_provider" })
            + ".\n";
    }
    out += "- Pod scaling (HPA), namespaces and resource requests and limits are Kubernetes "
           "objects the model does not describe: they belong to the workloads' manifests.\n\n";
    return out;
}

} // namespace

std::string computeSection(const Model &model, const Catalog &catalog)
{
    std::string out = "## Compute platform\n\n";
    const auto items = servicesWhere(model, catalog, [](const KindSpec &k) {
        return (k.category == "compute" || k.category == "containers") && !isRegistry(k.kind);
    });
    if (items.empty())
        return out + "The design has no compute services yet.\n\n";
    out += header({ "Service", "Kind", "Where (zones)", "Scaling", "Settings" });
    for (const auto &p : items)
        out += row(
            { nameOf(p), md(p.spec->label), where(p), scaling(p, catalog), settings(*p.service) });
    out += "\n";
    std::string clusters;
    for (const auto &p : items)
        if (isKubernetes(p.service->kind))
            clusters += cluster(p, items, catalog);
    if (!clusters.empty())
        out += "### Kubernetes clusters\n\nHow each cluster runs and scales, as the model sets it "
               "(values marked \"default\" are the provider's defaults):\n\n"
            + clusters;
    return out + notes(items);
}

std::string dataSection(const Model &model, const Catalog &catalog)
{
    std::string out = "## Data\n\n";
    const auto items = servicesWhere(model, catalog, [](const KindSpec &k) { return k.dataStore; });
    if (items.empty())
        return out + "The design holds no data stores yet.\n\n";
    out += "Values marked \"default\" are what the provider applies when the design sets "
           "nothing.\n\n";
    out += header({ "Data store", "Engine", "Where (zones)", "High availability",
        "Backups and retention", "Disaster recovery", "Encryption" });
    for (const auto &p : items)
        out += row({ nameOf(p),
            md(p.spec->label)
                + (p.spec->property("engine_version") || p.spec->property("version")
                        ? ", " + facts(p, { "engine_version", "version" })
                        : std::string()),
            where(p), availability(p),
            facts(p,
                { "backup_retention_days", "versioning", "blob_soft_delete_days",
                    "message_retention_s", "soft_delete", "deletion_protection", "object_lock" }),
            recovery(p), facts(p, { "storage_encrypted", "encryption", "kms_key" }) });
    return out + "\n" + notes(items);
}

std::string edgeSecuritySection(const Model &model, const Catalog &catalog)
{
    std::string out = "## Edge and security\n\n";
    const auto items = servicesWhere(model, catalog, [](const KindSpec &k) {
        return k.category == "edge" || k.category == "security" || k.entryPoint;
    });
    if (items.empty())
        out += "The design has no edge or security services yet.\n\n";
    else {
        out += header({ "Service", "Kind", "Where", "Settings" });
        for (const auto &p : items)
            out += row({ nameOf(p), md(p.spec->label), where(p), settings(*p.service) });
        out += "\n";
    }
    std::size_t tls = 0;
    std::vector<std::string> plain, other;
    for (const auto &c : model.connections) {
        const std::string text = c.from + " → " + c.to + " (" + c.protocol
            + (c.port > 0 ? " " + std::to_string(c.port) : std::string()) + ")";
        if (c.protocol == "https")
            ++tls;
        else if (c.protocol == "http")
            plain.push_back(text);
        else
            other.push_back(text);
    }
    out += "Transport: " + std::to_string(tls) + " of " + std::to_string(model.connections.size())
        + " connection(s) use HTTPS (TLS).";
    if (!plain.empty())
        out += " Plain HTTP: " + md(join(plain)) + ".";
    if (!other.empty())
        out += " Other protocols, whose encryption in transit the model does not state: "
            + md(join(other)) + ".";
    out += " Secrets are referenced from the provider's secret store, never written into "
           "generated code.\n\n";
    std::vector<Placed> described;
    for (const auto &p : items) // gateways are described under Network design
        if (p.spec->category != "compute" && p.spec->category != "containers"
            && p.service->kind.find("gateway") == std::string::npos)
            described.push_back(p);
    return out + notes(described);
}

} // namespace cw::exporters::docs
