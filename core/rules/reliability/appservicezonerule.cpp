// SPDX-License-Identifier: MIT
#include "rules/network/placement.h"
#include "rules/props.h"
#include "rules/reliability/reliabilityrules.h"

#include <algorithm>

/// REL-010: production App Service plans are zone-redundant with at least two instances (which
/// needs a Premium v2/v3 or Isolated v2 SKU).
namespace cw::rules {
namespace {

using namespace placement;

bool zoneCapableSku(const std::string &sku)
{
    return sku.starts_with("P") || sku.starts_with("I"); // Premium v2/v3/mv3, Isolated v2
}

class AppServiceZoneRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "REL-010",
            .title = "Production App Service plans are zone-redundant with two or more instances",
            .pillar = Pillar::Reliability,
            .severity = Severity::High,
            .kind = RuleKind::BestPractice,
            .providers = { Provider::Azure },
            .rationale = "A single App Service instance is restarted for every platform upgrade "
                         "and lost with its host; a plan that is not zone-redundant places all "
                         "instances in one zone. Zone redundancy spreads instances over zones "
                         "(Premium v2/v3 and Isolated v2 only) and needs at least two "
                         "instances.",
            .remediation = "Use a Premium v3 (or Isolated v2) plan with zone_redundant: true and "
                           "instances: 2 or more (3 spreads one per zone).",
            .references = { "WA REL10-BP01", "checkov CKV_AZURE_225", "checkov CKV_AZURE_212",
                "PSRule Azure.AppService.AvailabilityZone",
                "PSRule Azure.AppService.PlanInstanceCount" },
            .options = { { "min_instances", 2, "Instances a production plan runs at least" } },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        const double min = ctx.option(meta(), "min_instances");
        forEachServiceOf(ctx.services, { "azure.app-service" },
            [&](const Account &account, const Network *, const Service &svc) {
                if (!isProd(account))
                    return;
                const std::string sku = textProp(ctx.catalog, svc, "sku");
                const auto instances = intProp(ctx.catalog, svc, "instances");
                const bool capable = zoneCapableSku(sku);
                std::vector<std::string> problems;
                std::vector<std::string> fixes;
                if (!capable)
                    fixes.push_back("sku: P1v3");
                if (!boolProp(ctx.catalog, svc, "zone_redundant")) {
                    problems.push_back("is not zone-redundant"
                        + (capable ? std::string() : " (its " + sku + " SKU cannot be)"));
                    fixes.push_back("zone_redundant: true");
                }
                if (static_cast<double>(instances) < min) {
                    problems.push_back("runs "
                        + count(static_cast<std::size_t>(instances), "instance", "instances"));
                    fixes.push_back("instances: " + num(std::max(min, 2.0)));
                }
                if (problems.empty())
                    return;
                sink.report(svc.id, svc.loc,
                        "App Service '" + svc.id + "' in " + accountLabel(account) + " "
                            + joinList(problems),
                        "Set " + joinList(fixes) + " on '" + svc.id + "'.")
                    .related
                    = { account.id };
            });
    }
};

} // namespace

std::unique_ptr<Rule> makeAppServiceZoneRule()
{
    return std::make_unique<AppServiceZoneRule>();
}

} // namespace cw::rules
