// SPDX-License-Identifier: MIT
#include "rules/operations/operationsrules.h"
#include "rules/props.h"
#include "rules/rulehelpers.h"

#include <algorithm>

/// OPS-003: container platforms send telemetry: EKS control-plane logs (api, audit and
/// authenticator, or all five types with the option), ECS Container Insights, AKS Container
/// Insights.
namespace cw::rules {
namespace {

class ContainerTelemetryRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "OPS-003",
            .title = "Container platforms send control-plane logs and container metrics",
            .pillar = Pillar::Operations,
            .severity = Severity::Medium,
            .kind = RuleKind::BestPractice,
            .providers = {},
            .rationale = "Without control-plane audit logs nobody can tell who changed the "
                         "cluster; without container metrics, failing or starving workloads go "
                         "unnoticed until users complain.",
            .remediation = "Send EKS control-plane logs (at least api, audit, authenticator) to "
                           "CloudWatch, and turn on Container Insights for ECS and AKS.",
            .references = { "WA OPS04-BP02", "checkov CKV_AWS_37", "checkov CKV_AWS_65",
                "cdk-nag AwsSolutions-EKS2", "cdk-nag AwsSolutions-ECS4", "trivy AWS-0038",
                "trivy AWS-0034", "checkov CKV_AZURE_4", "PSRule Azure.AKS.ContainerInsights",
                "PSRule Azure.AKS.PlatformLogs" },
            .options = { { "require_all_log_types", 0,
                "1 = require all five EKS log types (also controllerManager and "
                "scheduler), as checkov CKV_AWS_37 does" } },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        std::vector<std::string> required { "api", "audit", "authenticator" };
        if (ctx.option(meta(), "require_all_log_types") != 0) {
            required.push_back("controllerManager");
            required.push_back("scheduler");
        }
        const Catalog &c = ctx.catalog;
        forEachServiceOf(ctx.services, { "aws.eks", "aws.ecs-fargate", "azure.aks" },
            [&](const Account &, const Network *, const Service &s) {
                if (s.kind == "aws.eks") {
                    const auto types = listProp(c, s, "control_plane_logging");
                    std::vector<std::string> missing;
                    for (const auto &t : required)
                        if (std::find(types.begin(), types.end(), t) == types.end())
                            missing.push_back(t);
                    if (!missing.empty())
                        sink.report(s.id, s.loc,
                            describe(ctx, s) + " does not send control-plane log type"
                                + (missing.size() > 1 ? "s " : " ") + quotedList(missing),
                            "Add " + quotedList(missing) + " to control_plane_logging.");
                } else if (s.kind == "aws.ecs-fargate"
                    && textProp(c, s, "container_insights") == "disabled") {
                    sink.report(s.id, s.loc, describe(ctx, s) + " has Container Insights disabled",
                        "Set container_insights: enabled (or enhanced).");
                } else if (s.kind == "azure.aks" && !boolProp(c, s, "container_insights")) {
                    sink.report(s.id, s.loc, describe(ctx, s) + " has Container Insights off",
                        "Set container_insights: true.");
                }
            });
    }
};

} // namespace

std::unique_ptr<Rule> makeContainerTelemetryRule()
{
    return std::make_unique<ContainerTelemetryRule>();
}

} // namespace cw::rules
