// SPDX-License-Identifier: MIT
#include "rules/network/placement.h"
#include "rules/props.h"
#include "rules/reliability/reliabilityrules.h"

/// REL-017: production Key Vaults (every vault with all_environments) can be recovered: soft
/// delete keeps deleted vaults and objects for at least min_retention_days, and purge protection
/// stops anyone from purging them early.
namespace cw::rules {
namespace {

using namespace placement;

class KeyVaultRecoveryRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "REL-017",
            .title = "Production Key Vaults have soft delete and purge protection",
            .pillar = Pillar::Reliability,
            .severity = Severity::Medium,
            .kind = RuleKind::BestPractice,
            .providers = { Provider::Azure },
            .rationale = "A deleted key, secret or vault stops every service that uses it. Soft "
                         "delete (always on) keeps it recoverable for its retention period, but "
                         "without purge protection anyone with purge rights can destroy it for "
                         "good at once, and encryption keys for storage or databases cannot be "
                         "used unless purge protection is on. Outside production, purge "
                         "protection blocks reusing vault names for the retention period.",
            .remediation = "Set purge_protection: true on production vaults (it cannot be turned "
                           "off again) and keep soft_delete_retention_days at 90.",
            .references = { "checkov CKV_AZURE_42", "checkov CKV_AZURE_110", "trivy AZU-0016",
                "PSRule Azure.KeyVault.SoftDelete", "PSRule Azure.KeyVault.PurgeProtect",
                "WA REL09-BP01" },
            .options = { { "min_retention_days", 7,
                             "Soft-delete retention in days expected in "
                             "production (Azure accepts 7 to 90)" },
                { "all_environments", 0,
                    "1 = expect purge protection outside production too (PSRule and checkov "
                    "do)" } },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        const double minDays = ctx.option(meta(), "min_retention_days");
        const bool everywhere = ctx.option(meta(), "all_environments") != 0;
        forEachServiceOf(ctx.services, { "azure.key-vault" },
            [&](const Account &account, const Network *, const Service &svc) {
                if (!(everywhere || isProd(account)))
                    return;
                std::vector<std::string> problems;
                if (!boolProp(ctx.catalog, svc, "purge_protection"))
                    problems.push_back("has no purge protection");
                if (const auto days = intProp(ctx.catalog, svc, "soft_delete_retention_days");
                    static_cast<double>(days) < minDays)
                    problems.push_back("keeps deleted objects for "
                        + count(static_cast<std::size_t>(days), "day", "days") + " (at least "
                        + num(minDays) + " expected)");
                if (problems.empty())
                    return;
                sink.report(svc.id, svc.loc,
                        "Key Vault '" + svc.id + "' in " + accountLabel(account) + " "
                            + joinList(problems),
                        "Set purge_protection: true and soft_delete_retention_days: 90 on '"
                            + svc.id + "'.")
                    .related
                    = { account.id };
            });
    }
};

} // namespace

std::unique_ptr<Rule> makeKeyVaultRecoveryRule()
{
    return std::make_unique<KeyVaultRecoveryRule>();
}

} // namespace cw::rules
