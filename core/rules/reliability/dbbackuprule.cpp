// SPDX-License-Identifier: MIT
#include "rules/network/placement.h"
#include "rules/props.h"
#include "rules/reliability/reliabilityrules.h"

/// REL-007: databases keep backups: automated backups on everywhere (RDS retention > 0), at
/// least min_days of point-in-time recovery in production, and geo-redundant backups for Azure
/// PostgreSQL in production.
namespace cw::rules {
namespace {

using namespace placement;

class DbBackupRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "REL-007",
            .title = "Databases keep enough backups",
            .pillar = Pillar::Reliability,
            .severity = Severity::High,
            .kind = RuleKind::BestPractice,
            .providers = { Provider::Aws, Provider::Azure },
            .rationale = "Retention 0 turns RDS automated backups and point-in-time recovery "
                         "off; the 1-day default leaves a single day to notice corruption or a "
                         "bad migration. Production data needs a week or more, and Azure "
                         "PostgreSQL backups stay in the server's region unless geo-redundant "
                         "backup (set at creation only) copies them to the paired region.",
            .remediation = "Set backup_retention_days to at least 7 in production (never 0), and "
                           "geo_redundant_backup: true on production Azure PostgreSQL servers.",
            .references = { "WA REL09-BP03", "checkov CKV_AWS_133", "cdk-nag AwsSolutions-RDS13",
                "trivy AWS-0077", "Trusted Advisor Amazon RDS Backups (opQPADkZvH)",
                "checkov CKV_AZURE_136", "PSRule Azure.PostgreSQL.GeoRedundantBackup" },
            .options = { { "min_days", 7, "Backup retention in days expected in production" } },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        const double minDays = ctx.option(meta(), "min_days");
        forEachServiceOf(ctx.services,
            { "aws.rds-postgresql", "aws.aurora-postgresql", "azure.postgresql-flexible" },
            [&](const Account &account, const Network *, const Service &svc) {
                const bool rds = svc.kind == "aws.rds-postgresql";
                const bool aurora = svc.kind == "aws.aurora-postgresql";
                const bool pg = svc.kind == "azure.postgresql-flexible";
                if (!rds && !aurora && !pg)
                    return;
                const auto days = intProp(ctx.catalog, svc, "backup_retention_days");
                const std::string where = " in " + accountLabel(account);
                if (days <= 0)
                    sink.report(svc.id, svc.loc,
                            "database '" + svc.id + "'" + where
                                + " has backup_retention_days 0: automated backups and "
                                  "point-in-time recovery are off",
                            "Set backup_retention_days to at least 1 on '" + svc.id + "' ("
                                + num(minDays) + " in production).")
                        .related
                        = { account.id };
                else if (isProd(account) && static_cast<double>(days) < minDays)
                    sink.report(svc.id, svc.loc,
                            "database '" + svc.id + "'" + where + " keeps backups for "
                                + count(static_cast<std::size_t>(days), "day", "days")
                                + "; at least " + num(minDays) + " are expected in production",
                            "Set backup_retention_days: " + num(minDays) + " (or more) on '"
                                + svc.id + "'.")
                        .related
                        = { account.id };
                if (pg && isProd(account) && !boolProp(ctx.catalog, svc, "geo_redundant_backup"))
                    sink.report(svc.id, svc.loc,
                            "PostgreSQL server '" + svc.id + "'" + where
                                + " keeps its backups only in its own region "
                                  "(geo_redundant_backup false)",
                            "Set geo_redundant_backup: true on '" + svc.id
                                + "' (only possible when the server is created).")
                        .related
                        = { account.id };
            });
    }
};

} // namespace

std::unique_ptr<Rule> makeDbBackupRule()
{
    return std::make_unique<DbBackupRule>();
}

} // namespace cw::rules
