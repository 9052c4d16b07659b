// SPDX-License-Identifier: MIT
#include "rules/network/placement.h"
#include "rules/props.h"
#include "rules/reliability/reliabilityrules.h"

#include <algorithm>
#include <set>

/// REL-019: in multi-region designs, container registries are replicated to every region their
/// workloads run in. A registry in a shared account serves every account of its provider.
namespace cw::rules {
namespace {

using namespace placement;

void addRegions(const Account &account, std::set<std::string> &regions)
{
    for (const auto &n : account.networks)
        if (!n.region.empty())
            regions.insert(n.region);
    for (const auto &s : account.services)
        if (!s.region.empty())
            regions.insert(s.region);
}

class GeoReplicationRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "REL-019",
            .title = "Registries are geo-replicated in multi-region designs",
            .pillar = Pillar::Reliability,
            .severity = Severity::Low,
            .kind = RuleKind::BestPractice,
            .providers = { Provider::Azure },
            .rationale = "A design that runs in several regions to survive a regional outage "
                         "still fails if every region pulls its images from one registry in one "
                         "of them: new pods and instances cannot start. A geo-replicated "
                         "registry (Premium) serves each region locally.",
            .remediation = "Use the Premium SKU and list every other region the workloads run in "
                           "under geo_replication_regions.",
            .references = { "WA REL10-BP02", "PSRule Azure.ACR.GeoReplica",
                "PSRule Azure.ServiceBus.GeoReplica", "checkov CKV_AZURE_165" },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        std::set<std::string> providerRegions; // every region of the provider, for shared accounts
        for (const auto &account : ctx.model.accounts)
            if (account.provider == Provider::Azure)
                addRegions(account, providerRegions);
        for (const auto &account : ctx.model.accounts) {
            if (account.provider != Provider::Azure)
                continue;
            std::set<std::string> regions;
            if (account.role == AccountRole::Shared)
                regions = providerRegions;
            else
                addRegions(account, regions);
            if (regions.size() < 2)
                continue;
            for (const auto &svc : account.services)
                checkRegistry(ctx, account, svc, regions, sink);
        }
    }

private:
    static void checkRegistry(const RuleContext &ctx, const Account &account, const Service &svc,
        const std::set<std::string> &regions, FindingSink &sink)
    {
        if (svc.kind != "azure.container-registry" || svc.region.empty())
            return;
        const auto replicas = listProp(ctx.catalog, svc, "geo_replication_regions");
        std::vector<std::string> missing;
        for (const auto &r : regions)
            if (r != svc.region && std::find(replicas.begin(), replicas.end(), r) == replicas.end())
                missing.push_back(r);
        if (missing.empty())
            return;
        const std::string sku = textProp(ctx.catalog, svc, "sku");
        sink.report(svc.id, svc.loc,
                "container registry '" + svc.id + "' in " + svc.region + " is not replicated to "
                    + joinList(quoted(missing))
                    + (account.role == AccountRole::Shared
                            ? ", where the workloads it serves run"
                            : ", where " + accountLabel(account) + " also runs"),
                std::string(sku == "Premium" ? "Add " : "Set sku: Premium and add ")
                    + joinList(missing) + " to geo_replication_regions of '" + svc.id + "'.")
            .related
            = { account.id };
    }
};

} // namespace

std::unique_ptr<Rule> makeGeoReplicationRule()
{
    return std::make_unique<GeoReplicationRule>();
}

} // namespace cw::rules
