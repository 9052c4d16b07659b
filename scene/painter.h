// SPDX-License-Identifier: MIT
#pragma once

#include "scene/source.h"
#include "scene/style.h"

#include <QRectF>
#include <QSet>
#include <vector>

class QPainter;

namespace cw::scene {

/// What to draw besides the nodes themselves.
struct PaintOptions
{
    bool grid = true;
    QSet<int> hidden; ///< nodes not drawn
    /// Icons as vectors (SVG and PDF output) rather than cached images at the screen size.
    bool vectorIcons = false;
    /// Lines of constant width on screen (the canvas); false for pictures scaled as a whole.
    bool cosmeticPens = true;
    /// When set, receives the nodes whose name could not be shown in full (wrapped to three
    /// lines at the smallest size and still cut): pictures list their full names.
    std::vector<int> *cutNames = nullptr;
};

/// Edge and fill colour of a box of this kind, as painted (also for legends and the minimap).
struct NodeLook
{
    QColor edge;
    QColor fill;
    bool dashed = false; ///< zone columns
};
NodeLook lookOf(const SceneStyle &style, NodeType type, int tier, Provider provider);

/// Draws the part of the scene inside `area` (scene units) onto a painter already set up with
/// the zoom: containers, zone columns, subnets, connections (with arrows and protocol labels),
/// services, badges, drop targets, selection with resize handles and highlighted connection
/// ends. Level of detail: names too small at their design size are drawn larger while their
/// box has room for a readable line, and left out (like icons) where it has none.
void paintScene(QPainter &p, const SceneSource &source, const QRectF &area, double zoom,
    const SceneStyle &style, const PaintOptions &options = {});

/// How far (scene units) a connection's drawing (protocol label, arrow head) reaches beyond
/// its route's bounds at a zoom.
double connectionReach(double zoom);

} // namespace cw::scene
