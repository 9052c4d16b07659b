// SPDX-License-Identifier: MIT
#include "rules/cost/costrules.h"
#include "rules/rulehelpers.h"
#include "rules/views/topology.h"

#include <unordered_set>

/// COST-001: resources that bill by the hour but serve nothing: a NAT gateway (and its Elastic
/// IP) in a network with no private subnet, a VPN gateway in no VPN link, a load balancer with no
/// target.
///
/// Model reading: the model has no free-standing Elastic/public IPs, NICs or security groups
/// (exporters derive them), so the anchors' "unattached" checks become "attached to nothing that
/// uses it" for the elements that do exist.
namespace cw::rules {
namespace {

bool isLoadBalancer(std::string_view kind)
{
    return kind == "aws.alb" || kind == "aws.nlb" || kind == "azure.load-balancer"
        || kind == "azure.application-gateway";
}

class IdleResourcesRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "COST-001",
            .title = "No idle gateways or load balancers",
            .pillar = Pillar::Cost,
            .severity = Severity::Low,
            .kind = RuleKind::BestPractice,
            .providers = {},
            .rationale = "NAT gateways (with their Elastic IPs), VPN gateways and load balancers "
                         "bill every hour whether or not anything uses them.",
            .remediation = "Remove the idle element, or add what it is meant to serve (a private "
                           "subnet behind the NAT, a VPN link, a target behind the load balancer).",
            .references = { "WA SUS02-BP03", "WA COST04-BP03", "checkov CKV2_AWS_19",
                "KICS aws_eip_not_attached_to_any_instance", "PSRule Azure.PublicIP.IsAttached",
                "PSRule Azure.NSG.Associated", "PSRule Azure.NIC.Attached" },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        std::unordered_set<std::string_view> vpnNetworks;
        for (const Link &l : ctx.model.links)
            if (l.kind == LinkKind::Vpn)
                for (const auto &n : l.networks)
                    vpnNetworks.insert(n);
        std::optional<Topology> ownTopology;
        const Topology &topo = topologyOf(ctx, ownTopology);
        for (const Account &a : ctx.model.accounts)
            for (const Network &n : a.networks) {
                bool hasPrivate = false;
                for (const Subnet &s : n.subnets)
                    hasPrivate = hasPrivate || s.tier == Tier::Private;
                for (const Service &s : n.services) {
                    std::string why;
                    if (s.kind == "aws.nat-gateway" && !hasPrivate)
                        why = "network '" + n.id + "' has no private subnet to route through it";
                    else if (s.kind.ends_with("vpn-gateway") && !vpnNetworks.count(n.id))
                        why = "no VPN link connects network '" + n.id + "'";
                    else if (isLoadBalancer(s.kind)) {
                        bool targets = false;
                        topo.forEachOutgoing(topo.vertexOf(s.id),
                            [&](const Connection &, TopologyVertex) { targets = true; });
                        if (!targets)
                            why = "no connection leaves it, so it has no target";
                    }
                    if (!why.empty())
                        sink.report(s.id, s.loc, describe(ctx, s) + " is idle: " + why,
                                "Remove '" + s.id + "' or give it something to serve.")
                            .related
                            = { n.id };
                }
            }
    }
};

} // namespace

std::unique_ptr<Rule> makeIdleResourcesRule()
{
    return std::make_unique<IdleResourcesRule>();
}

} // namespace cw::rules
