// SPDX-License-Identifier: MIT
#include "spatialindex.h"

#include <algorithm>
#include <cmath>

namespace cw::gui {

void SpatialIndex::clear()
{
    m_rects.clear();
    m_cells.clear();
    m_buckets.clear();
    m_stamp.clear();
}

SpatialIndex::Cells SpatialIndex::cellsOf(const QRectF &r) const
{
    if (!r.isValid())
        return {};
    return { int(std::floor(r.left() / m_cell)), int(std::floor(r.top() / m_cell)),
        int(std::floor(r.right() / m_cell)), int(std::floor(r.bottom() / m_cell)) };
}

void SpatialIndex::remove(int item)
{
    const Cells c = m_cells[item];
    for (int x = c.x0; x <= c.x1; ++x)
        for (int y = c.y0; y <= c.y1; ++y) {
            auto it = m_buckets.find(key(x, y));
            if (it == m_buckets.end())
                continue;
            auto &v = it->second;
            v.erase(std::remove(v.begin(), v.end(), item), v.end());
        }
    m_cells[item] = {};
}

void SpatialIndex::set(int item, const QRectF &rect)
{
    if (item >= int(m_rects.size())) {
        m_rects.resize(item + 1);
        m_cells.resize(item + 1);
        m_stamp.resize(item + 1, 0);
    } else {
        remove(item);
    }
    m_rects[item] = rect;
    const Cells c = cellsOf(rect);
    m_cells[item] = c;
    for (int x = c.x0; x <= c.x1; ++x)
        for (int y = c.y0; y <= c.y1; ++y)
            m_buckets[key(x, y)].push_back(item);
}

std::vector<int> SpatialIndex::query(const QRectF &r) const
{
    std::vector<int> out;
    if (m_rects.empty())
        return out;
    if (++m_query == 0) {
        std::fill(m_stamp.begin(), m_stamp.end(), 0);
        m_query = 1;
    }
    const Cells c = cellsOf(r);
    for (int x = c.x0; x <= c.x1; ++x)
        for (int y = c.y0; y <= c.y1; ++y) {
            const auto it = m_buckets.find(key(x, y));
            if (it == m_buckets.end())
                continue;
            for (int item : it->second)
                if (m_stamp[item] != m_query) {
                    m_stamp[item] = m_query;
                    if (m_rects[item].intersects(r))
                        out.push_back(item);
                }
        }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace cw::gui
