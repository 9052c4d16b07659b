// SPDX-License-Identifier: MIT
#include "rules/network/networkrules.h"
#include "rules/network/placement.h"

#include <algorithm>
#include <cctype>
#include <map>

/// NET-010: Azure special subnets: services that need a named subnet (catalog subnet_name) sit in
/// a subnet with exactly that name, and subnets with a special name have the size it requires.
namespace cw::rules {
namespace {

using namespace placement;

std::string lower(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
        [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

/// Special subnet name -> the largest prefix it accepts. From the catalog (kinds with a
/// subnet_name and max_subnet_prefix) plus the two names no catalog kind uses yet.
std::map<std::string, int> specialNames(const Catalog &catalog)
{
    // Third-party sources give /26 and /27 (anchor catalogue, NET-010, unverified).
    std::map<std::string, int> names { { "AzureFirewallManagementSubnet", 26 },
        { "RouteServerSubnet", 27 } };
    for (const auto &k : catalog.kinds()) {
        if (k.subnetName.empty())
            continue;
        auto [it, fresh] = names.try_emplace(k.subnetName, k.maxSubnetPrefix);
        if (!fresh && k.maxSubnetPrefix > 0 && (it->second == 0 || k.maxSubnetPrefix < it->second))
            it->second = k.maxSubnetPrefix;
    }
    return names;
}

class SpecialSubnetRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "NET-010",
            .title = "Azure special subnets have their exact name and size",
            .pillar = Pillar::Network,
            .severity = Severity::Critical,
            .kind = RuleKind::Constraint,
            .providers = { Provider::Azure },
            .rationale = "Azure finds the subnets of its gateways by name, case included: VPN and "
                         "ExpressRoute gateways need 'GatewaySubnet' (/29 or larger; /27 is "
                         "recommended), Azure Bastion 'AzureBastionSubnet' (/26 or larger), Azure "
                         "Firewall 'AzureFirewallSubnet' (/26), forced tunnelling "
                         "'AzureFirewallManagementSubnet' (/26), Route Server "
                         "'RouteServerSubnet' (/27). Deployment fails with any other name or a "
                         "smaller block.",
            .remediation = "Name the subnet exactly as the service requires (set the subnet's "
                           "'name'; ids are lowercase) and give it at least the required size.",
            .references = { "Azure Bastion: configuration-settings (subnet /26 or larger)",
                "Azure Firewall FAQ: why /26",
                "Azure VPN Gateway FAQ: gateway subnet /29, /27 recommended",
                "PSRule Azure.VNET.UseNSGs (special subnet names)", "WA REL02-BP03" },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        const auto names = specialNames(ctx.catalog);
        for (const auto &na : ctx.net.networks()) {
            if (na.account->provider != Provider::Azure)
                continue;
            // Services that need a named subnet.
            for (const auto &svc : na.network->services) {
                const KindSpec *kind = ctx.catalog.find(svc.kind);
                if (!kind || kind->subnetName.empty())
                    continue;
                for (const Subnet *s : subnetsOf(ctx, svc)) {
                    const std::string &name = providerName(*s);
                    if (name == kind->subnetName)
                        continue;
                    sink.report(s->id, s->loc,
                            describe(ctx, svc) + " is placed in subnet '" + s->id + "' named '"
                                + name + "'; Azure requires the name '" + kind->subnetName + "'"
                                + (lower(name) == lower(kind->subnetName)
                                        ? " (names are case-sensitive)"
                                        : std::string()),
                            "Set name: " + kind->subnetName + " on subnet '" + s->id + "'.")
                        .related
                        = { svc.id };
                }
            }
            // Sizes of subnets carrying a special name.
            for (const auto &sa : na.subnets) {
                auto it = names.find(providerName(*sa.subnet));
                if (it == names.end() || it->second == 0 || !sa.v4 || sa.v4->prefix() <= it->second)
                    continue;
                const Subnet &s = *sa.subnet;
                const std::string need = "/" + std::to_string(it->second);
                sink.report(s.id, s.loc,
                    "subnet '" + s.id + "' (" + it->first + ") is a /"
                        + std::to_string(sa.v4->prefix()) + "; Azure requires " + need
                        + " or larger",
                    "Give '" + s.id + "' a " + need + " or larger block.");
            }
        }
    }
};

} // namespace

std::unique_ptr<Rule> makeSpecialSubnetRule()
{
    return std::make_unique<SpecialSubnetRule>();
}

} // namespace cw::rules
