// SPDX-License-Identifier: MIT
#include "rules/network/placement.h"
#include "rules/props.h"
#include "rules/reliability/reliabilityrules.h"

#include <algorithm>

/// REL-004: RDS instances in production run Multi-AZ. Outside production a single-AZ database is
/// an accepted saving, still worth knowing (a zone outage or restore means downtime), so it is
/// reported at low severity; a non-production Multi-AZ database is COST-004's concern.
namespace cw::rules {
namespace {

using namespace placement;

class RdsMultiAzRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "REL-004",
            .title = "RDS instances are Multi-AZ in production",
            .pillar = Pillar::Reliability,
            .severity = Severity::High,
            .kind = RuleKind::BestPractice,
            .providers = { Provider::Aws },
            .rationale = "A single-AZ RDS instance is down for the whole outage of its zone and "
                         "during instance failures, patching and scaling; Multi-AZ keeps a "
                         "synchronous standby in another zone and fails over automatically "
                         "(typically in one to two minutes). In development and test a single "
                         "zone is an acceptable saving, reported at low severity so the outage "
                         "risk is a conscious choice.",
            .remediation = "Set multi_az: true on production databases (or move to Aurora with a "
                           "reader in another zone).",
            .references = { "WA REL10-BP01", "checkov CKV_AWS_157", "cdk-nag AwsSolutions-RDS3",
                "cfn-guard RDS_MULTI_AZ_SUPPORT", "turbot REL02-BP01" },
            .options = { { "include_staging", 0,
                "1 = require Multi-AZ in staging as well as in production" } },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        const bool staging = ctx.option(meta(), "include_staging") != 0;
        forEachServiceOf(ctx.services, { "aws.rds-postgresql" },
            [&](const Account &account, const Network *, const Service &svc) {
                if (boolProp(ctx.catalog, svc, "multi_az"))
                    return;
                const bool required
                    = isProd(account) || (staging && account.environment == Environment::Staging);
                auto &f = sink.report(svc.id, svc.loc,
                    "database '" + svc.id + "' in " + accountLabel(account)
                        + " is single-AZ (multi_az false)"
                        + (required ? std::string()
                                    : "; accepted outside production, but a zone outage or a "
                                      "restore from backup means downtime"),
                    required ? "Set multi_az: true on '" + svc.id + "'."
                             : "Keep it if the downtime is acceptable for this environment; set "
                               "multi_az: true when it is not.");
                f.related = { account.id };
                if (!required)
                    f.severity = std::min(f.severity, Severity::Low);
            });
    }
};

} // namespace

std::unique_ptr<Rule> makeRdsMultiAzRule()
{
    return std::make_unique<RdsMultiAzRule>();
}

} // namespace cw::rules
