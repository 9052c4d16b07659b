// SPDX-License-Identifier: MIT
// Connection labels: each in the free place nearest the middle of its route's longest segment.
#include "layout/obstacles.h"
#include "layout/placement.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

namespace cw::layout::detail {
namespace {

constexpr double kLabelH = 16; ///< a label box, as the exporters draw it (10 px text)
constexpr double kCharW = 6.2;
constexpr double kLabelPad = 8;
constexpr double kCell = 128; ///< grid cell for the labels placed so far

/// Width of the label the exporters write for a connection ("HTTPS 443").
double labelWidth(const Connection &c)
{
    if (c.protocol.empty())
        return 0;
    std::size_t chars = c.protocol.size();
    if (c.port > 0)
        chars += 1 + std::to_string(c.port).size();
    return kLabelPad + double(chars) * kCharW;
}

/// Label boxes already placed, in a grid.
class Placed
{
public:
    bool overlaps(const Rect &r) const
    {
        for (long cx = cell(r.x); cx <= cell(r.x + r.w); ++cx)
            for (long cy = cell(r.y); cy <= cell(r.y + r.h); ++cy)
                if (auto it = m_grid.find(key(cx, cy)); it != m_grid.end())
                    for (std::size_t i : it->second) {
                        const Rect &o = m_boxes[i];
                        if (r.x < o.x + o.w && o.x < r.x + r.w && r.y < o.y + o.h
                            && o.y < r.y + r.h)
                            return true;
                    }
        return false;
    }

    void add(const Rect &r)
    {
        m_boxes.push_back(r);
        for (long cx = cell(r.x); cx <= cell(r.x + r.w); ++cx)
            for (long cy = cell(r.y); cy <= cell(r.y + r.h); ++cy)
                m_grid[key(cx, cy)].push_back(m_boxes.size() - 1);
    }

private:
    static long cell(double v) { return long(std::floor(v / kCell)); }
    static long long key(long x, long y)
    {
        return (static_cast<long long>(x) << 32) ^ (y & 0xffffffffL);
    }

    std::vector<Rect> m_boxes;
    std::unordered_map<long long, std::vector<std::size_t>> m_grid;
};

} // namespace

void placeLabels(std::vector<Route> &routes, const Model &model, const Obstacles &obstacles,
    const TrackMap &tracks)
{
    Placed placed;
    std::vector<std::size_t> hit;
    const Rect none {};
    for (std::size_t r = 0; r < routes.size(); ++r) {
        Route &route = routes[r];
        const auto &pts = route.points;
        const double w = labelWidth(model.connections[route.connection]);
        // Segments longest first; on a shared corridor the track decides where along it.
        std::vector<std::size_t> order(pts.size() - 1);
        std::iota(order.begin(), order.end(), std::size_t(0));
        auto length = [&](std::size_t i) {
            return std::abs(pts[i + 1].x - pts[i].x) + std::abs(pts[i + 1].y - pts[i].y);
        };
        std::stable_sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return length(a) > length(b); });
        double first = 0.5;
        if (const auto it = tracks.find({ r, order.front() });
            it != tracks.end() && it->second.second > 1)
            first = double(it->second.first + 1) / double(it->second.second + 1);
        Point best {};
        double bestCost = 1e300;
        for (std::size_t i : order) {
            const Point &a = pts[i], &b = pts[i + 1];
            const bool horizontal = a.y == b.y;
            // A label longer than its segment (with room for the arrow head) would hide the
            // line: beside the segment is better then.
            const bool hides = length(i) < (horizontal ? w : kLabelH) + 24;
            for (double f : { first, 0.3, 0.7, 0.15, 0.85 }) {
                const Point on { a.x + (b.x - a.x) * f, a.y + (b.y - a.y) * f };
                const Point beside = horizontal ? Point { on.x, on.y - kLabelH / 2 - 4 }
                                                : Point { on.x + w / 2 + 4, on.y };
                for (const bool side : { false, true }) {
                    const Point p = side ? beside : on;
                    const Rect box { p.x - w / 2, p.y - kLabelH / 2, w, kLabelH };
                    hit.clear();
                    double cost = w > 0 ? obstacles.cost({ box.x, box.y },
                                      { box.x + box.w, box.y + box.h }, none, none, hit)
                                        : 0;
                    if (w > 0 && placed.overlaps(box))
                        cost += kLabelCost;
                    cost += std::abs(f - 0.5); // nearer the middle, then longer segments first
                    if (side)
                        cost += 0.6; // on the line reads best where it hides nothing
                    else if (hides)
                        cost += 2;
                    if (cost < bestCost) {
                        bestCost = cost;
                        best = p;
                    }
                }
            }
            if (bestCost < 1)
                break; // a free place on this segment
        }
        route.labelAt = best;
        if (w > 0)
            placed.add({ best.x - w / 2, best.y - kLabelH / 2, w, kLabelH });
    }
}

} // namespace cw::layout::detail
