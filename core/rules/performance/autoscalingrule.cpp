// SPDX-License-Identifier: MIT
#include "rules/performance/performancerules.h"
#include "rules/props.h"
#include "rules/rulehelpers.h"

/// PERF-002: compute tiers scale with load: ECS services, EKS node groups (unless Karpenter
/// provisions the nodes), AKS pools and App Service plans have a maximum above their minimum, on
/// a plan that can scale out automatically. Production only by default.
namespace cw::rules {
namespace {

/// App Service tiers with no autoscale (Free, Shared, Basic scale out only by hand).
bool manualScaleSku(const std::string &sku)
{
    return !sku.empty() && (sku[0] == 'F' || sku[0] == 'D' || sku[0] == 'B');
}

class AutoscalingRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "PERF-002",
            .title = "Compute tiers autoscale",
            .pillar = Pillar::Performance,
            .severity = Severity::Low,
            .kind = RuleKind::BestPractice,
            .providers = {},
            .rationale = "A tier with fixed capacity is either too small at peak (slow, then "
                         "failing) or too big the rest of the time; scaling between a minimum and "
                         "a maximum follows demand.",
            .remediation = "Give the service a maximum above its minimum (ECS min/max_count, node "
                           "group min/max_size, AKS autoscaling, App Service autoscale_max on "
                           "Standard or Premium plans).",
            .references
            = { "WA REL07-BP01", "PSRule Azure.AKS.AutoScaling", "checkov CKV2_AWS_16" },
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
        forEachServiceOf(ctx.services,
            { "aws.ecs-fargate", "aws.eks-node-group", "aws.eks", "azure.aks",
                "azure.app-service" },
            [&](const Account &a, const Network *, const Service &s) {
                if (!nonProd && !isProd(a))
                    return;
                auto range = [&](const char *minName, const char *maxName, std::int64_t fb) {
                    const std::int64_t lo = intProp(c, s, minName, fb);
                    const std::int64_t hi = intProp(c, s, maxName, fb);
                    return lo >= hi ? std::string(minName) + " " + std::to_string(lo) + " and "
                            + maxName + " " + std::to_string(hi) + " leave no room to scale"
                                    : std::string();
                };
                std::string what;
                std::string fix;
                const std::string &k = s.kind;
                if (k == "aws.ecs-fargate") {
                    what = range("min_count", "max_count", 1);
                    fix = "Raise max_count above min_count.";
                } else if (k == "aws.eks-node-group") {
                    what = range("min_size", "max_size", 2);
                    fix = "Raise max_size above min_size.";
                } else if (k == "aws.eks" && !boolProp(c, s, "karpenter")) {
                    what = range("node_min", "node_max", 2);
                    fix = "Raise node_max above node_min, or let Karpenter provision nodes.";
                } else if (k == "azure.aks") {
                    if (!boolProp(c, s, "autoscaling"))
                        what = "the cluster autoscaler is off (fixed node_count "
                            + std::to_string(intProp(c, s, "node_count", 3)) + ")";
                    else
                        what = range("node_min", "node_max", 1);
                    fix = "Set autoscaling: true with node_max above node_min.";
                } else if (k == "azure.app-service") {
                    const std::int64_t instances = intProp(c, s, "instances", 1);
                    const std::int64_t max = intProp(c, s, "autoscale_max", 0);
                    const std::string sku = textProp(c, s, "sku");
                    if (max <= instances)
                        what = "autoscale_max " + std::to_string(max) + " is not above instances "
                            + std::to_string(instances);
                    else if (manualScaleSku(sku))
                        what = "autoscale_max is " + std::to_string(max) + " but a " + sku
                            + " plan only scales out by hand";
                    fix = "Use a Standard or Premium plan with autoscale_max above instances.";
                }
                if (!what.empty())
                    sink.report(
                        s.id, s.loc, describe(ctx, s) + " does not autoscale: " + what, fix);
            });
    }
};

} // namespace

std::unique_ptr<Rule> makeAutoscalingRule()
{
    return std::make_unique<AutoscalingRule>();
}

} // namespace cw::rules
