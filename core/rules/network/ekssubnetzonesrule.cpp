// SPDX-License-Identifier: MIT
#include "rules/network/networkrules.h"
#include "rules/network/placement.h"

/// NET-014: an EKS cluster lists subnets in at least two zones (the catalog's min_zones).
namespace cw::rules {
namespace {

using namespace placement;

class EksSubnetZonesRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "NET-014",
            .title = "EKS clusters have subnets in at least two availability zones",
            .pillar = Pillar::Network,
            .severity = Severity::Critical,
            .kind = RuleKind::Constraint,
            .providers = { Provider::Aws },
            .rationale = "Amazon EKS refuses to create a cluster unless its subnets are in at "
                         "least two Availability Zones: the control plane places its network "
                         "interfaces in them. Subnets added later must stay in the cluster's "
                         "original zones.",
            .remediation = "List one subnet in each of at least two zones for the cluster "
                           "(ideally small dedicated /28 subnets for the control-plane "
                           "interfaces, in every zone the nodes use).",
            .references = { "Amazon EKS: network-reqs (subnet requirements)", "WA REL10-BP01" },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        for (const auto &account : ctx.model.accounts) {
            if (!meta().appliesTo(account.provider))
                continue;
            for (const auto &n : account.networks)
                for (const auto &svc : n.services) {
                    if (svc.kind != "aws.eks")
                        continue;
                    const KindSpec *kind = ctx.catalog.find(svc.kind);
                    const std::size_t need
                        = kind && kind->minZones > 0 ? static_cast<std::size_t>(kind->minZones) : 2;
                    const auto zones = zonesOf(ctx, svc);
                    if (zones.size() >= need)
                        continue;
                    sink.report(svc.id, svc.loc,
                            "EKS cluster '" + svc.id + "' has subnets "
                                + (zones.empty() ? std::string("in no zone")
                                                 : "only in zone " + joinList(quoted(zones)))
                                + "; EKS requires at least " + std::to_string(need) + " zones",
                            "Add a subnet of another zone of '" + n.id
                                + "' to the cluster's subnets.")
                        .related
                        = { n.id };
                }
        }
    }
};

} // namespace

std::unique_ptr<Rule> makeEksSubnetZonesRule()
{
    return std::make_unique<EksSubnetZonesRule>();
}

} // namespace cw::rules
