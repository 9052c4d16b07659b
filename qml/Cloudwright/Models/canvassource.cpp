// SPDX-License-Identifier: MIT
#include "canvassource.h"

#include "connectionsmodel.h"
#include "scenemodel.h"

namespace cw::gui {

std::vector<int> CanvasSource::nodesIn(const QRectF &area) const
{
    return m_scene.nodesIn(area);
}

const scene::SceneNode &CanvasSource::node(int i) const
{
    return m_scene.node(i);
}

QRectF CanvasSource::rectOf(int i) const
{
    return m_scene.rectOf(i);
}

scene::NodeState CanvasSource::stateOf(int i) const
{
    scene::NodeState s;
    s.badgeCount = m_scene.nodeData(i, SceneModel::BadgeCountRole).toInt();
    s.badgeSeverity = m_scene.nodeData(i, SceneModel::BadgeSeverityRole).toInt();
    s.selected = m_scene.nodeData(i, SceneModel::SelectedRole).toBool();
    s.highlighted = m_scene.nodeData(i, SceneModel::HighlightedRole).toBool();
    s.dropTarget = m_scene.nodeData(i, SceneModel::DropTargetRole).toBool();
    return s;
}

std::vector<int> CanvasSource::routesIn(const QRectF &area) const
{
    return m_connections ? m_connections->rowsIn(area) : std::vector<int> {};
}

scene::SceneRoute CanvasSource::route(int row) const
{
    return m_connections->route(row);
}

bool CanvasSource::isRouteSelected(int row) const
{
    return m_connections->isSelected(row);
}

} // namespace cw::gui
