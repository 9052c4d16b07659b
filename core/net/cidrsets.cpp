// SPDX-License-Identifier: MIT
// Operations over sets of blocks: free-block search, overlap sweep, containment lookup.
#include "net/cidr.h"
#include "net/u128.h"

#include <algorithm>

namespace cw::net {
namespace {

using detail::U128;

/// A block reduced to what the sweeps need; sorting these avoids re-decoding bytes per compare.
struct Item
{
    U128 start = 0;
    U128 end = 0;
    int prefix = 0;
    Family family = Family::V4;
    std::size_t index = 0;
};

Item itemOf(const Cidr &c, std::size_t index)
{
    return { detail::startOf(c), detail::endOf(c), c.prefix(), c.family(), index };
}

/// Family, then start ascending, then larger blocks first, then input order: an enclosing block
/// sorts before everything it contains, and duplicates keep their input order.
bool sweepLess(const Item &a, const Item &b)
{
    if (a.family != b.family)
        return a.family < b.family;
    if (a.start != b.start)
        return a.start < b.start;
    if (a.prefix != b.prefix)
        return a.prefix < b.prefix;
    return a.index < b.index;
}

bool encloses(const Item &outer, const Item &inner)
{
    return outer.family == inner.family && outer.start <= inner.start && inner.end <= outer.end;
}

std::vector<Item> sortedItems(const std::vector<Cidr> &blocks)
{
    std::vector<Item> items;
    items.reserve(blocks.size());
    for (std::size_t i = 0; i < blocks.size(); ++i)
        items.push_back(itemOf(blocks[i], i));
    std::sort(items.begin(), items.end(), sweepLess);
    return items;
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

std::vector<Overlap> findOverlaps(const std::vector<Cidr> &blocks)
{
    const std::vector<Item> items = sortedItems(blocks);
    std::vector<Overlap> result;
    // Stack of open blocks, each nested in the one below it (blocks are laminar).
    std::vector<const Item *> open;
    for (const Item &item : items) {
        while (!open.empty() && !encloses(*open.back(), item))
            open.pop_back();
        if (!open.empty())
            result.push_back({ std::min(open.back()->index, item.index),
                std::max(open.back()->index, item.index) });
        open.push_back(&item);
    }
    std::sort(result.begin(), result.end(), [](const Overlap &a, const Overlap &b) {
        return a.first != b.first ? a.first < b.first : a.second < b.second;
    });
    return result;
}

std::vector<long> findContainers(const std::vector<Cidr> &inner, const std::vector<Cidr> &outer)
{
    const std::vector<Item> items = sortedItems(outer);
    const std::size_t m = items.size();
    // rep: first of a run of duplicates (lowest input index); parent: rep of the innermost
    // strictly larger enclosing block. Walking parents visits each enclosing size once, so a
    // lookup costs at most 129 steps after the binary search.
    std::vector<long> rep(m), parent(m, -1);
    std::vector<std::size_t> open;
    for (std::size_t p = 0; p < m; ++p) {
        while (!open.empty() && !encloses(items[open.back()], items[p]))
            open.pop_back();
        rep[p] = static_cast<long>(p);
        if (!open.empty()) {
            const Item &top = items[open.back()];
            if (top.start == items[p].start && top.prefix == items[p].prefix) {
                rep[p] = rep[open.back()];
                parent[p] = parent[open.back()];
            } else {
                parent[p] = rep[open.back()];
            }
        }
        open.push_back(p);
    }

    std::vector<long> result(inner.size(), -1);
    for (std::size_t i = 0; i < inner.size(); ++i) {
        const Item q = itemOf(inner[i], i);
        auto it = std::upper_bound(items.begin(), items.end(), q, [](const Item &a, const Item &b) {
            return a.family != b.family ? a.family < b.family : a.start < b.start;
        });
        if (it == items.begin())
            continue;
        for (long c = rep[static_cast<std::size_t>(it - items.begin()) - 1]; c >= 0;
             c = parent[static_cast<std::size_t>(c)]) {
            const Item &candidate = items[static_cast<std::size_t>(c)];
            if (encloses(candidate, q)) {
                result[i] = static_cast<long>(candidate.index);
                break;
            }
            if (candidate.family != q.family)
                break;
        }
    }
    return result;
}

} // namespace cw::net
