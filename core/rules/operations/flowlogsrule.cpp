// SPDX-License-Identifier: MIT
#include "rules/operations/operationsrules.h"
#include "rules/props.h"
#include "rules/rulehelpers.h"

/// OPS-001: every VPC/VNet with subnets records flow logs (aws.vpc-flow-logs /
/// azure.vnet-flow-logs among its network-level services), and Azure flow logs keep at least the
/// configured number of days.
namespace cw::rules {
namespace {

class FlowLogsRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "OPS-001",
            .title = "Networks record flow logs",
            .pillar = Pillar::Operations,
            .severity = Severity::Medium,
            .kind = RuleKind::BestPractice,
            .providers = {},
            .rationale = "Without flow logs there is no record of who talked to what: incidents "
                         "cannot be investigated and security-group mistakes stay invisible.",
            .remediation = "Add an aws.vpc-flow-logs (AWS) or azure.vnet-flow-logs (Azure) "
                           "service to the network; keep Azure flow logs at least the configured "
                           "number of days.",
            .references = { "WA OPS04-BP02", "WA SEC04-BP01", "checkov CKV2_AWS_11",
                "cdk-nag AwsSolutions-VPC7", "trivy AWS-0178", "checkov CKV_AZURE_12",
                "trivy AZU-0073" },
            .options = { { "min_retention_days", 90,
                "Shortest accepted retention of Azure flow logs in days (0 = forever is "
                "always accepted)" } },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        const auto minDays = static_cast<std::int64_t>(ctx.option(meta(), "min_retention_days"));
        for (const Account &a : ctx.model.accounts) {
            const std::string kind
                = a.provider == Provider::Azure ? "azure.vnet-flow-logs" : "aws.vpc-flow-logs";
            for (const Network &n : a.networks) {
                if (n.subnets.empty())
                    continue; // a reserved address space with nothing in it
                const Service *logs = nullptr;
                for (const Service &s : n.services)
                    if (s.kind == kind && !logs)
                        logs = &s;
                if (!logs) {
                    sink.report(n.id, n.loc,
                        "network '" + n.id + "' records no flow logs (no " + kind + " service)",
                        "Add an " + kind + " service to '" + n.id + "'.");
                    continue;
                }
                const std::int64_t days = intProp(ctx.catalog, *logs, "retention_days", 0);
                if (a.provider == Provider::Azure && days != 0 && days < minDays)
                    sink.report(logs->id, logs->loc,
                            describe(ctx, *logs) + " keeps flow logs " + std::to_string(days)
                                + " days; at least " + std::to_string(minDays) + " are expected",
                            "Set retention_days to " + std::to_string(minDays)
                                + " or more (0 keeps them forever).")
                        .related
                        = { n.id };
            }
        }
    }
};

} // namespace

std::unique_ptr<Rule> makeFlowLogsRule()
{
    return std::make_unique<FlowLogsRule>();
}

} // namespace cw::rules
