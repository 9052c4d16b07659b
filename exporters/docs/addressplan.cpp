// SPDX-License-Identifier: MIT
// The address plan of one network: subnets as a zone x tier table with each tier's block and the
// headroom it reserves, the subnet list, and the ranges of the network no subnet or tier uses.
#include "docs/addressplan.h"

#include "docs/mdtext.h"
#include "docs/placed.h"
#include "layout/layout.h"
#include "net/cidr.h"

#include <algorithm>
#include <array>
#include <optional>

namespace cw::exporters::docs {
namespace {

constexpr std::array<Tier, 3> kTiers { Tier::Public, Tier::Private, Tier::Isolated };

/// A subnet with its parsed block (nullopt when the CIDR text is invalid).
struct Block
{
    const Subnet *subnet = nullptr;
    std::optional<net::Cidr> cidr;
};

/// The block one tier's subnets share: the smallest aligned block holding them all, when it holds
/// no other tier's subnet and is at most twice their size (a plan that leaves room per tier).
struct TierBlock
{
    std::optional<net::Cidr> block;
    std::vector<net::Cidr> headroom; ///< free parts of the block
    double used = 0; ///< addresses in the tier's subnets
    std::size_t subnets = 0;
};

/// The smallest aligned block containing both.
net::Cidr enclose(const net::Cidr &a, const net::Cidr &b)
{
    net::Cidr c = a.canonical();
    while (c.prefix() > 0 && !c.contains(b))
        c = net::Cidr::fromBytes(c.family(), c.bytes(), c.prefix() - 1).canonical();
    return c;
}

TierBlock tierBlock(Tier tier, const std::vector<Block> &blocks)
{
    TierBlock t;
    std::vector<net::Cidr> mine;
    for (const auto &b : blocks)
        if (b.subnet->tier == tier && b.cidr) {
            if (!mine.empty() && mine.front().family() != b.cidr->family())
                continue; // a tier block is per family; the first subnet decides
            mine.push_back(*b.cidr);
            t.used += b.cidr->size();
        }
    t.subnets = mine.size();
    if (mine.empty())
        return t;
    net::Cidr block = mine.front().canonical();
    for (const auto &c : mine)
        block = enclose(block, c);
    if (block.size() > 2 * t.used)
        return t;
    for (const auto &b : blocks)
        if (b.subnet->tier != tier && b.cidr && block.overlaps(*b.cidr))
            return t;
    t.block = block;
    t.headroom = net::freeBlocks(block, mine);
    return t;
}

std::string cidrList(const std::vector<net::Cidr> &blocks)
{
    std::vector<std::string> parts;
    double total = 0;
    for (const auto &c : blocks) {
        parts.push_back(c.toString());
        total += c.size();
    }
    return md(join(parts)) + " (" + count(total) + " addresses)";
}

std::string zoneLabel(const std::string &zone)
{
    return zone.empty() ? std::string("all zones") : zone;
}

} // namespace

std::string addressPlan(const Network &network, Provider provider)
{
    std::vector<Block> blocks;
    for (const auto &s : network.subnets)
        blocks.push_back({ &s, net::Cidr::parse(s.cidr) });
    std::string out;
    if (blocks.empty())
        return "The network has no subnets yet.\n\n";

    // Zone x tier: one column per zone the network shows, one row per tier it uses.
    std::vector<std::string> zones;
    for (const auto &z : layout::columnZones(network))
        if (std::any_of(
                blocks.begin(), blocks.end(), [&](const Block &b) { return b.subnet->zone == z; }))
            zones.push_back(z);
    out += "Address plan by zone and tier (usable addresses in brackets: the provider reserves "
        + std::to_string(net::reservedAddresses(provider)) + " addresses in every subnet):\n\n";
    std::vector<std::string> head { "Tier" };
    for (const auto &z : zones)
        head.push_back(md(zoneLabel(z)));
    head.insert(head.end(), { "Tier block", "Reserved headroom" });
    out += header(head);
    std::array<TierBlock, 3> tiers;
    for (std::size_t ti = 0; ti < kTiers.size(); ++ti) {
        const Tier tier = kTiers[ti];
        tiers[ti] = tierBlock(tier, blocks);
        std::vector<std::string> cells { md(std::string(toString(tier))) };
        bool any = false;
        for (const auto &z : zones) {
            std::vector<std::string> here;
            for (const auto &b : blocks)
                if (b.subnet->tier == tier && b.subnet->zone == z) {
                    any = true;
                    here.push_back(b.cidr ? md(b.cidr->toString()) + " ("
                                + count(net::usableAddresses(*b.cidr, provider)) + ")"
                                          : md(b.subnet->cidr) + " (invalid)");
                }
            cells.push_back(here.empty() ? "–" : join(here));
        }
        if (!any)
            continue;
        const TierBlock &t = tiers[ti];
        if (!t.block)
            cells.insert(cells.end(),
                { "none of its own", "– (room for this tier comes from the unallocated ranges)" });
        else
            cells.insert(cells.end(),
                { md(t.block->toString()),
                    t.headroom.empty() ? std::string("none") : cidrList(t.headroom) });
        out += row(cells);
    }

    out += "\n" + header({ "Subnet", "Tier", "Zone", "Prefix", "Usable addresses", "Purpose" });
    for (const Tier tier : kTiers)
        for (const auto &b : blocks) {
            if (b.subnet->tier != tier)
                continue;
            const Subnet &s = *b.subnet;
            out += row({ md(s.name.empty() ? s.id : s.name + " (" + s.id + ")"),
                md(std::string(toString(tier))), md(zoneLabel(s.zone)), md(s.cidr),
                b.cidr ? count(net::usableAddresses(*b.cidr, provider)) : "invalid CIDR",
                md(s.description) });
        }

    // What is left: each network block minus the subnets and the tier blocks.
    std::vector<net::Cidr> taken;
    for (const auto &b : blocks)
        if (b.cidr)
            taken.push_back(*b.cidr);
    for (const auto &t : tiers)
        if (t.block)
            taken.push_back(*t.block);
    out += "\n";
    for (const auto &text : network.cidrs) {
        const auto range = net::Cidr::parse(text);
        if (!range) {
            out += "Address space " + md(text) + " is not a valid CIDR.\n\n";
            continue;
        }
        const auto free = net::freeBlocks(range->canonical(), taken);
        double freeSize = 0;
        for (const auto &f : free)
            freeSize += f.size();
        double inSubnets = 0;
        for (const auto &b : blocks)
            if (b.cidr && range->contains(*b.cidr))
                inSubnets += b.cidr->size();
        double reserved = 0;
        for (const auto &t : tiers)
            for (const auto &h : t.headroom)
                reserved += range->contains(h) ? h.size() : 0;
        const double spare = range->size() - inSubnets;
        out += "Spare capacity in " + md(range->toString()) + ": " + count(spare) + " of "
            + count(range->size()) + " addresses ("
            + std::to_string(static_cast<int>(100 * spare / range->size())) + "%) are in no subnet";
        out += reserved > 0 ? ", " + count(reserved) + " of them reserved as tier headroom.\n\n"
                            : ".\n\n";
        out += "Unallocated ranges (in no subnet or tier block): "
            + (free.empty() ? std::string("none.") : cidrList(free) + ".") + "\n\n";
    }
    return out;
}

} // namespace cw::exporters::docs
