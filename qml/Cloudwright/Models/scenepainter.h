// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QImage>
#include <QRectF>
#include <QSet>

class QPainter;

namespace cw::gui {

class SceneModel;
class ConnectionsModel;

/// Colours of the canvas (light or dark); the panels' colours live in the QML Theme.
struct SceneStyle
{
    QColor background, gridDot, text, textDim, card, cardBorder, accent, highlight, dropFill;
    QColor account, azureAccount, accountFill, network, networkFill, zone, line, labelFill;
    QColor tierBorder[3], tierFill[3];
    QColor severity[5];  ///< info, low, medium, high, critical

    static SceneStyle light();
    static SceneStyle dark();
};

/// What to draw besides the nodes themselves.
struct PaintOptions
{
    bool grid = true;
    QSet<int> hidden;  ///< nodes not drawn (being dragged: drawn apart)
};

/// Draws the part of the scene inside `area` (scene units) onto a painter already set up with
/// the zoom: containers, zone columns, subnets, connections (with arrows and protocol labels),
/// services, badges and selection. Text and icons are left out where they would be too small
/// to read (level of detail). Used for the canvas tiles, the drag image and exports.
void paintScene(QPainter &p, const SceneModel &scene, const ConnectionsModel *connections,
                const QRectF &area, double zoom, const SceneStyle &style, const PaintOptions &options = {});

/// An icon of the set at a pixel size, rendered once and cached.
QImage iconImage(const QString &url, int px);

} // namespace cw::gui
