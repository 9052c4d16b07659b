// SPDX-License-Identifier: MIT
#include "rules/cost/costrules.h"
#include "rules/cost/natzones.h"
#include "rules/rulehelpers.h"

/// COST-005: no more NAT gateways than needed: never more instances than zones they sit in, and
/// outside production a single gateway is enough.
namespace cw::rules {
namespace {

class NatCountRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "COST-005",
            .title = "One NAT gateway per zone at most, one outside production",
            .pillar = Pillar::Cost,
            .severity = Severity::Info,
            .kind = RuleKind::BestPractice,
            .providers = { Provider::Aws },
            .rationale = "Each NAT gateway bills per hour plus an Elastic IP; a second gateway in "
                         "the same zone adds nothing, and non-production traffic rarely justifies "
                         "one per zone.",
            .remediation = "Keep one NAT gateway per zone in production and a single one (mode: "
                           "single) elsewhere.",
            .references = { "WA COST04-BP03", "[heuristic]" },
            .options = { { "include_staging", 1,
                "1 = treat staging as non-production; 0 = only dev and test" } },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        const bool staging = ctx.option(meta(), "include_staging") != 0;
        for (const Account &a : ctx.model.accounts) {
            const bool nonProd = !isProd(a) && (staging || a.environment != Environment::Staging);
            for (const Network &n : a.networks) {
                const NatPlan plan = natPlan(ctx, n);
                if (plan.gateways.empty())
                    continue;
                const Service &first = *plan.gateways.front();
                std::vector<std::string> ids;
                for (const Service *s : plan.gateways)
                    ids.push_back(s->id);
                const std::string count = std::to_string(plan.instances);
                if (plan.instances > plan.zones.size())
                    sink.report(first.id, first.loc,
                            "network '" + n.id + "' runs " + count + " NAT gateways ("
                                + quotedList(ids) + ") in " + std::to_string(plan.zones.size())
                                + " zone" + (plan.zones.size() == 1 ? "" : "s"),
                            "Keep one NAT gateway per zone.")
                        .related
                        = ids;
                else if (nonProd && plan.instances > 1)
                    sink.report(first.id, first.loc,
                            "non-production network '" + n.id + "' runs " + count
                                + " NAT gateways (one per zone)",
                            "Set mode: single on '" + first.id + "' outside production.")
                        .related
                        = ids;
            }
        }
    }
};

} // namespace

std::unique_ptr<Rule> makeNatCountRule()
{
    return std::make_unique<NatCountRule>();
}

} // namespace cw::rules
