// SPDX-License-Identifier: MIT
#include "rules/network/networkrules.h"
#include "rules/network/placement.h"

#include <set>

/// NET-018: links can be built: a peering joins exactly two networks of one provider, a transit
/// gateway joins two or more AWS VPCs of one region, a VPN joins one network to one on-premises
/// external; every end exists and appears once.
namespace cw::rules {
namespace {

using namespace placement;

class LinkCompleteRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "NET-018",
            .title = "Peerings, transit gateway attachments and VPNs are complete",
            .pillar = Pillar::Network,
            .severity = Severity::Medium,
            .kind = RuleKind::Constraint,
            .providers = {},
            .rationale = "A peering connects exactly two VPCs/VNets of one provider; a transit "
                         "gateway is regional, so it attaches VPCs of its own region only "
                         "(others need a peered transit gateway); a site-to-site VPN joins one "
                         "network to one on-premises site. A link that names a missing network, "
                         "names one twice, or has the wrong number of ends cannot be deployed, "
                         "and exporters would silently leave it out.",
            .remediation = "Give the link the ends its kind needs: two networks for a peering, "
                           "the VPCs of one region for a transit gateway, one network plus one "
                           "on-premises external for a VPN; split the rest into separate links.",
            .references
            = { "EC2 API CreateVpcPeeringConnection", "AWS Transit Gateway: tgw-vpc-attachments",
                "google_compute_network_peering (both sides)", "PSRule Azure.VNET.PeerState",
                "WA REL02-BP04" },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        for (const auto &link : ctx.model.links)
            checkLink(ctx, link, sink);
    }

private:
    static void checkLink(const RuleContext &ctx, const Link &link, FindingSink &sink)
    {
        std::vector<std::string> problems;
        std::vector<const ElementRef *> networks;
        std::vector<const ElementRef *> externals;
        std::set<std::string_view> seen;
        for (const auto &id : link.networks) {
            if (!seen.insert(id).second) {
                problems.push_back("lists '" + id + "' twice");
                continue;
            }
            const ElementRef *ref = ctx.index.find(id);
            if (!ref)
                problems.push_back("names '" + id + "', which does not exist");
            else if (ref->type == ElementType::Network)
                networks.push_back(ref);
            else if (ref->type == ElementType::External
                && ref->external->kind == ExternalKind::OnPremises)
                externals.push_back(ref);
            else
                problems.push_back("names '" + id + "', which is not a network");
        }
        std::string what;
        std::string fix;
        switch (link.kind) {
        case LinkKind::Peering:
            what = "peering";
            fix = "A peering joins exactly two networks of one provider: list two, and use one "
                  "peering per pair.";
            if (!externals.empty())
                problems.push_back("joins an on-premises network, which only a VPN can");
            if (networks.size() != 2)
                problems.push_back(
                    "joins " + count(networks.size(), "network", "networks") + " instead of 2");
            else if (networks[0]->account->provider != networks[1]->account->provider)
                problems.push_back("joins a network on "
                    + std::string(providerLabel(networks[0]->account->provider)) + " to one on "
                    + std::string(providerLabel(networks[1]->account->provider))
                    + ", but peering stays within one provider");
            break;
        case LinkKind::TransitGateway: {
            what = "transit gateway";
            fix = "Attach only AWS VPCs of one region to a transit gateway (at least two); join "
                  "other regions through a peered transit gateway and on-premises sites through "
                  "a VPN.";
            if (!externals.empty())
                problems.push_back("attaches an on-premises network directly instead of through a "
                                   "VPN");
            if (networks.size() < 2)
                problems.push_back(
                    "attaches " + count(networks.size(), "network", "networks") + ", fewer than 2");
            std::set<std::string> regions;
            for (const ElementRef *n : networks) {
                if (n->account->provider != Provider::Aws)
                    problems.push_back(
                        "attaches '" + n->network->id + "', which is not an AWS VPC");
                else
                    regions.insert(n->network->region);
            }
            if (regions.size() > 1)
                problems.push_back("attaches VPCs in regions "
                    + joinList(quoted({ regions.begin(), regions.end() }))
                    + ", but a transit gateway is regional");
            break;
        }
        case LinkKind::Vpn:
            what = "VPN";
            fix = "A VPN joins one network to one on-premises external: use one VPN link per "
                  "network and site.";
            if (networks.size() != 1 || externals.size() != 1)
                problems.push_back("joins " + count(networks.size(), "network", "networks")
                    + " and " + count(externals.size(), "on-premises site", "on-premises sites")
                    + " instead of 1 of each");
            break;
        }
        if (problems.empty())
            return;
        const std::string target = !link.id.empty() ? link.id
            : !networks.empty()                     ? networks.front()->network->id
            : link.networks.empty()                 ? std::string()
                                                    : link.networks.front();
        std::vector<std::string> related;
        for (const ElementRef *n : networks)
            related.push_back(n->network->id);
        sink.report(target, link.loc,
                what + " link" + (link.id.empty() ? std::string() : " '" + link.id + "'") + " "
                    + joinList(problems),
                fix)
            .related
            = related;
    }
};

} // namespace

std::unique_ptr<Rule> makeLinkCompleteRule()
{
    return std::make_unique<LinkCompleteRule>();
}

} // namespace cw::rules
