// SPDX-License-Identifier: MIT
#pragma once

#include <QRectF>
#include <unordered_map>
#include <vector>

namespace cw::gui {

/// A uniform grid over scene rects: which items intersect a rect, in O(items found + cells).
/// Items are dense indices 0..n-1; used to cull the canvas and to hit-test.
class SpatialIndex
{
public:
    explicit SpatialIndex(double cellSize = 512)
        : m_cell(cellSize)
    { }

    void clear();
    /// Sets (or moves) item i to rect.
    void set(int item, const QRectF &rect);
    /// Items whose rect intersects r, each once, in ascending order.
    std::vector<int> query(const QRectF &r) const;
    int size() const { return int(m_rects.size()); }

private:
    struct Cells
    {
        int x0 = 0, y0 = 0, x1 = -1, y1 = -1;
    };
    Cells cellsOf(const QRectF &r) const;
    static long long key(int cx, int cy) { return (long long)cx << 32 ^ (unsigned)cy; }
    void remove(int item);

    double m_cell;
    std::vector<QRectF> m_rects;
    std::vector<Cells> m_cells;
    std::unordered_map<long long, std::vector<int>> m_buckets;
    mutable std::vector<unsigned> m_stamp;
    mutable unsigned m_query = 0;
};

} // namespace cw::gui
