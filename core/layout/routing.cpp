// SPDX-License-Identifier: MIT
#include "layout/placement.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <unordered_map>

namespace cw::layout::detail {
namespace {

constexpr double kCell = 256; ///< spatial grid cell for obstacle lookups
constexpr double kClear = 24; ///< distance kept from a box when detouring around it
constexpr double kHitCost = 1e4; ///< a crossed box costs more than any detour
constexpr double kBendCost = 40;

/// Leaf boxes (services, externals) in a uniform grid, so a segment tests only nearby boxes.
class Obstacles
{
public:
    explicit Obstacles(const std::vector<Node> &nodes)
    {
        for (std::size_t i = 0; i < nodes.size(); ++i) {
            if (nodes[i].kind != NodeKind::Service && nodes[i].kind != NodeKind::External)
                continue;
            m_rects.push_back(nodes[i].rect);
            const Rect &r = nodes[i].rect;
            for (long cx = cell(r.x); cx <= cell(r.x + r.w); ++cx)
                for (long cy = cell(r.y); cy <= cell(r.y + r.h); ++cy)
                    m_grid[key(cx, cy)].push_back(m_rects.size() - 1);
        }
    }

    /// Boxes crossed by the axis-parallel segment a-b, not counting src and dst.
    int hits(
        Point a, Point b, const Rect &src, const Rect &dst, std::vector<std::size_t> &seen) const
    {
        const double x0 = std::min(a.x, b.x), x1 = std::max(a.x, b.x);
        const double y0 = std::min(a.y, b.y), y1 = std::max(a.y, b.y);
        int count = 0;
        seen.clear();
        for (long cx = cell(x0); cx <= cell(x1); ++cx)
            for (long cy = cell(y0); cy <= cell(y1); ++cy) {
                auto it = m_grid.find(key(cx, cy));
                if (it == m_grid.end())
                    continue;
                for (std::size_t i : it->second) {
                    const Rect &r = m_rects[i];
                    if (r == src || r == dst
                        || std::find(seen.begin(), seen.end(), i) != seen.end())
                        continue;
                    if (x0 < r.x + r.w && r.x < x1 + 0.5 && y0 < r.y + r.h && r.y < y1 + 0.5) {
                        seen.push_back(i);
                        ++count;
                    }
                }
            }
        return count;
    }

private:
    static long cell(double v) { return long(std::floor(v / kCell)); }
    static long long key(long x, long y)
    {
        return (static_cast<long long>(x) << 32) ^ (y & 0xffffffffL);
    }

    std::vector<Rect> m_rects;
    std::unordered_map<long long, std::vector<std::size_t>> m_grid;
};

Point center(const Rect &r)
{
    return { r.x + r.w / 2, r.y + r.h / 2 };
}

bool inside(Point p, const Rect &r)
{
    return p.x > r.x && p.x < r.x + r.w && p.y > r.y && p.y < r.y + r.h;
}

/// Drops repeated and collinear points.
void simplify(std::vector<Point> &pts)
{
    std::vector<Point> out;
    for (const Point &p : pts) {
        if (!out.empty() && std::abs(out.back().x - p.x) < 1e-9
            && std::abs(out.back().y - p.y) < 1e-9)
            continue;
        if (out.size() >= 2) {
            const Point &a = out[out.size() - 2], &b = out.back();
            if ((a.x == b.x && b.x == p.x) || (a.y == b.y && b.y == p.y)) {
                out.back() = p;
                continue;
            }
        }
        out.push_back(p);
    }
    pts = std::move(out);
}

/// Moves the path's ends from the box centres to the box borders.
void clipEnds(std::vector<Point> &pts, const Rect &src, const Rect &dst)
{
    while (pts.size() > 2 && inside(pts[1], src))
        pts.erase(pts.begin());
    while (pts.size() > 2 && inside(pts[pts.size() - 2], dst))
        pts.pop_back();
    auto clip = [](Point &end, const Point &next, const Rect &r) {
        if (end.y == next.y)
            end.x = next.x > end.x ? std::min(r.x + r.w, next.x) : std::max(r.x, next.x);
        else
            end.y = next.y > end.y ? std::min(r.y + r.h, next.y) : std::max(r.y, next.y);
    };
    clip(pts.front(), pts[1], src);
    clip(pts.back(), pts[pts.size() - 2], dst);
}

std::vector<Point> elbow(Point s, Point t)
{
    return { s, { t.x, s.y }, t };
}

double score(const std::vector<Point> &pts, const Obstacles &obs, const Rect &src, const Rect &dst,
    std::vector<std::size_t> &scratch)
{
    double cost = double(pts.size() - 2) * kBendCost;
    for (std::size_t i = 0; i + 1 < pts.size(); ++i) {
        cost += std::abs(pts[i + 1].x - pts[i].x) + std::abs(pts[i + 1].y - pts[i].y);
        cost += kHitCost * obs.hits(pts[i], pts[i + 1], src, dst, scratch);
    }
    // A middle segment through its own end boxes reads as a wrong connection.
    for (std::size_t i = 1; i + 2 < pts.size(); ++i) {
        const Point m { (pts[i].x + pts[i + 1].x) / 2, (pts[i].y + pts[i + 1].y) / 2 };
        if (inside(m, src) || inside(m, dst))
            cost += kHitCost / 2;
    }
    return cost;
}

void finish(Route &route)
{
    double best = -1;
    for (std::size_t i = 0; i + 1 < route.points.size(); ++i) {
        const Point &a = route.points[i], &b = route.points[i + 1];
        const double len = std::abs(b.x - a.x) + std::abs(b.y - a.y);
        if (len > best) {
            best = len;
            route.labelAt = { (a.x + b.x) / 2, (a.y + b.y) / 2 };
        }
    }
}

} // namespace

std::vector<Route> routeConnections(
    const Model &model, const Geometry &geometry, const Options &options)
{
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    const Obstacles obs(geometry.nodes);
    std::vector<Route> routes;
    std::vector<std::size_t> scratch;
    for (std::size_t ci = 0; ci < model.connections.size(); ++ci) {
        const auto &c = model.connections[ci];
        const Node *a = geometry.find(c.from);
        const Node *b = geometry.find(c.to);
        if (!a || !b)
            continue;
        const Rect &src = a->rect, &dst = b->rect;
        Route route;
        route.connection = ci;
        if (a == b) {
            const double right = src.x + src.w, cx = src.x + src.w / 2, cy = src.y + src.h / 2;
            route.points = { { right, cy }, { right + kClear, cy },
                { right + kClear, src.y - kClear }, { cx, src.y - kClear }, { cx, src.y } };
            finish(route);
            routes.push_back(std::move(route));
            continue;
        }
        const Point s = center(src), t = center(dst);
        const bool late = std::chrono::duration<double, std::milli>(Clock::now() - start).count()
            > options.timeCapMs;
        std::vector<Point> best;
        if (late) {
            best = elbow(s, t);
            route.fallback = true;
        } else {
            std::vector<std::vector<Point>> candidates { elbow(s, t), { s, { s.x, t.y }, t } };
            for (double mx : { (s.x + t.x) / 2, src.x + src.w + kClear, src.x - kClear,
                     dst.x - kClear, dst.x + dst.w + kClear })
                candidates.push_back({ s, { mx, s.y }, { mx, t.y }, t });
            for (double my : { (s.y + t.y) / 2, src.y + src.h + kClear, src.y - kClear,
                     dst.y - kClear, dst.y + dst.h + kClear })
                candidates.push_back({ s, { s.x, my }, { t.x, my }, t });
            double bestCost = 1e300;
            for (auto &cand : candidates) {
                simplify(cand);
                if (cand.size() < 2)
                    continue;
                const double cost = score(cand, obs, src, dst, scratch);
                if (cost < bestCost) {
                    bestCost = cost;
                    best = cand;
                }
            }
        }
        simplify(best);
        if (best.size() < 2)
            best = { s, t };
        if (best.size() == 2 && best[0].x != best[1].x && best[0].y != best[1].y)
            best = elbow(s, t);
        clipEnds(best, src, dst);
        route.points = std::move(best);
        finish(route);
        routes.push_back(std::move(route));
    }
    return routes;
}

} // namespace cw::layout::detail
