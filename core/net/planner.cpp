// SPDX-License-Identifier: MIT
#include "net/planner.h"

#include "net/u128.h"

#include <algorithm>
#include <bit>
#include <set>

namespace cw::net {
namespace {

using detail::U128;

/// An address count up to 2^128 + 2^128 - 1: low part plus how many times 2^128 it holds.
struct Count
{
    U128 low = 0;
    int carry = 0;

    static Count power(int bits)
    {
        if (bits > 128)
            return { 0, 2 }; // only ever printed, as "more than 2^128"
        return bits == 128 ? Count { 0, 1 } : Count { U128 { 1 } << bits, 0 };
    }
    void add(const Count &other)
    {
        const U128 sum = low + other.low;
        carry += other.carry + (sum < low ? 1 : 0);
        low = sum;
    }
    bool greaterThan(const Count &other) const
    {
        return carry != other.carry ? carry > other.carry : low > other.low;
    }
};

std::string decimal(U128 v)
{
    if (v == 0)
        return "0";
    std::string s;
    while (v != 0) {
        s += static_cast<char>('0' + static_cast<int>(v % 10));
        v /= 10;
    }
    return { s.rbegin(), s.rend() };
}

std::string countText(const Count &c)
{
    if (c.carry == 0)
        return decimal(c.low);
    if (c.carry == 1 && c.low == 0)
        return "2^128";
    return "more than 2^128";
}

int lowestBit(U128 v)
{
    int n = 0;
    while ((v & 1) == 0) {
        v >>= 1;
        ++n;
    }
    return n;
}

/// A tier with its computed range size.
struct TierLayout
{
    std::size_t request = 0; ///< index into request.tiers
    int slots = 0; ///< subnet-sized slots in the range (a power of two)
    int rangePrefix = 0;
    U128 start = 0;
};

std::string plural(std::size_t n, const char *word)
{
    return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

} // namespace

std::optional<Plan> planSubnets(const PlanRequest &request, std::string *error)
{
    auto fail = [error](std::string reason) -> std::optional<Plan> {
        if (error)
            *error = std::move(reason);
        return std::nullopt;
    };
    const Cidr &net = request.network;
    const Family family = net.family();
    const int maxBits = net.maxPrefix();
    if (!net.isCanonical())
        return fail(
            "network " + net.toString() + " has host bits set; use " + net.canonical().toString());
    if (request.zones.empty())
        return fail("no zones to plan subnets for");
    if (request.tiers.empty())
        return fail("no tiers to plan");
    if (request.spare < 0)
        return fail("spare slots must be 0 or more, got " + std::to_string(request.spare));
    std::set<std::string> seen;
    for (std::size_t i = 0; i < request.zones.size(); ++i) {
        if (request.zones[i].empty())
            return fail("zone " + std::to_string(i + 1) + " has an empty name");
        if (!seen.insert(request.zones[i]).second)
            return fail("zone '" + request.zones[i] + "' is listed twice");
    }
    seen.clear();

    const std::size_t perTier = request.zones.size() + static_cast<std::size_t>(request.spare);
    // Every slot becomes a row; a typo like spare: 100000000 must not exhaust memory.
    constexpr std::size_t kMaxSlots = 1024;
    if (perTier > kMaxSlots)
        return fail("each tier would hold " + std::to_string(perTier)
            + " subnets (zones + spare); the planner handles at most " + std::to_string(kMaxSlots));
    const std::string perTierText = plural(request.zones.size(), "zone") + " + "
        + std::to_string(request.spare) + " spare = " + std::to_string(perTier);
    std::vector<TierLayout> layouts;
    Count needed;
    for (std::size_t i = 0; i < request.tiers.size(); ++i) {
        const TierRequest &tier = request.tiers[i];
        const std::string name = "tier '" + tier.name + "'";
        if (tier.name.empty())
            return fail("tier " + std::to_string(i + 1) + " has an empty name");
        if (!seen.insert(tier.name).second)
            return fail(name + " is listed twice");
        if (tier.prefix < 0 || tier.prefix > maxBits)
            return fail(name + ": prefix /" + std::to_string(tier.prefix) + " is not valid for "
                + (family == Family::V4 ? "IPv4 (0-32)" : "IPv6 (0-128)"));
        if (tier.prefix < net.prefix())
            return fail(name + ": subnets of /" + std::to_string(tier.prefix)
                + " are larger than the network " + net.toString());
        const Cidr sample = detail::makeCidr(family, 0, tier.prefix);
        if (usableAddresses(sample, request.provider) <= 0)
            return fail(name + ": a /" + std::to_string(tier.prefix)
                + " subnet has no usable addresses on " + std::string(toString(request.provider))
                + " (" + std::to_string(reservedAddresses(request.provider)) + " reserved)");
        const std::size_t slots = std::bit_ceil(perTier);
        const int slotBits = std::countr_zero(slots);
        const int rangePrefix = tier.prefix - slotBits;
        const Count rangeSize = Count::power(maxBits - tier.prefix + slotBits);
        if (rangePrefix < net.prefix()) {
            const std::string rounded
                = slots == perTier ? "" : ", rounded up to " + std::to_string(slots);
            const std::string range = rangePrefix >= 0 ? "a /" + std::to_string(rangePrefix) + " ("
                                                       : "more than the whole address space (";
            return fail(name + " needs " + range + perTierText + " x /"
                + std::to_string(tier.prefix) + rounded + ", " + countText(rangeSize)
                + " addresses) but the network " + net.toString() + " has "
                + countText(Count::power(maxBits - net.prefix())));
        }
        needed.add(rangeSize);
        layouts.push_back({ i, static_cast<int>(slots), rangePrefix, 0 });
    }
    const Count available = Count::power(maxBits - net.prefix());
    if (needed.greaterThan(available))
        return fail("the " + plural(layouts.size(), "tier") + " need " + countText(needed)
            + " addresses (" + perTierText + " subnets each, ranges rounded up to powers"
            + " of two) but the network " + net.toString() + " has " + countText(available));

    // Largest first: every range then starts at a multiple of its own size, so placing them
    // back to back keeps them aligned and leaves no gaps.
    std::vector<TierLayout *> order;
    for (TierLayout &l : layouts)
        order.push_back(&l);
    std::stable_sort(order.begin(), order.end(),
        [](const TierLayout *a, const TierLayout *b) { return a->rangePrefix < b->rangePrefix; });
    const U128 netStart = detail::startOf(net);
    const U128 relMask = detail::hostMask(family, net.prefix());
    U128 offset = 0;
    for (TierLayout *l : order) {
        l->start = netStart + offset;
        offset = (offset + detail::hostMask(family, l->rangePrefix) + 1) & relMask;
    }

    Plan plan;
    for (const TierLayout &l : layouts) {
        const TierRequest &tier = request.tiers[l.request];
        const U128 step = detail::hostMask(family, tier.prefix) + 1;
        auto subnet = [&](int slot) {
            return detail::makeCidr(family, l.start + step * U128(slot), tier.prefix);
        };
        auto usable = [&](const Cidr &c) { return usableAddresses(c, request.provider); };
        PlanRow range { tier.name, "", "range", detail::makeCidr(family, l.start, l.rangePrefix),
            0 };
        range.usable = usable(subnet(0)) * static_cast<double>(request.zones.size());
        plan.rows.push_back(range);
        int slot = 0;
        for (; slot < request.spare; ++slot)
            plan.rows.push_back({ tier.name, "", "spare", subnet(slot), usable(subnet(slot)) });
        for (const std::string &zone : request.zones) {
            plan.rows.push_back({ tier.name, zone, "subnet", subnet(slot), usable(subnet(slot)) });
            ++slot;
        }
        // Slots left over from rounding the range up to a power of two stay free in the tier.
        for (; slot < l.slots; ++slot)
            plan.rows.push_back({ tier.name, "", "spare", subnet(slot), usable(subnet(slot)) });
    }

    // The free tail [offset, network end] as maximal aligned blocks.
    for (U128 rel = offset; rel != 0;) {
        const int bits = lowestBit(rel);
        plan.unallocated.push_back(detail::makeCidr(family, netStart + rel, maxBits - bits));
        rel = (rel + (U128 { 1 } << bits)) & relMask;
    }
    return plan;
}

} // namespace cw::net
