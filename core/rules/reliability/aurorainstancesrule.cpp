// SPDX-License-Identifier: MIT
#include "rules/network/placement.h"
#include "rules/props.h"
#include "rules/reliability/reliabilityrules.h"

#include <cctype>

/// REL-005: production Aurora clusters have a writer and at least one reader, in subnets of
/// distinct zones, so a reader can be promoted when the writer's zone fails.
namespace cw::rules {
namespace {

using namespace placement;

class AuroraInstancesRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "REL-005",
            .title = "Production Aurora clusters have instances in two zones",
            .pillar = Pillar::Reliability,
            .severity = Severity::High,
            .kind = RuleKind::BestPractice,
            .providers = { Provider::Aws },
            .rationale = "Aurora storage spans three zones, but a cluster with a single instance "
                         "has no reader to promote: when the writer or its zone fails, Aurora "
                         "must create a new instance, which takes minutes instead of the ~30 "
                         "seconds of a failover to a reader in another zone.",
            .remediation = "Run at least two instances (a writer and a reader) and list subnets "
                           "in at least two zones so Aurora places them apart.",
            .references
            = { "WA REL10-BP01", "turbot REL02-BP01 (rds_db_cluster_multiple_az_enabled)",
                "AWS Trusted Advisor fault tolerance checks" },
            .options = { { "min_instances", 2, "Instances a production cluster runs at least" } },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        const double min = ctx.option(meta(), "min_instances");
        forEachServiceOf(ctx.services, { "aws.aurora-postgresql" },
            [&](const Account &account, const Network *, const Service &svc) {
                if (!isProd(account))
                    return;
                const auto instances = intProp(ctx.catalog, svc, "instances");
                const auto zones = zonesOf(ctx, svc);
                std::vector<std::string> problems;
                std::vector<std::string> fixes;
                if (static_cast<double>(instances) < min) {
                    problems.push_back("runs "
                        + count(static_cast<std::size_t>(instances), "instance", "instances")
                        + " (at least " + num(min) + " expected)");
                    fixes.push_back("set instances: " + num(min) + " (a writer and readers)");
                }
                if (zones.size() < 2 && instances >= 2) {
                    problems.push_back("can only place its instances in "
                        + (zones.empty() ? std::string("no zone")
                                         : "zone " + joinList(quoted(zones))));
                    fixes.push_back("list subnets in at least two zones");
                }
                if (problems.empty())
                    return;
                std::string fix = joinList(fixes) + " for '" + svc.id + "'.";
                fix[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(fix[0])));
                sink.report(svc.id, svc.loc,
                        "Aurora cluster '" + svc.id + "' in " + accountLabel(account) + " "
                            + joinList(problems),
                        fix)
                    .related
                    = { account.id };
            });
    }
};

} // namespace

std::unique_ptr<Rule> makeAuroraInstancesRule()
{
    return std::make_unique<AuroraInstancesRule>();
}

} // namespace cw::rules
