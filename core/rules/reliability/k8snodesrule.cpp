// SPDX-License-Identifier: MIT
#include "rules/network/placement.h"
#include "rules/props.h"
#include "rules/reliability/reliabilityrules.h"

/// REL-009: production Kubernetes nodes survive a zone and a node loss: EKS node groups span at
/// least two zones with a minimum size of min_nodes; AKS system pools use availability zones and
/// keep aks_min_nodes nodes.
namespace cw::rules {
namespace {

using namespace placement;

class K8sNodesRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "REL-009",
            .title = "Production Kubernetes node pools span zones and keep spare nodes",
            .pillar = Pillar::Reliability,
            .severity = Severity::High,
            .kind = RuleKind::BestPractice,
            .providers = { Provider::Aws, Provider::Azure },
            .rationale = "Pods can only move to nodes that still run: a node group in one zone "
                         "goes down with it, and a pool that may shrink to one node loses "
                         "capacity (and system pods such as CoreDNS) on any node failure, "
                         "upgrade or Spot interruption.",
            .remediation = "Place node groups in subnets of at least two zones (AKS: zones "
                           "1, 2, 3) and keep a minimum of two nodes (three for AKS system "
                           "pools).",
            .references = { "WA REL10-BP01", "PSRule Azure.AKS.AvailabilityZone",
                "PSRule Azure.AKS.MinNodeCount", "PSRule Azure.AKS.MinUserPoolNodes",
                "turbot REL07 autoscaling_group_multiple_az_configured" },
            .options = { { "min_nodes", 2, "Minimum size of an EKS node group" },
                { "aks_min_nodes", 3,
                    "Minimum nodes of an AKS system pool "
                    "(AZURE_AKS_CLUSTER_MINIMUM_SYSTEM_NODES)" } },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        const double minNodes = ctx.option(meta(), "min_nodes");
        const double aksMin = ctx.option(meta(), "aks_min_nodes");
        forEachService(
            ctx.services, [&](const Account &account, const Network *n, const Service &svc) {
                if (!isProd(account) || !n)
                    return;
                std::vector<std::string> problems;
                std::vector<std::string> fixes;
                auto tooFew = [&](const char *property, double min, std::string_view what,
                                  std::string_view verb) {
                    const auto v = intProp(ctx.catalog, svc, property);
                    if (static_cast<double>(v) >= min)
                        return;
                    problems.push_back(std::string(verb) + " "
                        + count(static_cast<std::size_t>(v), what, std::string(what) + "s"));
                    fixes.push_back(std::string(property) + ": " + num(min));
                };
                if (svc.kind == "aws.eks") {
                    // The cluster's initial node group; the cluster's zones are NET-014's concern.
                    tooFew("node_min", minNodes, "node", "lets its initial node group shrink to");
                } else if (svc.kind == "aws.eks-node-group") {
                    if (const auto zones = zonesOf(ctx, svc); zones.size() < 2) {
                        problems.push_back("runs only in "
                            + (zones.empty() ? std::string("no zone")
                                             : "zone " + joinList(quoted(zones))));
                        fixes.push_back("subnets in at least two zones");
                    }
                    tooFew("min_size", minNodes, "node", "may shrink to");
                } else if (svc.kind == "azure.aks") {
                    const auto zones = listProp(ctx.catalog, svc, "zones");
                    if (zones.size() < 2 && !n->zones.empty()) {
                        problems.push_back(zones.empty()
                                ? std::string("uses no availability zones")
                                : "uses only zone '" + zones.front() + "'");
                        fixes.push_back("zones: [\"1\", \"2\", \"3\"]");
                    }
                    const bool autoscale = boolProp(ctx.catalog, svc, "autoscaling");
                    tooFew(autoscale ? "node_min" : "node_count", aksMin, "system node",
                        autoscale ? "may shrink to" : "runs");
                } else {
                    return;
                }
                if (problems.empty())
                    return;
                sink.report(svc.id, svc.loc,
                        describe(ctx, svc) + " in " + accountLabel(account) + " "
                            + joinList(problems),
                        "Give '" + svc.id + "' " + joinList(fixes) + ".")
                    .related
                    = { account.id };
            });
    }
};

} // namespace

std::unique_ptr<Rule> makeK8sNodesRule()
{
    return std::make_unique<K8sNodesRule>();
}

} // namespace cw::rules
