// SPDX-License-Identifier: MIT
#include "rules/rulehelpers.h"
#include "rules/sustainability/sustainabilityrules.h"

#include <set>

/// SUS-001: the choice of region is recorded. A network's region (or, for accounts without
/// networks, the regions of their services) is explained when the network's, the account's or
/// the document's description names the region or speaks of the region choice.
namespace cw::rules {
namespace {

bool explains(std::string_view text, std::string_view region)
{
    return containsNoCase(text, region) || containsNoCase(text, "region");
}

class RegionRationaleRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "SUS-001",
            .title = "The region choice is recorded with its rationale",
            .pillar = Pillar::Sustainability,
            .severity = Severity::Info,
            .kind = RuleKind::BestPractice,
            .providers = {},
            .rationale = "Regions differ in carbon intensity, latency to users, price and data "
                         "residency; writing down why a region was chosen makes the trade-off "
                         "reviewable.",
            .remediation = "Say in the network's (or account's) description why its region was "
                           "chosen: users' location, residency, carbon intensity, price.",
            .references = { "WA SUS01-BP01" },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        const std::string &doc = ctx.model.description;
        for (const Account &a : ctx.model.accounts) {
            auto explained = [&](std::string_view region, std::string_view own) {
                return explains(own, region) || explains(a.description, region)
                    || explains(doc, region);
            };
            for (const Network &n : a.networks)
                if (!n.region.empty() && !explained(n.region, n.description))
                    sink.report(n.id, n.loc,
                        "network '" + n.id + "' is in " + n.region
                            + " but no description says why this region was chosen",
                        "Add the reason for " + n.region + " to the description of '" + n.id
                            + "' (users, residency, carbon intensity, price).");
            if (!a.networks.empty())
                continue;
            std::set<std::string> regions;
            for (const Service &s : a.services)
                if (!s.region.empty() && !explained(s.region, {}))
                    regions.insert(s.region);
            if (!regions.empty()) {
                const std::vector<std::string> list(regions.begin(), regions.end());
                sink.report(a.id, a.loc,
                    "account '" + a.id + "' runs services in " + andList(list)
                        + " but no description says why",
                    "Add the reason for the region choice to the description of '" + a.id + "'.");
            }
        }
    }
};

} // namespace

std::unique_ptr<Rule> makeRegionRationaleRule()
{
    return std::make_unique<RegionRationaleRule>();
}

} // namespace cw::rules
