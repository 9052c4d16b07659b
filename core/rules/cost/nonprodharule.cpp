// SPDX-License-Identifier: MIT
#include "rules/cost/costrules.h"
#include "rules/props.h"
#include "rules/rulehelpers.h"

/// COST-004: non-production accounts do not pay for production-grade high availability:
/// Multi-AZ RDS, multi-instance Aurora, PostgreSQL HA standbys, zone-redundant App Service plans,
/// Application Gateways, Redis caches and firewalls. Staging counts as non-production unless the
/// option says otherwise.
namespace cw::rules {
namespace {

class NonProdHaRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "COST-004",
            .title = "Non-production environments skip production-grade high availability",
            .pillar = Pillar::Cost,
            .severity = Severity::Info,
            .kind = RuleKind::BestPractice,
            .providers = {},
            .rationale = "Standbys, readers and zone redundancy roughly double the cost of a "
                         "component; development and test rarely need them (waive the finding "
                         "where a test really exercises failover).",
            .remediation = "Use single-instance, single-zone settings outside production.",
            .references = { "[heuristic] environment-scoped rule sets (PSRule baselines)" },
            .options = { { "include_staging", 1,
                "1 = treat staging as non-production; 0 = only dev and test" } },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        const bool staging = ctx.option(meta(), "include_staging") != 0;
        const Catalog &c = ctx.catalog;
        forEachServiceOf(ctx.services,
            { "aws.rds-postgresql", "aws.aurora-postgresql", "azure.postgresql-flexible",
                "azure.app-service", "azure.application-gateway", "azure.redis-cache",
                "azure.firewall" },
            [&](const Account &a, const Network *, const Service &s) {
                if (isProd(a) || (!staging && a.environment == Environment::Staging))
                    return;
                std::string what;
                std::string fix;
                const std::string &k = s.kind;
                if (k == "aws.rds-postgresql" && boolProp(c, s, "multi_az")) {
                    what = "multi_az is on";
                    fix = "Set multi_az: false.";
                } else if (k == "aws.aurora-postgresql" && intProp(c, s, "instances", 1) > 1) {
                    what
                        = "it runs " + std::to_string(intProp(c, s, "instances", 1)) + " instances";
                    fix = "Set instances: 1.";
                } else if (k == "azure.postgresql-flexible"
                    && textProp(c, s, "ha_mode") != "Disabled") {
                    what = "ha_mode is " + textProp(c, s, "ha_mode");
                    fix = "Set ha_mode: Disabled.";
                } else if ((k == "azure.app-service" || k == "azure.application-gateway"
                               || k == "azure.redis-cache" || k == "azure.firewall")
                    && boolProp(c, s, "zone_redundant")) {
                    what = "zone_redundant is on";
                    fix = "Set zone_redundant: false.";
                }
                if (!what.empty())
                    sink.report(s.id, s.loc,
                        describe(ctx, s) + " in " + std::string(toString(a.environment))
                            + " account '" + a.id + "' has production-grade availability: " + what,
                        fix);
            });
    }
};

} // namespace

std::unique_ptr<Rule> makeNonProdHaRule()
{
    return std::make_unique<NonProdHaRule>();
}

} // namespace cw::rules
