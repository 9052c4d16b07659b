// SPDX-License-Identifier: MIT
#include "layout/layout.h"
#include "layout/placement.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace cw::layout {
namespace {

enum Side { Right, Left, Bottom, Top };

struct End
{
    std::size_t request;
    bool source;
    double farCoord; ///< the other end's centre along this side, for ordering
};

using SideKey = std::tuple<double, double, double, double, int>;

SideKey keyOf(const Rect &r, Side s)
{
    return { r.x, r.y, r.w, r.h, int(s) };
}

Point centre(const Rect &r)
{
    return { r.x + r.w / 2, r.y + r.h / 2 };
}

Point portPoint(const Rect &r, Side s, double t)
{
    switch (s) {
    case Right:
        return { r.x + r.w, r.y + t * r.h };
    case Left:
        return { r.x, r.y + t * r.h };
    case Bottom:
        return { r.x + t * r.w, r.y + r.h };
    case Top:
        return { r.x + t * r.w, r.y };
    }
    return centre(r);
}

} // namespace

std::vector<Route> quickRoutes(const std::vector<std::pair<Rect, Rect>> &ends)
{
    const std::size_t n = ends.size();
    std::vector<Side> sideA(n), sideB(n);
    std::vector<bool> loop(n, false);
    std::map<SideKey, std::vector<End>> sides;
    for (std::size_t i = 0; i < n; ++i) {
        const Rect &a = ends[i].first, &b = ends[i].second;
        const Point ca = centre(a), cb = centre(b);
        const double gapX = std::max(b.x - (a.x + a.w), a.x - (b.x + b.w));
        const double gapY = std::max(b.y - (a.y + a.h), a.y - (b.y + b.h));
        if (gapX < 12 && gapY < 12) {
            loop[i] = true; // overlapping or touching boxes: a loop out of their right sides
            sideA[i] = sideB[i] = Right;
        } else if (gapX >= gapY) {
            const bool right = ca.x < cb.x;
            sideA[i] = right ? Right : Left;
            sideB[i] = right ? Left : Right;
        } else {
            const bool down = ca.y < cb.y;
            sideA[i] = down ? Bottom : Top;
            sideB[i] = down ? Top : Bottom;
        }
        const bool horizontal = sideA[i] == Right || sideA[i] == Left;
        sides[keyOf(a, sideA[i])].push_back({ i, true, horizontal ? cb.y : cb.x });
        sides[keyOf(b, sideB[i])].push_back({ i, false, horizontal ? ca.y : ca.x });
    }
    // Ends sharing a side are spread along it in the order of their far ends (fewer crossings);
    // the middle segments of routes leaving one side are staggered so they stay apart.
    std::vector<double> tA(n, 0.5), tB(n, 0.5), stagger(n, 0);
    for (auto &[key, list] : sides) {
        std::stable_sort(list.begin(), list.end(),
            [](const End &x, const End &y) { return x.farCoord < y.farCoord; });
        const std::size_t m = list.size();
        for (std::size_t k = 0; k < m; ++k) {
            const double t = m == 1 ? 0.5 : 0.2 + 0.6 * double(k) / double(m - 1);
            (list[k].source ? tA : tB)[list[k].request] = t;
            if (list[k].source)
                stagger[list[k].request] = (double(k) - double(m - 1) / 2.0) * 12;
        }
    }
    std::vector<Route> out(n);
    for (std::size_t i = 0; i < n; ++i) {
        const Rect &a = ends[i].first, &b = ends[i].second;
        const Point p0 = portPoint(a, sideA[i], tA[i]);
        const Point p3 = portPoint(b, sideB[i], tB[i]);
        std::vector<Point> pts;
        if (loop[i]) {
            const double x = std::max(a.x + a.w, b.x + b.w) + 28 + std::abs(stagger[i]);
            pts = { p0, { x, p0.y }, { x, p3.y }, p3 };
        } else if (sideA[i] == Right || sideA[i] == Left) {
            if (std::abs(p0.y - p3.y) < 0.5) {
                pts = { p0, p3 };
            } else {
                const double lo = std::min(p0.x, p3.x) + 8, hi = std::max(p0.x, p3.x) - 8;
                const double mx = lo < hi ? std::clamp((p0.x + p3.x) / 2 + stagger[i], lo, hi)
                                          : (p0.x + p3.x) / 2;
                pts = { p0, { mx, p0.y }, { mx, p3.y }, p3 };
            }
        } else if (std::abs(p0.x - p3.x) < 0.5) {
            pts = { p0, p3 };
        } else {
            const double lo = std::min(p0.y, p3.y) + 8, hi = std::max(p0.y, p3.y) - 8;
            const double my
                = lo < hi ? std::clamp((p0.y + p3.y) / 2 + stagger[i], lo, hi) : (p0.y + p3.y) / 2;
            pts = { p0, { p0.x, my }, { p3.x, my }, p3 };
        }
        Route &r = out[i];
        r.connection = i;
        r.fallback = true;
        double best = -1;
        for (std::size_t k = 1; k < pts.size(); ++k) {
            const double len
                = std::abs(pts[k].x - pts[k - 1].x) + std::abs(pts[k].y - pts[k - 1].y);
            if (len > best) {
                best = len;
                r.labelAt = { (pts[k].x + pts[k - 1].x) / 2, (pts[k].y + pts[k - 1].y) / 2 };
            }
        }
        r.points = std::move(pts);
    }
    return out;
}

std::vector<Route> route(const Model &model, const Geometry &geometry, const Options &options)
{
    return detail::routeConnections(model, geometry, options);
}

} // namespace cw::layout
