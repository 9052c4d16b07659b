// SPDX-License-Identifier: MIT
#include "rules/views/serviceview.h"

#include <algorithm>
#include <functional>
#include <unordered_set>

namespace cw::rules {

namespace {

/// A network's own subnets and where the first sits in ModelIndex::elements() (the others follow
/// it in order).
struct LocalSubnets
{
    const std::vector<Subnet> *subnets = nullptr;
    std::size_t firstElement = 0;
};

/// Appends the distinct subnets svc lists to out (unknown ids skipped, first occurrences kept).
/// Services name their own network's subnets: a short scan of those stays in cache, where a
/// lookup in the model-wide index misses it on large models.
void resolveSubnets(const ModelIndex &index, LocalSubnets local, const Service &svc,
    std::vector<const ElementRef *> &out)
{
    constexpr std::size_t kScanLimit = 16;
    const std::size_t first = out.size();
    const auto &elements = index.elements();
    for (const auto &sid : svc.subnets) {
        const ElementRef *ref = nullptr;
        if (local.subnets && local.subnets->size() <= kScanLimit) {
            for (std::size_t i = 0; i < local.subnets->size() && !ref; ++i)
                if ((*local.subnets)[i].id == sid)
                    ref = &elements[local.firstElement + i];
        }
        if (!ref)
            ref = index.find(sid);
        if (ref && ref->subnet)
            out.push_back(ref);
    }
    const auto begin = out.begin() + static_cast<long>(first);
    if (out.size() - first > 8) { // long lists: hashed de-duplication stays linear
        std::unordered_set<const ElementRef *> seen;
        out.erase(std::remove_if(begin, out.end(),
                      [&](const ElementRef *r) { return !seen.insert(r).second; }),
            out.end());
        return;
    }
    for (auto it = begin + 1; it < out.end();)
        it = std::find(begin, it, *it) != it ? out.erase(it) : it + 1;
}

} // namespace

ServiceView::ServiceView(const ModelIndex &index, const Catalog &catalog)
{
    const auto &elements = index.elements();
    std::size_t services = 0;
    std::size_t placements = 0;
    for (const ElementRef &e : elements)
        if (e.service) {
            ++services;
            placements += e.service->subnets.size();
        }
    m_rows.reserve(services);
    m_subnets.reserve(placements);
    m_subnetElements.reserve(placements);

    // ModelIndex lists each network, then its subnets, then its services: the rows follow the
    // index's order, so a row's number orders services the way elements() does.
    std::vector<const ElementRef *> refs;
    LocalSubnets local;
    for (std::size_t i = 0; i < elements.size(); ++i) {
        const ElementRef &e = elements[i];
        if (e.type == ElementType::Network)
            local = { &e.network->subnets, i + 1 };
        if (e.type != ElementType::Service)
            continue;
        const Service &s = *e.service;
        const auto row = static_cast<std::uint32_t>(m_rows.size());
        const std::vector<Service> &owner = e.network ? e.network->services : e.account->services;
        if (&s == owner.data()) // the first of its vector: rowOf finds the others from it
            m_ranges.push_back({ owner.data(), owner.data() + owner.size(), row });
        const auto first = static_cast<std::uint32_t>(m_subnets.size());
        refs.clear();
        resolveSubnets(index, e.network ? local : LocalSubnets {}, s, refs);
        for (const ElementRef *r : refs) {
            m_subnets.push_back(r->subnet);
            m_subnetElements.push_back(static_cast<std::uint32_t>(r - elements.data()));
        }
        const std::uint32_t *slot = m_kindSlot.find(s.kind);
        if (!slot) { // a kind not seen yet: look it up in the catalog once
            m_kindSlot.insert(s.kind, static_cast<std::uint32_t>(m_byKind.size()));
            m_byKind.push_back({ catalog.find(s.kind), {} });
            slot = m_kindSlot.find(s.kind);
        }
        KindRows &kind = m_byKind[*slot];
        m_rows.push_back({ e.account, e.network, &s, kind.spec, first,
            static_cast<std::uint32_t>(refs.size()) });
        kind.rows.push_back(row);
    }

    // Occupants by subnet, counted then filled (no per-subnet containers).
    m_occupantStart.assign(elements.size() + 1, 0);
    auto occupies = [&](const ServiceRow &r, std::uint32_t e) {
        return r.network && elements[e].network == r.network;
    };
    for (const ServiceRow &r : m_rows)
        for (std::uint32_t e : subnetElementsOf(r))
            if (occupies(r, e))
                ++m_occupantStart[e + 1];
    for (std::size_t i = 1; i < m_occupantStart.size(); ++i)
        m_occupantStart[i] += m_occupantStart[i - 1];
    m_occupants.resize(m_occupantStart.back());
    std::vector<std::uint32_t> fill(m_occupantStart.begin(), m_occupantStart.end() - 1);
    for (const ServiceRow &r : m_rows)
        for (std::uint32_t e : subnetElementsOf(r))
            if (occupies(r, e))
                m_occupants[fill[e]++] = &r;

    const std::less<const Service *> before;
    std::sort(m_ranges.begin(), m_ranges.end(),
        [&](const Range &x, const Range &y) { return before(x.begin, y.begin); });
}

std::vector<const ServiceRow *> ServiceView::ofKinds(
    std::initializer_list<std::string_view> kinds) const
{
    std::vector<std::uint32_t> numbers;
    for (std::string_view kind : kinds)
        if (const std::uint32_t *slot = m_kindSlot.find(kind))
            numbers.insert(numbers.end(), m_byKind[*slot].rows.begin(), m_byKind[*slot].rows.end());
    return rowsOf(numbers);
}

std::vector<const ServiceRow *> ServiceView::rowsOf(std::vector<std::uint32_t> &numbers) const
{
    if (!std::is_sorted(numbers.begin(), numbers.end())) // each kind's list is, their union not
        std::sort(numbers.begin(), numbers.end());
    std::vector<const ServiceRow *> out;
    out.reserve(numbers.size());
    for (std::uint32_t i : numbers)
        out.push_back(&m_rows[i]);
    return out;
}

const ServiceRow *ServiceView::rowOf(const Service &svc) const
{
    const std::less<const Service *> before;
    auto it = std::upper_bound(m_ranges.begin(), m_ranges.end(), &svc,
        [&](const Service *s, const Range &r) { return before(s, r.begin); });
    if (it == m_ranges.begin())
        return nullptr;
    --it;
    if (!before(&svc, it->end))
        return nullptr;
    return &m_rows[it->firstRow + static_cast<std::uint32_t>(&svc - it->begin)];
}

} // namespace cw::rules
