// SPDX-License-Identifier: MIT
#pragma once

#include <QPointF>
#include <QRectF>
#include <QVector>
#include <vector>

namespace cw::gui {

/// An orthogonal polyline from the border of one box to the border of the other.
struct Route
{
    QVector<QPointF> points; ///< at least two; every segment horizontal or vertical
    QPointF labelPos; ///< middle of the longest segment
    QRectF bounds; ///< of the points, slightly grown (never empty)
};

/// Distance from p to the polyline.
double distanceToRoute(const Route &route, const QPointF &p);

} // namespace cw::gui
