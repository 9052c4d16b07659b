// SPDX-License-Identifier: MIT
#include "rules/network/placement.h"
#include "rules/props.h"
#include "rules/reliability/reliabilityrules.h"

/// REL-008: production databases and load balancers have deletion protection: every kind in the
/// database or networking category whose catalog entry has a deletion_protection property.
namespace cw::rules {
namespace {

using namespace placement;

class DeletionProtectionRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "REL-008",
            .title = "Production databases and load balancers have deletion protection",
            .pillar = Pillar::Reliability,
            .severity = Severity::Medium,
            .kind = RuleKind::BestPractice,
            .providers = {},
            .rationale = "A mistaken console click, script or IaC change that replaces the "
                         "resource deletes a production database or the load balancer (and its "
                         "DNS name) outright; deletion protection makes deletion a deliberate "
                         "two-step change.",
            .remediation = "Set deletion_protection: true on production databases and load "
                           "balancers.",
            .references = { "WA REL-10 (cfn-guard Reliability mapping)", "checkov CKV_AWS_293",
                "checkov CKV_AWS_139", "checkov CKV_AWS_150", "cdk-nag AwsSolutions-RDS10",
                "trivy AWS-0177", "trivy AWS-0343", "cfn-guard elb_deletion_protection_enabled" },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        // Databases and networking resources that can be protected.
        auto protectable = [](const KindSpec *kind) {
            return kind && kind->property("deletion_protection")
                && (kind->category == "database" || kind->category == "networking");
        };
        forEachServiceWhere(ctx.services, protectable,
            [&](const Account &account, const Network *, const Service &svc) {
                if (!isProd(account) || boolProp(ctx.catalog, svc, "deletion_protection"))
                    return;
                sink.report(svc.id, svc.loc,
                        describe(ctx, svc) + " in " + accountLabel(account)
                            + " has no deletion protection",
                        "Set deletion_protection: true on '" + svc.id + "'.")
                    .related
                    = { account.id };
            });
    }
};

} // namespace

std::unique_ptr<Rule> makeDeletionProtectionRule()
{
    return std::make_unique<DeletionProtectionRule>();
}

} // namespace cw::rules
