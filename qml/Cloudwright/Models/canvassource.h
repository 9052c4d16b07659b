// SPDX-License-Identifier: MIT
#pragma once

#include "scene/source.h"

namespace cw::gui {

class SceneModel;
class ConnectionsModel;

/// The canvas's live models as the shared painter's source: node rects with drag and resize
/// previews, badges, selection, highlighted ends and the drop target from SceneModel; routes,
/// labels and the selected connection from ConnectionsModel (optional).
class CanvasSource : public scene::SceneSource
{
public:
    CanvasSource(const SceneModel &scene, const ConnectionsModel *connections)
        : m_scene(scene)
        , m_connections(connections)
    { }

    std::vector<int> nodesIn(const QRectF &area) const override;
    const scene::SceneNode &node(int i) const override;
    QRectF rectOf(int i) const override;
    scene::NodeState stateOf(int i) const override;
    std::vector<int> routesIn(const QRectF &area) const override;
    scene::SceneRoute route(int row) const override;
    bool isRouteSelected(int row) const override;

private:
    const SceneModel &m_scene;
    const ConnectionsModel *m_connections;
};

} // namespace cw::gui
