// SPDX-License-Identifier: MIT
#include "rules/cost/costrules.h"
#include "rules/cost/natzones.h"
#include "rules/rulehelpers.h"

/// COST-003: a private subnet's internet egress stays in its zone. When no NAT gateway instance
/// sits in a private subnet's zone (a single NAT gateway, or per-zone gateways that skip a
/// zone), its traffic crosses zones and pays inter-zone transfer on top of NAT processing.
/// Production only by default: outside production one shared NAT gateway is the cheaper choice
/// (COST-005 recommends it).
namespace cw::rules {
namespace {

class CrossZoneEgressRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "COST-003",
            .title = "Private subnets reach a NAT gateway in their own zone",
            .pillar = Pillar::Cost,
            .severity = Severity::Info,
            .kind = RuleKind::BestPractice,
            .providers = { Provider::Aws },
            .rationale = "Egress through a NAT gateway in another zone is billed as inter-zone "
                         "data transfer and ties the subnet to that zone's availability.",
            .remediation = "Use per-zone NAT gateways with one public subnet in every zone that "
                           "has private subnets.",
            .references = { "WA COST08-BP02", "[heuristic]; related to REL-011" },
            .options = { { "include_non_prod", 0,
                "1 = also check dev, test and staging accounts (default: production "
                "only)" } },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        const bool nonProd = ctx.option(meta(), "include_non_prod") != 0;
        for (const Account &a : ctx.model.accounts) {
            if (a.provider != Provider::Aws || (!nonProd && !isProd(a)))
                continue;
            for (const Network &n : a.networks) {
                const NatPlan plan = natPlan(ctx, n);
                if (plan.zones.empty())
                    continue; // no NAT egress to judge
                std::vector<std::string> nats;
                for (const Service *s : plan.gateways)
                    nats.push_back(s->id);
                for (const Subnet &s : n.subnets)
                    if (s.tier == Tier::Private && !plan.zones.count(s.zone))
                        sink.report(s.id, s.loc,
                                "private subnet '" + s.id + "' in zone '" + s.zone
                                    + "' has no NAT gateway in its zone; its egress through "
                                    + quotedList(nats) + " crosses zones",
                                "Run the NAT gateway per zone with a public subnet in '" + s.zone
                                    + "'.")
                            .related
                            = nats;
            }
        }
    }
};

} // namespace

std::unique_ptr<Rule> makeCrossZoneEgressRule()
{
    return std::make_unique<CrossZoneEgressRule>();
}

} // namespace cw::rules
