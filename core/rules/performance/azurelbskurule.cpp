// SPDX-License-Identifier: MIT
#include "rules/performance/performancerules.h"
#include "rules/props.h"
#include "rules/rulehelpers.h"

/// PERF-003: Azure load balancing on the Standard SKU.
///
/// Model reading: the catalog's AKS clusters always use the Standard load balancer and Virtual
/// Machine Scale Set pools (it has no property to choose otherwise), so the AKS half of the anchor
/// holds by construction; what remains is an azure.load-balancer on the Basic SKU (no zones, no
/// SLA, 300 instances at most, retired in September 2025).
namespace cw::rules {
namespace {

class AzureLbSkuRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "PERF-003",
            .title = "Azure load balancers use the Standard SKU",
            .pillar = Pillar::Performance,
            .severity = Severity::Low,
            .kind = RuleKind::BestPractice,
            .providers = { Provider::Azure },
            .rationale = "The Basic load balancer has a smaller backend pool, no zone redundancy "
                         "and no SLA, and has been retired; AKS needs the Standard SKU to scale "
                         "node pools.",
            .remediation = "Set sku: Standard on the load balancer.",
            .references = { "PSRule Azure.AKS.StandardLB", "PSRule Azure.AKS.PoolScaleSet",
                "PSRule Azure.LB.StandardSKU" },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        forEachServiceOf(ctx.services, { "azure.load-balancer" },
            [&](const Account &, const Network *, const Service &s) {
                if (s.kind == "azure.load-balancer" && textProp(ctx.catalog, s, "sku") == "Basic")
                    sink.report(s.id, s.loc, describe(ctx, s) + " uses the retired Basic SKU",
                        "Set sku: Standard on '" + s.id + "'.");
            });
    }
};

} // namespace

std::unique_ptr<Rule> makeAzureLbSkuRule()
{
    return std::make_unique<AzureLbSkuRule>();
}

} // namespace cw::rules
