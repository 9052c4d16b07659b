// SPDX-License-Identifier: MIT
#include "layout/obstacles.h"
#include "layout/placement.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <initializer_list>
#include <unordered_map>

namespace cw::layout::detail {
namespace {

constexpr double kClear = 24; ///< distance kept from a box when detouring around it
constexpr double kBendCost = 40;
constexpr double kTitleCharW = 7.5; ///< average advance of a 12 px bold title character
constexpr double kDetailCharW = 6.2; ///< and of a 10 px detail line character

/// Characters of a container's title and of its detail line, as the exporters
/// write them.
struct LabelText
{
    std::size_t title = 0;
    std::size_t detail = 0;
};

std::size_t joinedLength(const std::vector<std::string> &items)
{
    std::size_t n = 0;
    for (const auto &i : items)
        n += i.size() + 2;
    return n;
}

std::unordered_map<std::string, LabelText> labelTexts(const Model &model)
{
    std::unordered_map<std::string, LabelText> out;
    for (const auto &a : model.accounts) {
        const std::string_view role = toString(a.role), env = toString(a.environment);
        out[a.id] = { (a.name.empty() ? a.id : a.name).size(), 22 + role.size() + env.size() };
        for (const auto &n : a.networks) {
            out[n.id] = { (n.name.empty() ? n.id : n.name).size(),
                joinedLength(n.cidrs) + n.region.size() + 3 };
            for (const auto &s : n.subnets)
                out[s.id] = { (s.name.empty() ? s.id : s.name).size(),
                    toString(s.tier).size() + s.cidr.size() + 3 };
        }
    }
    return out;
}

/// The title label in the top-left corner of a container (centred for zone
/// columns).
Rect labelRect(const Node &n, const std::unordered_map<std::string, LabelText> &texts)
{
    const Rect &r = n.rect;
    if (n.kind == NodeKind::Zone) {
        const auto slash = n.id.find('/');
        const double chars
            = double(slash == std::string::npos ? n.id.size() : n.id.size() - slash - 1);
        const double w = std::min(r.w, chars * kTitleCharW + 16);
        return { r.x + (r.w - w) / 2, r.y, w, std::min(r.h, 24.0) };
    }
    const auto it = texts.find(n.id);
    const LabelText t = it == texts.end() ? LabelText { n.id.size(), 0 } : it->second;
    const double w = 40 + std::max(double(t.title) * kTitleCharW, double(t.detail) * kDetailCharW);
    return { r.x, r.y, std::min(r.w, w), std::min(r.h, 36.0) };
}

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

/// A candidate path: up to five points, kept on the stack (thousands are scored per layout).
struct Path
{
    std::array<Point, 5> p {};
    std::size_t n = 0;

    Path(std::initializer_list<Point> points)
    {
        for (const Point &q : points)
            p[n++] = q;
    }

    /// Drops repeated and collinear points.
    void simplify()
    {
        std::size_t m = 0;
        for (std::size_t i = 0; i < n; ++i) {
            const Point &q = p[i];
            if (m > 0 && std::abs(p[m - 1].x - q.x) < 1e-9 && std::abs(p[m - 1].y - q.y) < 1e-9)
                continue;
            if (m >= 2) {
                const Point &a = p[m - 2], &b = p[m - 1];
                if ((a.x == b.x && b.x == q.x) || (a.y == b.y && b.y == q.y)) {
                    p[m - 1] = q;
                    continue;
                }
            }
            p[m++] = q;
        }
        n = m;
    }
};

/// Cost of a path: length, bends and what it crosses. Stops once it reaches bound (the best
/// cost so far): the cheap parts first, then the obstacle lookups only while the path can win.
double score(const Path &path, const Obstacles &obs, const Rect &src, const Rect &dst,
    std::vector<std::size_t> &hit, double bound)
{
    const auto &pts = path.p;
    double cost = double(path.n - 2) * kBendCost;
    hit.clear();
    for (std::size_t i = 0; i + 1 < path.n; ++i)
        cost += std::abs(pts[i + 1].x - pts[i].x) + std::abs(pts[i + 1].y - pts[i].y);
    // A middle segment through its own end boxes reads as a wrong connection.
    for (std::size_t i = 1; i + 2 < path.n; ++i) {
        const Point m { (pts[i].x + pts[i + 1].x) / 2, (pts[i].y + pts[i + 1].y) / 2 };
        if (inside(m, src) || inside(m, dst))
            cost += kHitCost / 2;
    }
    for (std::size_t i = 0; i + 1 < path.n && cost < bound; ++i)
        cost += obs.cost(pts[i], pts[i + 1], src, dst, hit);
    return cost;
}

/// The best of the candidate paths between two boxes.
class Search
{
public:
    Search(const Obstacles &obs, const Rect &src, const Rect &dst, std::vector<std::size_t> &hit)
        : m_obs(obs)
        , m_src(src)
        , m_dst(dst)
        , m_hit(hit)
    { }

    void consider(Path path)
    {
        path.simplify();
        if (path.n < 2)
            return;
        const double cost = score(path, m_obs, m_src, m_dst, m_hit, m_bestCost);
        if (cost < m_bestCost) {
            m_bestCost = cost;
            m_best = path;
            m_bestHits = m_hit;
        }
    }

    /// Three-segment paths through vertical channels at xs and horizontal channels at ys.
    void channels(Point s, Point t, const std::vector<double> &xs, const std::vector<double> &ys)
    {
        for (double mx : xs)
            consider({ s, { mx, s.y }, { mx, t.y }, t });
        for (double my : ys)
            consider({ s, { s.x, my }, { t.x, my }, t });
    }

    bool found() const { return m_best.n > 0; }
    const std::vector<std::size_t> &hits() const { return m_bestHits; }
    std::vector<Point> best() const
    {
        return { m_best.p.begin(), m_best.p.begin() + long(m_best.n) };
    }

private:
    const Obstacles &m_obs;
    const Rect &m_src;
    const Rect &m_dst;
    std::vector<std::size_t> &m_hit;
    double m_bestCost = 1e300;
    Path m_best {};
    std::vector<std::size_t> m_bestHits;
};

} // namespace

std::vector<Rect> titleLabels(const Model &model, const std::vector<Node> &nodes)
{
    const auto texts = labelTexts(model);
    std::vector<Rect> out;
    for (const auto &n : nodes)
        if (n.kind != NodeKind::Service && n.kind != NodeKind::External)
            out.push_back(labelRect(n, texts));
    return out;
}

std::vector<Route> routeConnections(
    const Model &model, const Geometry &geometry, const Options &options)
{
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    Obstacles obs;
    const auto texts = labelTexts(model);
    for (const auto &n : geometry.nodes) {
        if (n.kind == NodeKind::Service || n.kind == NodeKind::External)
            obs.add(n.rect, kHitCost, true);
        else
            obs.add(labelRect(n, texts), kLabelCost, false);
    }
    std::vector<Route> routes;
    std::vector<std::size_t> hit;
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
            Search search(obs, src, dst, hit);
            search.consider({ s, { t.x, s.y }, t });
            search.consider({ s, { s.x, t.y }, t });
            search.channels(s, t,
                { (s.x + t.x) / 2, src.x + src.w + kClear, src.x - kClear, dst.x - kClear,
                    dst.x + dst.w + kClear },
                { (s.y + t.y) / 2, src.y + src.h + kClear, src.y - kClear, dst.y - kClear,
                    dst.y + dst.h + kClear });
            // Still crossing something: try channels just beside what it crosses, then paths
            // with two bends that leave one channel for another.
            if (!search.hits().empty()) {
                std::vector<double> xs, ys;
                const auto hits = search.hits();
                for (std::size_t k = 0; k < hits.size() && k < 3; ++k) {
                    const Rect &r = obs.rect(hits[k]);
                    xs.insert(xs.end(), { r.x - kClear / 2, r.x + r.w + kClear / 2 });
                    ys.insert(ys.end(), { r.y - kClear / 2, r.y + r.h + kClear / 2 });
                }
                search.channels(s, t, xs, ys);
                if (!search.hits().empty()) {
                    xs.insert(xs.end(),
                        { src.x - kClear, src.x + src.w + kClear, dst.x - kClear,
                            dst.x + dst.w + kClear });
                    ys.insert(ys.end(),
                        { src.y - kClear, src.y + src.h + kClear, dst.y - kClear,
                            dst.y + dst.h + kClear });
                    for (double mx : xs)
                        for (double my : ys) {
                            search.consider({ s, { mx, s.y }, { mx, my }, { t.x, my }, t });
                            search.consider({ s, { s.x, my }, { mx, my }, { mx, t.y }, t });
                        }
                }
            }
            if (search.found())
                best = search.best();
        }
        simplify(best);
        if (best.size() < 2)
            best = { s, t };
        if (best.size() == 2 && best[0].x != best[1].x && best[0].y != best[1].y)
            best = elbow(s, t);
        clipEnds(best, src, dst);
        route.points = std::move(best);
        routes.push_back(std::move(route));
    }
    separateParallel(routes, geometry, model, obs);
    return routes;
}

} // namespace cw::layout::detail
