// SPDX-License-Identifier: MIT
#pragma once

#include <QPointF>
#include <QRectF>
#include <QVector>
#include <vector>

namespace cw::gui {

/// One connection to route between two boxes.
struct RouteRequest
{
    QRectF from;
    QRectF to;
};

/// An orthogonal polyline from the border of one box to the border of the other.
struct Route
{
    QVector<QPointF> points; ///< at least two; every segment horizontal or vertical
    QPointF labelPos; ///< middle of the longest segment
    QRectF bounds; ///< of the points, slightly grown (never empty)
};

/// Routes every request: each end leaves the side facing the other box; ends sharing a side
/// are spread along it in the order of their far ends (fewer crossings), and the middle
/// segments of routes leaving one side are staggered so parallel lines stay apart.
std::vector<Route> routeAll(const std::vector<RouteRequest> &requests);

/// Distance from p to the polyline.
double distanceToRoute(const Route &route, const QPointF &p);

} // namespace cw::gui
