// SPDX-License-Identifier: MIT
#include "rules/network/networkrules.h"
#include "rules/network/placement.h"

#include <set>

/// NET-011: a subnet dedicated to one service holds nothing else: kinds marked dedicated_subnet
/// (without a delegation; NET-012 checks delegated subnets) share their subnet only with the
/// same kind or kinds with the same special subnet name, and a subnet carrying a special name
/// holds only the kinds that need that name.
namespace cw::rules {
namespace {

using namespace placement;

/// True when two kinds may share a dedicated subnet.
bool compatible(const KindSpec &a, const KindSpec &b)
{
    return a.kind == b.kind || (!a.subnetName.empty() && a.subnetName == b.subnetName);
}

class DedicatedSubnetRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "NET-011",
            .title = "Dedicated subnets hold nothing else",
            .pillar = Pillar::Network,
            .severity = Severity::High,
            .kind = RuleKind::Constraint,
            .providers = {},
            .rationale = "Azure refuses other resources in a gateway subnet, in "
                         "AzureBastionSubnet and in AzureFirewallSubnet, and an Application "
                         "Gateway subnet may only hold application gateways. Deployment fails, "
                         "or the gateway cannot be created in the subnet later.",
            .remediation = "Move the other services to a subnet of their own; keep the dedicated "
                           "subnet for its service.",
            .references = { "Azure VPN Gateway FAQ: no VMs in the gateway subnet",
                "Azure Bastion: configuration-settings",
                "Azure Application Gateway: infrastructure configuration",
                "PSRule Azure.VNET.UseNSGs (special subnets)", "WA REL02-BP03" },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        std::set<std::string_view> specialNames;
        for (const auto &k : ctx.catalog.kinds())
            if (!k.subnetName.empty())
                specialNames.insert(k.subnetName);
        for (const auto &na : ctx.net.networks())
            for (std::size_t i = 0; i < na.subnets.size(); ++i)
                checkSubnet(ctx, *na.subnets[i].subnet, ctx.services.occupants(na.element + 1 + i),
                    specialNames, sink);
    }

private:
    static void checkSubnet(const RuleContext &ctx, const Subnet &s,
        std::span<const ServiceRow *const> services, const std::set<std::string_view> &specialNames,
        FindingSink &sink)
    {
        if (services.empty())
            return;
        const bool special = specialNames.count(providerName(s)) > 0;
        // The service the subnet is dedicated to: the first dedicated, non-delegated one.
        const Service *owner = nullptr;
        const KindSpec *ownerKind = nullptr;
        for (const ServiceRow *row : services) {
            const KindSpec *k = row->spec;
            if (k && k->dedicatedSubnet && k->delegation.empty()
                && (!special || k->subnetName == providerName(s))) {
                owner = row->service;
                ownerKind = k;
                break;
            }
        }
        if (!owner && !special)
            return;
        std::vector<std::string> others;
        std::vector<std::string> related;
        for (const ServiceRow *row : services) {
            const Service *svc = row->service;
            const KindSpec *k = row->spec;
            const bool fits = special ? (k && k->subnetName == providerName(s))
                                      : (k && compatible(*ownerKind, *k));
            if (!fits) {
                others.push_back(describe(ctx, *svc));
                related.push_back(svc->id);
            }
        }
        if (others.empty())
            return;
        const std::string dedication = owner
            ? "is dedicated to " + describe(ctx, *owner)
            : "is Azure's special subnet '" + providerName(s) + "'";
        if (owner)
            related.insert(related.begin(), owner->id);
        sink.report(s.id, s.loc,
                "subnet '" + s.id + "' " + dedication + " but also holds " + joinList(others),
                "Move " + joinList(others) + " to another subnet.")
            .related
            = related;
    }
};

} // namespace

std::unique_ptr<Rule> makeDedicatedSubnetRule()
{
    return std::make_unique<DedicatedSubnetRule>();
}

} // namespace cw::rules
