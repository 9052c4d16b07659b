// SPDX-License-Identifier: MIT
#pragma once

#include "scenestyle.h"

#include <QRectF>
#include <QSet>

class QPainter;

namespace cw::gui {

class SceneModel;
class ConnectionsModel;

/// What to draw besides the nodes themselves.
struct PaintOptions
{
    bool grid = true;
    QSet<int> hidden; ///< nodes not drawn
};

/// Draws the part of the scene inside `area` (scene units) onto a painter already set up with
/// the zoom: containers, zone columns, subnets, connections (with arrows and protocol labels),
/// services, badges, drop targets, selection with resize handles and highlighted connection
/// ends. Level of detail: names too small at their design size are drawn larger while their
/// box has room for a readable line, and left out (like icons) where it has none.
void paintScene(QPainter &p, const SceneModel &scene, const ConnectionsModel *connections,
    const QRectF &area, double zoom, const SceneStyle &style, const PaintOptions &options = {});

/// How far (scene units) a connection's drawing (protocol label, arrow head) reaches beyond
/// its route's bounds at a zoom.
double connectionReach(double zoom);

} // namespace cw::gui
