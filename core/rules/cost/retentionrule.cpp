// SPDX-License-Identifier: MIT
#include "rules/cost/costrules.h"
#include "rules/props.h"
#include "rules/rulehelpers.h"

/// COST-002: stored data expires: S3 buckets have a lifecycle rule, ECR repositories keep only
/// the newest images, Premium ACR registries purge untagged manifests. Website buckets are
/// skipped (expiring a live site's objects would take it down).
namespace cw::rules {
namespace {

class RetentionRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "COST-002",
            .title = "Stored objects and images expire",
            .pillar = Pillar::Cost,
            .severity = Severity::Low,
            .kind = RuleKind::BestPractice,
            .providers = {},
            .rationale = "Buckets, old object versions and image repositories only grow; without "
                         "a lifecycle or retention policy the bill grows with them.",
            .remediation = "Set lifecycle_days on buckets, keep_images on ECR repositories and "
                           "untagged_retention_days on Premium registries.",
            .references = { "WA COST04-BP05", "checkov CKV2_AWS_61", "checkov CKV_AWS_300",
                "PSRule Azure.ACR.Retention" },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        const Catalog &c = ctx.catalog;
        forEachServiceOf(ctx.services, { "aws.s3", "aws.ecr", "azure.container-registry" },
            [&](const Account &, const Network *, const Service &s) {
                std::string what;
                std::string fix;
                if (s.kind == "aws.s3" && !boolProp(c, s, "website")
                    && intProp(c, s, "lifecycle_days") == 0) {
                    what = "has no lifecycle rule (lifecycle_days 0): objects and old versions are "
                           "kept forever";
                    fix = "Set lifecycle_days to the retention the data needs.";
                } else if (s.kind == "aws.ecr" && intProp(c, s, "keep_images") == 0) {
                    what = "has no lifecycle policy (keep_images 0): every pushed image is kept";
                    fix = "Set keep_images, e.g. to 30.";
                } else if (s.kind == "azure.container-registry"
                    && textProp(c, s, "sku") == "Premium"
                    && intProp(c, s, "untagged_retention_days") == 0) {
                    what = "keeps untagged manifests forever (untagged_retention_days 0)";
                    fix = "Set untagged_retention_days, e.g. to 7.";
                }
                if (!what.empty())
                    sink.report(s.id, s.loc, describe(ctx, s) + " " + what, fix);
            });
    }
};

} // namespace

std::unique_ptr<Rule> makeRetentionRule()
{
    return std::make_unique<RetentionRule>();
}

} // namespace cw::rules
