// SPDX-License-Identifier: MIT
#include "rules/network/networkrules.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <unordered_map>

/// NET-007: networks joined by a link (peering, transit gateway, VPN to on-premises) do not
/// overlap. Transit gateway attachments are transitive, so every network reachable through
/// transit-gateway links forms one group; peering is not transitive and is checked per link.
namespace cw::rules {
namespace {

struct Owned
{
    std::vector<net::Cidr> blocks;
    std::vector<std::string> owners;
};

class LinkedOverlapRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "NET-007",
            .title = "Networks joined by peering, transit gateway or VPN do not overlap",
            .pillar = Pillar::Network,
            .severity = Severity::Critical,
            .kind = RuleKind::Constraint,
            .providers = {},
            .rationale = "A peering between overlapping VPCs/VNets fails to establish; a transit "
                         "gateway does not propagate routes for identical CIDRs; on-premises "
                         "ranges overlapping a VPC make traffic unroutable.",
            .remediation = "Re-address one network from a range that is unique across everything "
                           "it is (or will be) connected to; keep an organisation-wide IP plan.",
            .references = { "WA REL02-BP05", "EC2 API CreateVpcPeeringConnection",
                "AWS Transit Gateway: tgw-vpc-attachments", "Azure VNet FAQ: peering" },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        std::set<std::pair<std::string, std::string>> reported;
        auto checkGroup = [&](const std::vector<std::string> &members, const Link &link) {
            Owned owned;
            for (const auto &id : members)
                addBlocks(ctx, id, owned);
            for (const auto &o : net::findOverlaps(owned.blocks)) {
                const auto &a = owned.owners[o.first];
                const auto &b = owned.owners[o.second];
                if (a == b
                    || !reported.insert(a < b ? std::pair { a, b } : std::pair { b, a }).second)
                    continue;
                sink.report(b, link.loc,
                        "'" + b + "' (" + owned.blocks[o.second].toString() + ") overlaps '" + a
                            + "' (" + owned.blocks[o.first].toString() + "), joined by "
                            + std::string(toString(link.kind))
                            + (link.id.empty() ? std::string() : " '" + link.id + "'"))
                    .related
                    = { a };
            }
        };

        // Union-find over networks attached to transit gateways.
        std::unordered_map<std::string, std::string> parent;
        std::function<std::string(const std::string &)> root = [&](const std::string &x) {
            auto it = parent.find(x);
            if (it == parent.end() || it->second == x)
                return x;
            return it->second = root(it->second);
        };
        std::unordered_map<std::string, const Link *> firstLink;
        for (const auto &link : ctx.model.links) {
            if (link.kind != LinkKind::TransitGateway) {
                checkGroup(link.networks, link);
                continue;
            }
            for (const auto &n : link.networks) {
                parent.try_emplace(n, n);
                if (!link.networks.empty())
                    parent[root(n)] = root(link.networks.front());
            }
        }
        std::map<std::string, std::vector<std::string>> groups;
        for (const auto &link : ctx.model.links)
            if (link.kind == LinkKind::TransitGateway)
                for (const auto &n : link.networks) {
                    auto &g = groups[root(n)];
                    if (std::find(g.begin(), g.end(), n) == g.end())
                        g.push_back(n);
                    firstLink.try_emplace(root(n), &link);
                }
        for (const auto &[r, members] : groups)
            checkGroup(members, *firstLink[r]);
    }

private:
    static void addBlocks(const RuleContext &ctx, const std::string &id, Owned &owned)
    {
        if (const auto *na = ctx.net.find(id)) {
            for (const auto &b : na->blocks) {
                owned.blocks.push_back(b);
                owned.owners.push_back(id);
            }
            return;
        }
        if (const auto *ref = ctx.index.find(id); ref && ref->external)
            for (const auto &text : ref->external->cidrs)
                if (auto c = net::Cidr::parse(text)) {
                    owned.blocks.push_back(*c);
                    owned.owners.push_back(id);
                }
    }
};

} // namespace

std::unique_ptr<Rule> makeLinkedOverlapRule()
{
    return std::make_unique<LinkedOverlapRule>();
}

} // namespace cw::rules
