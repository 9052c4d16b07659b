// SPDX-License-Identifier: MIT
#pragma once

#include "layout/layout.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace cw::layout::detail {

inline constexpr double kHitCost = 1e4; ///< a crossed box costs more than any detour
inline constexpr double kLabelCost = 3e3; ///< a crossed container title: avoided unless far

/// What a route must not cross: leaf boxes (services, externals) and the title labels of
/// containers, in a uniform grid (built on the first query) so a segment tests only the rects
/// near it. Not thread-safe: queries share a visit stamp.
class Obstacles
{
public:
    void add(const Rect &r, double cost, bool leaf)
    {
        if (r.w <= 0 || r.h <= 0)
            return;
        m_items.push_back({ r, cost, leaf });
        m_built = false;
    }

    /// Cost of the obstacles crossed by the axis-parallel segment a-b, not counting the end boxes
    /// src and dst; the indices crossed are appended to hit.
    double cost(
        Point a, Point b, const Rect &src, const Rect &dst, std::vector<std::size_t> &hit) const
    {
        if (!m_built)
            build();
        if (m_items.empty())
            return 0;
        const double x0 = std::min(a.x, b.x), x1 = std::max(a.x, b.x);
        const double y0 = std::min(a.y, b.y), y1 = std::max(a.y, b.y);
        const long c0 = std::max(0L, col(x0)), c1 = std::min(m_cols - 1, col(x1));
        const long r0 = std::max(0L, row(y0)), r1 = std::min(m_rows - 1, row(y1));
        ++m_query;
        double total = 0;
        for (long cy = r0; cy <= r1; ++cy)
            for (long cx = c0; cx <= c1; ++cx) {
                const std::size_t cell = std::size_t(cy * m_cols + cx);
                for (std::size_t k = m_start[cell]; k < m_start[cell + 1]; ++k) {
                    const std::size_t i = m_cells[k];
                    if (m_stamp[i] == m_query)
                        continue;
                    m_stamp[i] = m_query;
                    const Item &o = m_items[i];
                    const Rect &r = o.rect;
                    if (o.leaf && (r == src || r == dst))
                        continue;
                    if (x0 < r.x + r.w && r.x < x1 + 0.5 && y0 < r.y + r.h && r.y < y1 + 0.5) {
                        hit.push_back(i);
                        total += o.cost;
                    }
                }
            }
        return total;
    }

    const Rect &rect(std::size_t i) const { return m_items[i].rect; }

private:
    struct Item
    {
        Rect rect;
        double cost = 0;
        bool leaf = false;
    };

    static constexpr double kCell = 256; ///< grid cell size

    long col(double x) const { return long(std::floor((x - m_x0) / kCell)); }
    long row(double y) const { return long(std::floor((y - m_y0) / kCell)); }

    /// Counts, then fills, the items of every cell (compressed rows: m_start, m_cells).
    void build() const
    {
        m_built = true;
        m_stamp.assign(m_items.size(), 0);
        m_query = 0;
        if (m_items.empty())
            return;
        double x1 = -1e300, y1 = -1e300;
        m_x0 = m_y0 = 1e300;
        for (const Item &o : m_items) {
            m_x0 = std::min(m_x0, o.rect.x);
            m_y0 = std::min(m_y0, o.rect.y);
            x1 = std::max(x1, o.rect.x + o.rect.w);
            y1 = std::max(y1, o.rect.y + o.rect.h);
        }
        m_cols = col(x1) + 1;
        m_rows = row(y1) + 1;
        m_start.assign(std::size_t(m_cols * m_rows) + 1, 0);
        auto each = [&](const Rect &r, auto &&f) {
            for (long cy = row(r.y); cy <= row(r.y + r.h); ++cy)
                for (long cx = col(r.x); cx <= col(r.x + r.w); ++cx)
                    f(std::size_t(cy * m_cols + cx));
        };
        for (const Item &o : m_items)
            each(o.rect, [&](std::size_t cell) { ++m_start[cell + 1]; });
        for (std::size_t c = 1; c < m_start.size(); ++c)
            m_start[c] += m_start[c - 1];
        m_cells.assign(m_start.back(), 0);
        std::vector<std::size_t> next(m_start.begin(), m_start.end() - 1);
        for (std::size_t i = 0; i < m_items.size(); ++i)
            each(m_items[i].rect, [&](std::size_t cell) { m_cells[next[cell]++] = i; });
    }

    std::vector<Item> m_items;
    mutable bool m_built = false;
    mutable double m_x0 = 0, m_y0 = 0;
    mutable long m_cols = 0, m_rows = 0;
    mutable std::vector<std::size_t> m_start, m_cells;
    mutable std::vector<unsigned> m_stamp;
    mutable unsigned m_query = 0;
};

} // namespace cw::layout::detail
