// SPDX-License-Identifier: MIT
#include "rules/network/placement.h"
#include "rules/props.h"
#include "rules/reliability/reliabilityrules.h"

/// REL-006: production PostgreSQL Flexible Servers on tiers that support high availability
/// (GeneralPurpose, MemoryOptimized) use a zone-redundant standby, where the region has zones.
namespace cw::rules {
namespace {

using namespace placement;

class PgZoneHaRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "REL-006",
            .title = "Production PostgreSQL Flexible Servers use zone-redundant HA",
            .pillar = Pillar::Reliability,
            .severity = Severity::High,
            .kind = RuleKind::BestPractice,
            .providers = { Provider::Azure },
            .rationale = "Without high availability a Flexible Server is down until Azure "
                         "recovers its zone; a same-zone standby survives a server failure but "
                         "not a zone outage. Zone-redundant HA keeps a synchronous standby in "
                         "another zone with automatic failover. Burstable servers cannot have a "
                         "standby; regions without zones are exempt.",
            .remediation = "Set ha_mode: ZoneRedundant (GeneralPurpose or MemoryOptimized tier).",
            .references = { "PSRule Azure.PostgreSQL.ZoneRedundantHA (AZR-000434)",
                "Azure PostgreSQL flexible server: concepts-high-availability", "WA REL10-BP01" },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        forEachServiceOf(ctx.services, { "azure.postgresql-flexible" },
            [&](const Account &account, const Network *n, const Service &svc) {
                if (!isProd(account))
                    return;
                const std::string tier = textProp(ctx.catalog, svc, "tier");
                const std::string mode = textProp(ctx.catalog, svc, "ha_mode");
                if (tier == "Burstable" || mode == "ZoneRedundant"
                    || !regionHasZones(account, n, svc))
                    return;
                sink.report(svc.id, svc.loc,
                        "PostgreSQL server '" + svc.id + "' (" + tier + ") in production account '"
                            + account.id + "' has ha_mode " + mode
                            + ", so a zone outage takes it down",
                        "Set ha_mode: ZoneRedundant on '" + svc.id + "'.")
                    .related
                    = { account.id };
            });
    }

private:
    /// Whether the server's region offers zones, judged from the account's networks there: the
    /// server's own network, else any network of the account in the server's region; assumed
    /// when nothing says otherwise.
    static bool regionHasZones(const Account &account, const Network *n, const Service &svc)
    {
        if (n)
            return !n->zones.empty();
        bool seen = false;
        for (const auto &other : account.networks)
            if (other.region == svc.region) {
                if (!other.zones.empty())
                    return true;
                seen = true;
            }
        return !seen;
    }
};

} // namespace

std::unique_ptr<Rule> makePgZoneHaRule()
{
    return std::make_unique<PgZoneHaRule>();
}

} // namespace cw::rules
