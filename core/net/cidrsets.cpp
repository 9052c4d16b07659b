// SPDX-License-Identifier: MIT
// Operations over sets of blocks: free-block search, overlap sweep, containment lookup.
#include "net/cidr.h"
#include "net/u128.h"

#include <algorithm>
#include <array>

namespace cw::net {
namespace {

using detail::U128;

constexpr std::uint64_t kIndexMask = (std::uint64_t { 1 } << 56) - 1;

/// A block reduced to what the sweeps need, 32 bytes compared as two integers: start, then
/// larger blocks first, then input order. An enclosing block thus sorts before everything it
/// contains, and duplicates keep their input order.
struct Item
{
    U128 start = 0;
    std::uint64_t tail = 0; ///< prefix in the top 8 bits, input index below

    int prefix() const { return static_cast<int>(tail >> 56); }
    std::size_t index() const { return static_cast<std::size_t>(tail & kIndexMask); }
    bool operator<(const Item &o) const
    {
        return start != o.start ? start < o.start : tail < o.tail;
    }
};

/// The blocks of one family in sweep order.
struct Sorted
{
    Family family = Family::V4;
    std::vector<Item> items;

    U128 endOf(const Item &item) const
    {
        return item.start | detail::hostMask(family, item.prefix());
    }
};

Item itemOf(const Cidr &c, std::size_t index)
{
    return { detail::startOf(c), (std::uint64_t(c.prefix()) << 56) | index };
}

/// IPv4 blocks and IPv6 blocks, each sorted; blocks of different families never overlap.
std::array<Sorted, 2> sortedByFamily(const std::vector<Cidr> &blocks)
{
    std::array<Sorted, 2> out { Sorted { Family::V4, {} }, Sorted { Family::V6, {} } };
    const auto v4Count = static_cast<std::size_t>(std::count_if(
        blocks.begin(), blocks.end(), [](const Cidr &c) { return c.family() == Family::V4; }));
    out[0].items.reserve(v4Count);
    out[1].items.reserve(blocks.size() - v4Count);

    // IPv4 fast path: start (32 bits), prefix (6) and index (26) pack into one integer with
    // the same order as Item, and sorting plain integers is several times faster.
    constexpr std::size_t kPackedLimit = std::size_t { 1 } << 26;
    if (blocks.size() <= kPackedLimit) {
        std::vector<std::uint64_t> packed;
        packed.reserve(v4Count);
        for (std::size_t i = 0; i < blocks.size(); ++i) {
            const Cidr &c = blocks[i];
            if (c.family() == Family::V4)
                packed.push_back(static_cast<std::uint64_t>(detail::startOf(c)) << 32
                    | std::uint64_t(c.prefix()) << 26 | i);
            else
                out[1].items.push_back(itemOf(c, i));
        }
        std::sort(packed.begin(), packed.end());
        for (const std::uint64_t k : packed)
            out[0].items.push_back(
                { U128(k >> 32), (((k >> 26) & 63) << 56) | (k & (kPackedLimit - 1)) });
    } else {
        for (std::size_t i = 0; i < blocks.size(); ++i)
            out[blocks[i].family() == Family::V4 ? 0 : 1].items.push_back(itemOf(blocks[i], i));
        std::sort(out[0].items.begin(), out[0].items.end());
    }
    std::sort(out[1].items.begin(), out[1].items.end());
    return out;
}

/// Pairs ordered by (first, second): a counting sort on first, O(n + k), then the short runs
/// sharing a first by second. A comparison sort of all k pairs cost 15% of the whole check.
std::vector<Overlap> inInputOrder(std::vector<Overlap> pairs, std::size_t n)
{
    std::vector<std::size_t> begin(n + 1, 0);
    for (const Overlap &p : pairs)
        ++begin[p.first + 1];
    for (std::size_t i = 0; i < n; ++i)
        begin[i + 1] += begin[i];
    std::vector<Overlap> out(pairs.size());
    std::vector<std::size_t> next(begin.begin(), begin.end() - 1);
    for (const Overlap &p : pairs)
        out[next[p.first]++] = p;
    for (std::size_t i = 0; i < n; ++i) {
        if (begin[i + 1] - begin[i] > 1)
            std::sort(out.begin() + static_cast<std::ptrdiff_t>(begin[i]),
                out.begin() + static_cast<std::ptrdiff_t>(begin[i + 1]),
                [](const Overlap &a, const Overlap &b) { return a.second < b.second; });
    }
    return out;
}

constexpr std::size_t kNone = ~std::size_t { 0 };

/// Position of the last item starting at or before address, or kNone. Branch-free halving: the
/// outcome of each comparison is unpredictable, and mispredictions dominated the lookups.
std::size_t lastStartingBy(const std::vector<Item> &items, U128 address)
{
    if (items.empty() || items.front().start > address)
        return kNone;
    std::size_t base = 0;
    for (std::size_t len = items.size(); len > 1;) {
        const std::size_t half = len / 2;
        base = items[base + half].start <= address ? base + half : base;
        len -= half;
    }
    return base;
}

} // namespace

std::optional<Cidr> nextFree(const Cidr &range, int prefix, const std::vector<Cidr> &used)
{
    if (prefix < range.prefix() || prefix > range.maxPrefix())
        return std::nullopt;
    const Family family = range.family();
    const U128 rangeEnd = detail::endOf(range);
    const U128 mask = detail::hostMask(family, prefix);
    std::vector<std::pair<U128, U128>> busy;
    busy.reserve(used.size());
    for (const Cidr &u : used) {
        if (u.family() == family && range.overlaps(u))
            busy.emplace_back(detail::startOf(u), detail::endOf(u));
    }
    std::sort(busy.begin(), busy.end());

    // One pass: the candidate only moves forward, past each used block that it hits.
    U128 candidate = detail::startOf(range);
    for (const auto &[start, end] : busy) {
        if (end < candidate)
            continue;
        if (start > (candidate | mask))
            break;
        // The next aligned start after end; (end | mask) < rangeEnd keeps + 1 from overflowing.
        if ((end | mask) >= rangeEnd)
            return std::nullopt;
        candidate = (end | mask) + 1;
    }
    return detail::makeCidr(family, candidate, prefix);
}

std::vector<Cidr> freeBlocks(const Cidr &range, const std::vector<Cidr> &used)
{
    const Family family = range.family();
    const U128 rangeStart = detail::startOf(range);
    const U128 rangeEnd = detail::endOf(range);
    std::vector<std::pair<U128, U128>> busy;
    busy.reserve(used.size());
    for (const Cidr &u : used)
        if (u.family() == family && range.overlaps(u))
            busy.emplace_back(
                std::max(detail::startOf(u), rangeStart), std::min(detail::endOf(u), rangeEnd));
    std::sort(busy.begin(), busy.end());

    std::vector<Cidr> out;
    const int bits = detail::familyBits(family);
    // Splits [from, to] into maximal aligned blocks: each takes the largest size that both the
    // alignment of its start and the room left allow.
    auto emit = [&](U128 from, U128 to) {
        while (true) {
            int host = 0;
            while (host < bits - range.prefix()) {
                const U128 mask = detail::hostMask(family, bits - (host + 1));
                if ((from & mask) != 0 || (from | mask) > to)
                    break;
                ++host;
            }
            out.push_back(detail::makeCidr(family, from, bits - host));
            const U128 last = from | detail::hostMask(family, bits - host);
            if (last >= to)
                return;
            from = last + 1;
        }
    };
    U128 next = rangeStart; // first address not yet known to be used
    bool done = false; // next would overflow past the end of the address space
    for (const auto &[start, end] : busy) {
        if (done)
            break;
        if (start > next)
            emit(next, start - 1);
        if (end >= next) {
            if (end >= rangeEnd) {
                done = true;
                break;
            }
            next = end + 1;
        }
    }
    if (!done)
        emit(next, rangeEnd);
    return out;
}

std::vector<Overlap> findOverlaps(const std::vector<Cidr> &blocks)
{
    std::vector<Overlap> result;
    for (const Sorted &sorted : sortedByFamily(blocks)) {
        // Open blocks, each nested in the one below it. A sorted block overlaps the top iff it
        // starts before the top ends, and then the top encloses or duplicates it.
        std::vector<std::pair<U128, std::size_t>> open; // end, input index
        for (const Item &item : sorted.items) {
            while (!open.empty() && open.back().first < item.start)
                open.pop_back();
            const std::size_t index = item.index();
            if (!open.empty())
                result.push_back(
                    { std::min(open.back().second, index), std::max(open.back().second, index) });
            open.emplace_back(sorted.endOf(item), index);
        }
    }
    return inInputOrder(std::move(result), blocks.size());
}

std::vector<long> findContainers(const std::vector<Cidr> &inner, const std::vector<Cidr> &outer)
{
    const std::array<Sorted, 2> families = sortedByFamily(outer);
    // Per family: rep is the first of a run of duplicates (lowest input index); parent is the rep
    // of the innermost strictly larger enclosing block. Walking parents visits each enclosing
    // size once, so a lookup costs at most 129 steps after the binary search.
    std::array<std::vector<long>, 2> reps, parents;
    for (std::size_t f = 0; f < 2; ++f) {
        const Sorted &sorted = families[f];
        const std::size_t m = sorted.items.size();
        std::vector<long> &rep = reps[f];
        std::vector<long> &parent = parents[f];
        rep.resize(m);
        parent.assign(m, -1);
        std::vector<std::pair<U128, std::size_t>> open; // end, position
        for (std::size_t p = 0; p < m; ++p) {
            const Item &item = sorted.items[p];
            while (!open.empty() && open.back().first < item.start)
                open.pop_back();
            rep[p] = static_cast<long>(p);
            if (!open.empty()) {
                const std::size_t top = open.back().second;
                const Item &t = sorted.items[top];
                if (t.start == item.start && t.prefix() == item.prefix()) {
                    rep[p] = rep[top];
                    parent[p] = parent[top];
                } else {
                    parent[p] = rep[top];
                }
            }
            open.emplace_back(sorted.endOf(item), p);
        }
    }

    std::vector<long> result(inner.size(), -1);
    for (std::size_t i = 0; i < inner.size(); ++i) {
        const std::size_t f = inner[i].family() == Family::V4 ? 0 : 1;
        const Sorted &sorted = families[f];
        const U128 start = detail::startOf(inner[i]);
        const U128 end = detail::endOf(inner[i]);
        const std::size_t last = lastStartingBy(sorted.items, start);
        if (last == kNone)
            continue;
        for (long c = reps[f][last]; c >= 0; c = parents[f][static_cast<std::size_t>(c)]) {
            const Item &candidate = sorted.items[static_cast<std::size_t>(c)];
            if (end <= sorted.endOf(candidate)) { // its start is <= start by construction
                result[i] = static_cast<long>(candidate.index());
                break;
            }
        }
    }
    return result;
}

} // namespace cw::net
