// SPDX-License-Identifier: MIT
#include "routing.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace cw::gui {
namespace {

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

double distanceToRoute(const Route &route, const QPointF &p)
{
    double best = 1e300;
    for (int k = 1; k < route.points.size(); ++k)
        best = std::min(best, segmentDistance(route.points[k - 1], route.points[k], p));
    return best;
}

} // namespace cw::gui
