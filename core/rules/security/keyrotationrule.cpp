// SPDX-License-Identifier: MIT
#include "rules/props.h"
#include "rules/rulehelpers.h"
#include "rules/security/securityrules.h"

/// SEC-015: customer-managed symmetric KMS keys rotate automatically, at least as often as the
/// configured period. (Key Vault key rotation policies are not in the catalog.)
namespace cw::rules {
namespace {

class KeyRotationRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "SEC-015",
            .title = "Customer-managed keys rotate",
            .pillar = Pillar::Security,
            .severity = Severity::Medium,
            .kind = RuleKind::BestPractice,
            .providers = { Provider::Aws },
            .rationale = "A key that never rotates protects ever more data with the same key "
                         "material, so a compromise exposes all of it. Only symmetric encryption "
                         "keys can rotate automatically.",
            .remediation = "Turn on automatic rotation of symmetric KMS keys, with a period no "
                           "longer than the configured maximum.",
            .references = { "WA SEC08-BP01", "checkov CKV_AWS_7", "cdk-nag AwsSolutions-KMS5",
                "trivy AWS-0065", "PSRule Azure.KeyVault.AutoRotationPolicy" },
            .options
            = { { "max_period_days", 365, "Longest accepted rotation_period_days of a KMS key" } },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        const auto maxDays = static_cast<std::int64_t>(ctx.option(meta(), "max_period_days"));
        const Catalog &c = ctx.catalog;
        forEachServiceOf(
            ctx.services, { "aws.kms" }, [&](const Account &, const Network *, const Service &s) {
                if (textProp(c, s, "key_spec") != "SYMMETRIC_DEFAULT"
                    || textProp(c, s, "key_usage") != "ENCRYPT_DECRYPT")
                    return;
                const std::int64_t period = intProp(c, s, "rotation_period_days", 365);
                if (!boolProp(c, s, "rotation"))
                    sink.report(s.id, s.loc, describe(ctx, s) + " has automatic rotation off",
                        "Set rotation: true on '" + s.id + "'.");
                else if (period > maxDays)
                    sink.report(s.id, s.loc,
                        describe(ctx, s) + " rotates every " + std::to_string(period)
                            + " days; at most " + std::to_string(maxDays) + " is expected",
                        "Set rotation_period_days to " + std::to_string(maxDays) + " or less.");
            });
    }
};

} // namespace

std::unique_ptr<Rule> makeKeyRotationRule()
{
    return std::make_unique<KeyRotationRule>();
}

} // namespace cw::rules
