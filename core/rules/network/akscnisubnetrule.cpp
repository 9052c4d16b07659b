// SPDX-License-Identifier: MIT
#include "rules/network/networkrules.h"
#include "rules/network/placement.h"
#include "rules/props.h"

/// NET-013: AKS clusters using Azure CNI (pods take node-subnet addresses) have a node subnet of
/// /23 or larger (PSRule's AZURE_AKS_CNI_MINIMUM_CLUSTER_SUBNET_SIZE).
namespace cw::rules {
namespace {

using namespace placement;

class AksCniSubnetRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "NET-013",
            .title = "AKS clusters with Azure CNI have a large node subnet",
            .pillar = Pillar::Network,
            .severity = Severity::High,
            .kind = RuleKind::BestPractice,
            .providers = { Provider::Azure },
            .rationale = "With Azure CNI (not overlay) every pod takes an address from the node "
                         "subnet, reserved up front for the node's maximum pods. Small subnets "
                         "stop scale-out and upgrades (surge nodes need addresses too), and a "
                         "node pool's subnet cannot be changed without recreating the pool.",
            .remediation = "Give the node subnet a /23 or larger block, or switch the cluster to "
                           "Azure CNI Overlay (cni_overlay: true) so pods use a private range.",
            .references = { "PSRule Azure.AKS.CNISubnetSize", "WA REL02-BP03",
                "AKS: configure Azure CNI (plan IP addressing)" },
            .options = { { "minimum_subnet_size", 23,
                "Largest prefix length accepted for an Azure "
                "CNI node subnet (23 = /23 or larger)" } },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        const int max = static_cast<int>(ctx.option(meta(), "minimum_subnet_size"));
        for (const auto &na : ctx.net.networks())
            for (const auto &svc : na.network->services) {
                if (svc.kind != "azure.aks"
                    || textProp(ctx.catalog, svc, "network_plugin") != "azure"
                    || boolProp(ctx.catalog, svc, "cni_overlay"))
                    continue;
                for (const Subnet *s : subnetsOf(ctx, svc))
                    if (const SubnetAddr *sa = addrOf(na, s);
                        sa && sa->v4 && sa->v4->prefix() > max)
                        sink.report(s->id, s->loc,
                                "AKS cluster '" + svc.id + "' uses Azure CNI and its "
                                    + "node subnet '" + s->id + "' is a /"
                                    + std::to_string(sa->v4->prefix()) + "; /" + std::to_string(max)
                                    + " or larger is expected",
                                "Give '" + s->id + "' a /" + std::to_string(max)
                                    + " or larger block, or set cni_overlay: true on '" + svc.id
                                    + "'.")
                            .related
                            = { svc.id };
            }
    }
};

} // namespace

std::unique_ptr<Rule> makeAksCniSubnetRule()
{
    return std::make_unique<AksCniSubnetRule>();
}

} // namespace cw::rules
