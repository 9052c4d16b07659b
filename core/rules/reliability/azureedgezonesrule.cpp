// SPDX-License-Identifier: MIT
#include "rules/network/placement.h"
#include "rules/props.h"
#include "rules/reliability/reliabilityrules.h"

#include <algorithm>

/// REL-013: production Azure network edge components survive a zone loss: Application Gateways
/// zone-redundant with at least two instances, Standard load balancers with zone-redundant
/// frontends, zone-redundant firewalls, and AZ SKUs for VPN and ExpressRoute gateways. Regions
/// without zones (the network lists none) are exempt.
namespace cw::rules {
namespace {

using namespace placement;

class AzureEdgeZonesRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "REL-013",
            .title = "Production Azure gateways and load balancers are zone-redundant",
            .pillar = Pillar::Reliability,
            .severity = Severity::High,
            .kind = RuleKind::BestPractice,
            .providers = { Provider::Azure },
            .rationale = "Everything behind an Application Gateway, load balancer, firewall or "
                         "VPN/ExpressRoute gateway is unreachable when that component fails. "
                         "Without zones Azure may place all its instances in one zone, and an "
                         "Application Gateway scaled to 0 or 1 instance has nothing to fail over "
                         "to. Basic load balancers have no zones and were retired in September "
                         "2025.",
            .remediation = "Enable zone redundancy (zones 1, 2, 3), keep at least two Application "
                           "Gateway instances, use the Standard load balancer SKU and the AZ "
                           "gateway SKUs (VpnGw1AZ, ErGw1AZ...).",
            .references = { "WA REL10-BP01", "PSRule Azure.AppGw.AvailabilityZone",
                "PSRule Azure.AppGw.MinInstance", "PSRule Azure.LB.AvailabilityZone",
                "PSRule Azure.LB.StandardSKU", "PSRule Azure.Firewall.AvailabilityZone",
                "PSRule Azure.VNG.VPNAvailabilityZoneSKU",
                "PSRule Azure.VNG.ERAvailabilityZoneSKU" },
            .options = { { "min_instances", 2,
                "Minimum Application Gateway instances (autoscale "
                "min_capacity)" } },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        const double min = ctx.option(meta(), "min_instances");
        forEachService(
            ctx.services, [&](const Account &account, const Network *n, const Service &svc) {
                if (!isProd(account) || !n || n->zones.empty())
                    return;
                std::vector<std::string> problems;
                const Catalog &c = ctx.catalog;
                if (svc.kind == "azure.application-gateway") {
                    if (!boolProp(c, svc, "zone_redundant"))
                        problems.push_back("is not zone-redundant");
                    if (const auto v = intProp(c, svc, "min_capacity");
                        static_cast<double>(v) < min)
                        problems.push_back("may scale in to "
                            + count(static_cast<std::size_t>(v), "instance", "instances"));
                } else if (svc.kind == "azure.load-balancer") {
                    if (const std::string sku = textProp(c, svc, "sku"); sku == "Basic")
                        problems.push_back("uses the retired Basic SKU, which has no zones");
                    else if (!boolProp(c, svc, "zone_redundant"))
                        problems.push_back("has a zonal frontend (zone_redundant false)");
                } else if (svc.kind == "azure.firewall") {
                    if (!boolProp(c, svc, "zone_redundant"))
                        problems.push_back("is not zone-redundant");
                } else if (svc.kind == "azure.vpn-gateway"
                    || svc.kind == "azure.expressroute-gateway") {
                    const std::string sku = textProp(c, svc, "sku");
                    if (!sku.ends_with("AZ") && sku != "ErGwScale")
                        problems.push_back("uses the " + sku + " SKU, which is not zone-redundant");
                } else {
                    return;
                }
                if (problems.empty())
                    return;
                sink.report(svc.id, svc.loc,
                        describe(ctx, svc) + " in production network '" + n->id + "' "
                            + joinList(problems),
                        fixFor(svc, min))
                    .related
                    = { n->id };
            });
    }

private:
    static std::string fixFor(const Service &svc, double min)
    {
        const std::string on = " on '" + svc.id + "'.";
        if (svc.kind == "azure.application-gateway")
            return "Set zone_redundant: true and min_capacity: " + num(std::max(min, 2.0)) + on;
        if (svc.kind == "azure.load-balancer")
            return "Set sku: Standard and zone_redundant: true" + on;
        if (svc.kind == "azure.firewall")
            return "Set zone_redundant: true" + on;
        return "Use the matching AZ SKU (e.g. VpnGw1AZ, ErGw1AZ)" + on;
    }
};

} // namespace

std::unique_ptr<Rule> makeAzureEdgeZonesRule()
{
    return std::make_unique<AzureEdgeZonesRule>();
}

} // namespace cw::rules
