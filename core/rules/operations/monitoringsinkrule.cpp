// SPDX-License-Identifier: MIT
#include "rules/operations/operationsrules.h"
#include "rules/props.h"
#include "rules/rulehelpers.h"

/// OPS-005: every account or subscription that runs workloads has a monitoring sink (CloudWatch /
/// Log Analytics), and the sink keeps logs for a bounded time no shorter than the minimum.
namespace cw::rules {
namespace {

bool runsWorkloads(const RuleContext &ctx, const Account &a)
{
    bool found = false;
    auto visit = [&](const Service &s) {
        const KindSpec *spec = ctx.catalog.find(s.kind);
        found = found || isWorkload(spec) || isFrontEntry(spec) || (spec && spec->dataStore);
    };
    for (const Network &n : a.networks)
        for (const Service &s : n.services)
            visit(s);
    for (const Service &s : a.services)
        visit(s);
    return found;
}

class MonitoringSinkRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "OPS-005",
            .title = "Accounts with workloads have a monitoring sink with bounded retention",
            .pillar = Pillar::Operations,
            .severity = Severity::Medium,
            .kind = RuleKind::BestPractice,
            .providers = {},
            .rationale = "Metrics, alarms and logs need a home in every account that runs "
                         "something; logs kept forever cost without limit, logs kept too briefly "
                         "are gone before an incident is noticed.",
            .remediation = "Add an aws.cloudwatch (AWS) or azure.log-analytics (Azure) service to "
                           "the account and set its retention between the minimum and a bounded "
                           "maximum.",
            .references = { "WA OPS04-BP02", "WA SEC04-BP01", "checkov CKV_AWS_66",
                "checkov CKV_AWS_338", "PSRule Azure.AppInsights.Workspace",
                "cfn-guard cw_loggroup_retention_period_check" },
            .options = { { "min_days", 365, "Shortest accepted log retention in production, days" },
                { "min_days_non_prod", 30,
                    "Shortest accepted log retention in dev, test and staging, days" } },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        for (const Account &a : ctx.model.accounts) {
            if (!runsWorkloads(ctx, a))
                continue;
            const bool azure = a.provider == Provider::Azure;
            const std::string kind = azure ? "azure.log-analytics" : "aws.cloudwatch";
            const std::string prop = azure ? "retention_days" : "log_retention_days";
            const auto minDays = static_cast<std::int64_t>(
                ctx.option(meta(), isProd(a) ? "min_days" : "min_days_non_prod"));
            bool found = false;
            for (const Service &s : a.services) {
                if (s.kind != kind)
                    continue;
                found = true;
                const std::int64_t days = intProp(ctx.catalog, s, prop);
                if (days == 0)
                    sink.report(s.id, s.loc,
                        describe(ctx, s) + " never expires its logs (" + prop
                            + " 0): storage grows without bound",
                        "Set " + prop + " to " + std::to_string(minDays)
                            + " days or the retention your policy asks for.");
                else if (days < minDays)
                    sink.report(s.id, s.loc,
                        describe(ctx, s) + " keeps logs " + std::to_string(days)
                            + " days; at least " + std::to_string(minDays) + " are expected in "
                            + std::string(toString(a.environment)),
                        "Set " + prop + " to " + std::to_string(minDays) + " or more.");
            }
            if (!found)
                sink.report(a.id, a.loc,
                    std::string(azure ? "subscription" : "account") + " '" + a.id
                        + "' runs workloads but has no monitoring sink (" + kind + ")",
                    "Add an " + kind + " service to '" + a.id
                        + "' for its metrics, alarms and logs.");
        }
    }
};

} // namespace

std::unique_ptr<Rule> makeMonitoringSinkRule()
{
    return std::make_unique<MonitoringSinkRule>();
}

} // namespace cw::rules
