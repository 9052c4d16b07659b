// SPDX-License-Identifier: MIT
#include "routing.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace cw::gui {
namespace {

enum Side { Right, Left, Bottom, Top };

struct End
{
    int request;
    bool source;
    double farCoord; ///< the other end's centre along this side, for ordering
};

using SideKey = std::tuple<double, double, double, double, int>;

SideKey keyOf(const QRectF &r, Side s)
{
    return { r.x(), r.y(), r.width(), r.height(), int(s) };
}

QPointF portPoint(const QRectF &r, Side s, double t)
{
    switch (s) {
    case Right:
        return { r.right(), r.top() + t * r.height() };
    case Left:
        return { r.left(), r.top() + t * r.height() };
    case Bottom:
        return { r.left() + t * r.width(), r.bottom() };
    case Top:
        return { r.left() + t * r.width(), r.top() };
    }
    return r.center();
}

double segmentDistance(const QPointF &a, const QPointF &b, const QPointF &p)
{
    const QPointF d = b - a;
    const double len2 = d.x() * d.x() + d.y() * d.y();
    double t = len2 > 0 ? ((p - a).x() * d.x() + (p - a).y() * d.y()) / len2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF q = a + t * d - p;
    return std::sqrt(q.x() * q.x() + q.y() * q.y());
}

} // namespace

std::vector<Route> routeAll(const std::vector<RouteRequest> &requests)
{
    const int n = int(requests.size());
    std::vector<Side> sideA(n), sideB(n);
    std::vector<bool> loop(n, false);
    std::map<SideKey, std::vector<End>> sides;
    for (int i = 0; i < n; ++i) {
        const QRectF &a = requests[i].from, &b = requests[i].to;
        const double gapX = std::max(b.left() - a.right(), a.left() - b.right());
        const double gapY = std::max(b.top() - a.bottom(), a.top() - b.bottom());
        if (gapX < 12 && gapY < 12) {
            loop[i] = true;
            sideA[i] = sideB[i] = Right;
        } else if (gapX >= gapY) {
            const bool right = a.center().x() < b.center().x();
            sideA[i] = right ? Right : Left;
            sideB[i] = right ? Left : Right;
        } else {
            const bool down = a.center().y() < b.center().y();
            sideA[i] = down ? Bottom : Top;
            sideB[i] = down ? Top : Bottom;
        }
        const bool horizontal = sideA[i] == Right || sideA[i] == Left;
        sides[keyOf(a, sideA[i])].push_back(
            { i, true, horizontal ? b.center().y() : b.center().x() });
        sides[keyOf(b, sideB[i])].push_back(
            { i, false, horizontal ? a.center().y() : a.center().x() });
    }
    // Spread the ends that share a side, ordered by where their far ends are.
    std::vector<double> tA(n, 0.5), tB(n, 0.5);
    std::vector<double> stagger(n, 0);
    for (auto &[key, ends] : sides) {
        std::stable_sort(ends.begin(), ends.end(),
            [](const End &x, const End &y) { return x.farCoord < y.farCoord; });
        const int m = int(ends.size());
        for (int k = 0; k < m; ++k) {
            const double t = m == 1 ? 0.5 : 0.2 + 0.6 * k / (m - 1);
            (ends[k].source ? tA : tB)[ends[k].request] = t;
            if (ends[k].source)
                stagger[ends[k].request] = (k - (m - 1) / 2.0) * 12;
        }
    }
    std::vector<Route> out(n);
    for (int i = 0; i < n; ++i) {
        const QRectF &a = requests[i].from, &b = requests[i].to;
        const QPointF p0 = portPoint(a, sideA[i], tA[i]);
        const QPointF p3 = portPoint(b, sideB[i], tB[i]);
        QVector<QPointF> pts;
        if (loop[i]) {
            const double x = std::max(a.right(), b.right()) + 28 + std::abs(stagger[i]);
            pts = { p0, { x, p0.y() }, { x, p3.y() }, p3 };
        } else if (sideA[i] == Right || sideA[i] == Left) {
            if (std::abs(p0.y() - p3.y()) < 0.5) {
                pts = { p0, p3 };
            } else {
                const double lo = std::min(p0.x(), p3.x()) + 8, hi = std::max(p0.x(), p3.x()) - 8;
                const double mx = lo < hi ? std::clamp((p0.x() + p3.x()) / 2 + stagger[i], lo, hi)
                                          : (p0.x() + p3.x()) / 2;
                pts = { p0, { mx, p0.y() }, { mx, p3.y() }, p3 };
            }
        } else {
            if (std::abs(p0.x() - p3.x()) < 0.5) {
                pts = { p0, p3 };
            } else {
                const double lo = std::min(p0.y(), p3.y()) + 8, hi = std::max(p0.y(), p3.y()) - 8;
                const double my = lo < hi ? std::clamp((p0.y() + p3.y()) / 2 + stagger[i], lo, hi)
                                          : (p0.y() + p3.y()) / 2;
                pts = { p0, { p0.x(), my }, { p3.x(), my }, p3 };
            }
        }
        Route &r = out[i];
        r.points = pts;
        double best = -1;
        double x0 = pts.front().x(), y0 = pts.front().y(), x1 = x0, y1 = y0;
        for (int k = 1; k < pts.size(); ++k) {
            const QPointF d = pts[k] - pts[k - 1];
            const double len = std::abs(d.x()) + std::abs(d.y());
            if (len > best) {
                best = len;
                r.labelPos = (pts[k] + pts[k - 1]) / 2;
            }
            x0 = std::min(x0, pts[k].x());
            y0 = std::min(y0, pts[k].y());
            x1 = std::max(x1, pts[k].x());
            y1 = std::max(y1, pts[k].y());
        }
        r.bounds = QRectF(QPointF(x0, y0), QPointF(x1, y1)).adjusted(-6, -6, 6, 6);
    }
    return out;
}

double distanceToRoute(const Route &route, const QPointF &p)
{
    double best = 1e300;
    for (int k = 1; k < route.points.size(); ++k)
        best = std::min(best, segmentDistance(route.points[k - 1], route.points[k], p));
    return best;
}

} // namespace cw::gui
