// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/catalog.h"
#include "model/idtable.h"
#include "model/modelindex.h"

#include <cstdint>
#include <initializer_list>
#include <span>
#include <string_view>
#include <vector>

namespace cw::rules {

/// One service with its owners, its catalog entry and its resolved subnets.
struct ServiceRow
{
    const Account *account = nullptr;
    const Network *network = nullptr; ///< null for account-level services
    const Service *service = nullptr;
    const KindSpec *spec = nullptr; ///< null for kinds the catalog does not know
    std::uint32_t firstSubnet = 0; ///< into ServiceView's subnet list
    std::uint32_t subnetCount = 0;
};

/// Every service of a model resolved once per run, in ModelIndex's (document) order and grouped
/// by kind. Most
/// rules look at a few kinds and visit only those rows, instead of each walking every service
/// and comparing its kind text; on models larger than the cache those walks dominated.
class ServiceView
{
public:
    ServiceView(const ModelIndex &index, const Catalog &catalog);

    /// Every service, in document order.
    const std::vector<ServiceRow> &rows() const { return m_rows; }
    /// The services of the given kinds, in document order.
    std::vector<const ServiceRow *> ofKinds(std::initializer_list<std::string_view> kinds) const;
    /// The services whose catalog spec (nullptr for unknown kinds) satisfies pred, in document
    /// order; pred is asked once per kind present, not once per service.
    template<typename Pred> std::vector<const ServiceRow *> ofSpecs(Pred &&pred) const
    {
        std::vector<std::uint32_t> numbers;
        for (const KindRows &kind : m_byKind)
            if (pred(kind.spec))
                numbers.insert(numbers.end(), kind.rows.begin(), kind.rows.end());
        return rowsOf(numbers);
    }
    /// The row of a service of the viewed model, or nullptr for any other service.
    const ServiceRow *rowOf(const Service &svc) const;
    /// The distinct subnets a row's service lists (unknown ids skipped, repeats counted once).
    std::span<const Subnet *const> subnetsOf(const ServiceRow &row) const
    {
        return { m_subnets.data() + row.firstSubnet, row.subnetCount };
    }
    /// The services of the subnet at position subnetElement of ModelIndex::elements() that
    /// belong to the subnet's network and list it, in document order.
    std::span<const ServiceRow *const> occupants(std::size_t subnetElement) const
    {
        if (subnetElement + 1 >= m_occupantStart.size())
            return {};
        return { m_occupants.data() + m_occupantStart[subnetElement],
            m_occupantStart[subnetElement + 1] - m_occupantStart[subnetElement] };
    }
    /// The same subnets as positions in ModelIndex::elements().
    std::span<const std::uint32_t> subnetElementsOf(const ServiceRow &row) const
    {
        return { m_subnetElements.data() + row.firstSubnet, row.subnetCount };
    }

private:
    /// The rows with these numbers, in ascending order.
    std::vector<const ServiceRow *> rowsOf(std::vector<std::uint32_t> &numbers) const;

    /// One services vector of the model: rowOf finds a service by its address.
    struct Range
    {
        const Service *begin;
        const Service *end;
        std::uint32_t firstRow;
    };

    std::vector<ServiceRow> m_rows;
    std::vector<const Subnet *> m_subnets;
    std::vector<std::uint32_t> m_subnetElements; ///< parallel to m_subnets
    std::vector<Range> m_ranges; ///< sorted by address
    std::vector<std::uint32_t> m_occupantStart; ///< per element: its first entry in m_occupants
    std::vector<const ServiceRow *> m_occupants;
    /// The services of one kind.
    struct KindRows
    {
        const KindSpec *spec = nullptr;
        std::vector<std::uint32_t> rows; ///< ascending
    };
    IdTable m_kindSlot; ///< kind -> index into m_byKind
    std::vector<KindRows> m_byKind;
};

/// Calls fn(account, network or nullptr, service) for every service, in document order.
template<typename Fn> void forEachService(const ServiceView &view, Fn &&fn)
{
    for (const ServiceRow &r : view.rows())
        fn(*r.account, r.network, *r.service);
}

/// Calls fn(account, network or nullptr, service) for the services whose catalog spec satisfies
/// pred (see ServiceView::ofSpecs), in document order.
template<typename Pred, typename Fn>
void forEachServiceWhere(const ServiceView &view, Pred &&pred, Fn &&fn)
{
    for (const ServiceRow *r : view.ofSpecs(pred))
        fn(*r->account, r->network, *r->service);
}

/// Calls fn(account, network or nullptr, service) for the services of the given kinds only, in
/// document order.
template<typename Fn>
void forEachServiceOf(
    const ServiceView &view, std::initializer_list<std::string_view> kinds, Fn &&fn)
{
    for (const ServiceRow *r : view.ofKinds(kinds))
        fn(*r->account, r->network, *r->service);
}

} // namespace cw::rules
