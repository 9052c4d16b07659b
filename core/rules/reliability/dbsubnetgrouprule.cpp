// SPDX-License-Identifier: MIT
#include "rules/network/placement.h"
#include "rules/reliability/reliabilityrules.h"

/// REL-003: a database's DB subnet group covers the zones the engine requires (catalog
/// min_zones: 2 for RDS and Aurora), even for a single-AZ instance.
namespace cw::rules {
namespace {

using namespace placement;

class DbSubnetGroupRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "REL-003",
            .title = "Database subnet groups cover at least two availability zones",
            .pillar = Pillar::Reliability,
            .severity = Severity::Critical,
            .kind = RuleKind::Constraint,
            .providers = { Provider::Aws },
            .rationale = "Amazon RDS refuses a DB subnet group whose subnets do not cover at "
                         "least two Availability Zones (DBSubnetGroupDoesNotCoverEnoughAZs), even "
                         "for a single-AZ instance, so that a standby or a restore can be placed "
                         "in another zone.",
            .remediation = "List one subnet in each of at least two zones for the database "
                           "(isolated data subnets, one per zone).",
            .references = { "RDS error DBSubnetGroupDoesNotCoverEnoughAZs",
                "Amazon RDS: USER_VPC.WorkingWithRDSInstanceinaVPC (DB subnet groups)",
                "WA REL10-BP01", "checkov CKV_AWS_157 (related: Multi-AZ)" },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        auto zonalDatabase = [](const KindSpec *kind) {
            return kind && kind->category == "database" && kind->minZones >= 2;
        };
        forEachServiceWhere(ctx.services, zonalDatabase,
            [&](const Account &account, const Network *n, const Service &svc) {
                const KindSpec *kind = ctx.catalog.find(svc.kind);
                if (!n || !meta().appliesTo(account.provider))
                    return;
                const auto zones = zonesOf(ctx, svc);
                if (zones.size() >= static_cast<std::size_t>(kind->minZones))
                    return;
                sink.report(svc.id, svc.loc,
                        describe(ctx, svc) + " has its DB subnet group "
                            + (zones.empty() ? std::string("in no zone")
                                             : "only in zone " + joinList(quoted(zones)))
                            + "; RDS requires subnets in at least " + std::to_string(kind->minZones)
                            + " zones",
                        "Add a subnet of another zone of '" + n->id + "' to '" + svc.id
                            + "' (one data subnet per zone).")
                    .related
                    = svc.subnets;
            });
    }
};

} // namespace

std::unique_ptr<Rule> makeDbSubnetGroupRule()
{
    return std::make_unique<DbSubnetGroupRule>();
}

} // namespace cw::rules
