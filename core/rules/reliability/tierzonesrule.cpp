// SPDX-License-Identifier: MIT
#include "rules/reliability/reliabilityrules.h"

#include <map>
#include <set>

/// REL-001: each subnet tier of a network spans at least two availability zones.
namespace cw::rules {
namespace {

class TierZonesRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "REL-001",
            .title = "Each subnet tier spans at least two availability zones",
            .pillar = Pillar::Reliability,
            .severity = Severity::High,
            .kind = RuleKind::BestPractice,
            .providers = {},
            .rationale = "A tier whose subnets all sit in one zone goes down with that zone: "
                         "load balancers, clusters and databases placed in it cannot fail over.",
            .remediation = "Add a subnet of the same tier in a second (ideally third) zone of the "
                           "network and spread the tier's services across them.",
            .references
            = { "WA REL10-BP01", "turbot REL02-BP01", "checkov CKV_AWS_157 (RDS Multi-AZ)" },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        for (const auto &account : ctx.model.accounts) {
            for (const auto &n : account.networks) {
                std::map<Tier, std::set<std::string_view>> zones;
                std::map<Tier, const Subnet *> first;
                for (const auto &s : n.subnets) {
                    // Azure subnets span every zone of the region and carry no zone.
                    if (s.zone.empty())
                        continue;
                    zones[s.tier].insert(s.zone);
                    first.try_emplace(s.tier, &s);
                }
                for (const auto &[tier, set] : zones) {
                    if (set.size() >= 2)
                        continue;
                    const Subnet &s = *first[tier];
                    const std::string t(toString(tier));
                    sink.report(s.id, s.loc,
                            "the " + t + " tier of network '" + n.id
                                + "' has subnets only in zone '" + std::string(*set.begin()) + "'",
                            "Add a " + t + " subnet in another zone of '" + n.id + "'"
                                + (n.zones.size() >= 3 ? " (the network lists "
                                            + std::to_string(n.zones.size()) + " zones: use three)"
                                                       : std::string())
                                + ".")
                        .related
                        = { n.id };
                }
            }
        }
    }
};

} // namespace

std::unique_ptr<Rule> makeTierZonesRule()
{
    return std::make_unique<TierZonesRule>();
}

} // namespace cw::rules
