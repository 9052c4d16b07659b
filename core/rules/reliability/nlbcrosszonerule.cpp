// SPDX-License-Identifier: MIT
#include "rules/network/placement.h"
#include "rules/props.h"
#include "rules/reliability/reliabilityrules.h"

/// REL-012: network load balancers that span zones balance across them (cross-zone load
/// balancing, off by default for NLBs).
namespace cw::rules {
namespace {

using namespace placement;

class NlbCrossZoneRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "REL-012",
            .title = "Network load balancers balance across zones",
            .pillar = Pillar::Reliability,
            .severity = Severity::Medium,
            .kind = RuleKind::BestPractice,
            .providers = { Provider::Aws },
            .rationale = "Without cross-zone load balancing each NLB node only sends to targets "
                         "in its own zone, and clients resolve every zone's node equally: a zone "
                         "with fewer (or no) healthy targets overloads them or drops its share "
                         "of the traffic. Cross-zone traffic is billed, which is why NLBs leave "
                         "it off.",
            .remediation = "Set cross_zone: true on the load balancer (or keep the same number of "
                           "healthy targets in every zone).",
            .references = { "WA REL10-BP01", "checkov CKV_AWS_152", "checkov CKV_AWS_138",
                "cdk-nag AwsSolutions-ELB4", "cfn-guard elb_cross_zone_load_balancing_enabled" },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        forEachServiceOf(
            ctx.services, { "aws.nlb" }, [&](const Account &, const Network *, const Service &svc) {
                if (boolProp(ctx.catalog, svc, "cross_zone"))
                    return;
                // Cross-zone balancing only matters once the load balancer has nodes in two zones.
                const auto zones = zonesOf(ctx, svc);
                if (zones.size() < 2)
                    return;
                sink.report(svc.id, svc.loc,
                    "network load balancer '" + svc.id + "' spans zones " + joinList(quoted(zones))
                        + " without cross-zone load balancing: each zone's clients only "
                          "reach that zone's targets",
                    "Set cross_zone: true on '" + svc.id + "'.");
            });
    }
};

} // namespace

std::unique_ptr<Rule> makeNlbCrossZoneRule()
{
    return std::make_unique<NlbCrossZoneRule>();
}

} // namespace cw::rules
