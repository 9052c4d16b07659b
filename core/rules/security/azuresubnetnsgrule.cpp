// SPDX-License-Identifier: MIT
#include "rules/props.h"
#include "rules/rulehelpers.h"
#include "rules/security/securityrules.h"
#include "rules/views/topology.h"

#include <algorithm>
#include <array>
#include <unordered_map>

/// SEC-005: every Azure subnet (except the platform subnets) has a network security group.
///
/// Model reading: the model has no NSG element. The exporter derives each subnet's NSG from the
/// connections of the services placed in it (plus deny-by-default), so a subnet "has an NSG" when
/// its traffic is described. A subnet that hosts services none of which (nor the subnet, nor its
/// VNet) takes part in any connection has no described traffic and so no NSG rules: it is
/// reported. A private endpoint counts as taking part when the service it targets does.
namespace cw::rules {
namespace {

constexpr std::array<std::string_view, 4> kPlatformSubnets { "GatewaySubnet", "AzureFirewallSubnet",
    "AzureFirewallManagementSubnet", "RouteServerSubnet" };

class AzureSubnetNsgRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "SEC-005",
            .title = "Azure subnets have network security group rules",
            .pillar = Pillar::Security,
            .severity = Severity::High,
            .kind = RuleKind::BestPractice,
            .providers = { Provider::Azure },
            .rationale
            = "A subnet without a network security group lets every address of the "
              "VNet (and peered networks) reach its workloads on every port. Cloudwright "
              "derives each subnet's NSG from the connections of its services; a "
              "subnet whose services take part in no connection gets no rules. "
              "GatewaySubnet, AzureFirewallSubnet, AzureFirewallManagementSubnet and "
              "RouteServerSubnet are excluded, as Azure does not support NSGs there.",
            .remediation = "Draw the connections the subnet's services need (who calls them and "
                           "what they call); the exporter turns them into the subnet's NSG.",
            .references = { "WA SEC05-BP02", "checkov CKV2_AZURE_31", "PSRule Azure.VNET.UseNSGs" },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        std::optional<Topology> ownTopology;
        const Topology &topo = topologyOf(ctx, ownTopology);
        auto involved = [&](std::string_view id) {
            const TopologyVertex v = topo.vertexOf(id);
            return v != Topology::npos && topo.connectionDegree(v) > 0;
        };
        for (const Account &a : ctx.model.accounts) {
            if (a.provider != Provider::Azure)
                continue;
            for (const Network &n : a.networks) {
                if (involved(n.id))
                    continue;
                // Services hosted per subnet, and whether any of them talks to anything.
                std::unordered_map<std::string_view, std::vector<std::string>> hosted;
                std::unordered_map<std::string_view, bool> talks;
                for (const Service &s : n.services) {
                    bool active = involved(s.id);
                    if (s.kind == "azure.private-endpoint")
                        active = active || involved(textProp(ctx.catalog, s, "target"));
                    for (const auto &sid : s.subnets) {
                        hosted[sid].push_back(s.id);
                        talks[sid] = talks[sid] || active;
                    }
                }
                for (const Subnet &sub : n.subnets) {
                    const std::string_view name = sub.name.empty() ? sub.id : sub.name;
                    if (std::find(kPlatformSubnets.begin(), kPlatformSubnets.end(), name)
                            != kPlatformSubnets.end()
                        || !hosted.count(sub.id) || talks[sub.id] || involved(sub.id))
                        continue;
                    const auto &svcs = hosted[sub.id];
                    sink.report(sub.id, sub.loc,
                            "subnet '" + sub.id + "' of VNet '" + n.id + "' hosts "
                                + quotedList(svcs) + " but no connection reaches or leaves "
                                + (svcs.size() > 1 ? "them" : "it")
                                + ", so no network security group rules can be derived for the "
                                  "subnet",
                            "Draw the connections " + quotedList(svcs)
                                + (svcs.size() > 1 ? " need" : " needs")
                                + " (callers and dependencies); they become the NSG of '" + sub.id
                                + "'.")
                        .related
                        = svcs;
                }
            }
        }
    }
};

} // namespace

std::unique_ptr<Rule> makeAzureSubnetNsgRule()
{
    return std::make_unique<AzureSubnetNsgRule>();
}

} // namespace cw::rules
