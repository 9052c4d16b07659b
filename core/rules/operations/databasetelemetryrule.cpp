// SPDX-License-Identifier: MIT
#include "rules/operations/operationsrules.h"
#include "rules/props.h"
#include "rules/rulehelpers.h"

#include <algorithm>

/// OPS-004: databases are observable: Performance Insights, PostgreSQL log exports and (RDS)
/// enhanced monitoring. Azure diagnostic settings are not modelled, so only AWS is checked.
namespace cw::rules {
namespace {

class DatabaseTelemetryRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "OPS-004",
            .title = "Databases export logs and query metrics",
            .pillar = Pillar::Operations,
            .severity = Severity::Low,
            .kind = RuleKind::BestPractice,
            .providers = { Provider::Aws },
            .rationale = "Slow queries, lock waits and connection storms are invisible without "
                         "Performance Insights, exported PostgreSQL logs and OS metrics.",
            .remediation = "Turn on performance_insights, export the postgresql log and set an "
                           "enhanced_monitoring_interval_s (RDS).",
            .references = { "WA OPS04-BP02", "checkov CKV_AWS_118", "checkov CKV_AWS_129",
                "checkov CKV2_AWS_30", "checkov CKV_AWS_353",
                "cfn-guard rds_enhanced_monitoring_enabled" },
            .options = { { "include_non_prod", 0,
                "1 = also check dev, test and staging accounts (default: production "
                "only)" } },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        const bool nonProd = ctx.option(meta(), "include_non_prod") != 0;
        const Catalog &c = ctx.catalog;
        forEachServiceOf(ctx.services, { "aws.rds-postgresql", "aws.aurora-postgresql" },
            [&](const Account &a, const Network *, const Service &s) {
                const bool rds = s.kind == "aws.rds-postgresql";
                if ((!rds && s.kind != "aws.aurora-postgresql") || (!nonProd && !isProd(a)))
                    return;
                std::vector<std::string> missing;
                std::vector<std::string> fixes;
                if (!boolProp(c, s, "performance_insights")) {
                    missing.push_back("performance_insights off");
                    fixes.push_back("set performance_insights: true");
                }
                const auto logs = listProp(c, s, "log_exports");
                if (std::find(logs.begin(), logs.end(), "postgresql") == logs.end()) {
                    missing.push_back("no postgresql log export");
                    fixes.push_back("add postgresql to log_exports");
                }
                if (rds && intProp(c, s, "enhanced_monitoring_interval_s") == 0) {
                    missing.push_back("enhanced monitoring off");
                    fixes.push_back("set enhanced_monitoring_interval_s to 60 or less");
                }
                if (!missing.empty())
                    sink.report(s.id, s.loc,
                        describe(ctx, s) + " lacks database telemetry: " + andList(missing),
                        fixSentence(fixes));
            });
    }
};

} // namespace

std::unique_ptr<Rule> makeDatabaseTelemetryRule()
{
    return std::make_unique<DatabaseTelemetryRule>();
}

} // namespace cw::rules
