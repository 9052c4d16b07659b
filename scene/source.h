// SPDX-License-Identifier: MIT
#pragma once

#include "scene/description.h"

#include <QRectF>
#include <vector>

namespace cw::scene {

/// What the painter shows on a node besides the node itself.
struct NodeState
{
    int badgeCount = 0;
    int badgeSeverity = -1; ///< 0 (info) .. 4 (critical); -1 without findings
    bool selected = false;
    bool highlighted = false; ///< an end of the selected connection
    bool dropTarget = false;
};

/// Read-only access to what is drawn, for the painter: the canvas implements it over its live
/// models (drag previews, selection), pictures over a built Scene (DescriptionSource).
class SceneSource
{
public:
    virtual ~SceneSource() = default;

    /// Nodes whose rects intersect area, in any order.
    virtual std::vector<int> nodesIn(const QRectF &area) const = 0;
    virtual const SceneNode &node(int i) const = 0;
    /// The rect node i is drawn at (the canvas: with drag and resize previews).
    virtual QRectF rectOf(int i) const = 0;
    virtual NodeState stateOf(int i) const = 0;
    /// Routes whose bounds intersect area.
    virtual std::vector<int> routesIn(const QRectF &area) const = 0;
    /// Route row with its label (by value: routes are implicitly shared).
    virtual SceneRoute route(int row) const = 0;
    virtual bool isRouteSelected(int row) const = 0;
};

/// A built scene as a source: badges from the scene, nothing selected.
class DescriptionSource : public SceneSource
{
public:
    explicit DescriptionSource(const Scene &scene)
        : m_scene(scene)
    { }

    std::vector<int> nodesIn(const QRectF &area) const override;
    const SceneNode &node(int i) const override { return m_scene.nodes[std::size_t(i)]; }
    QRectF rectOf(int i) const override { return node(i).rect; }
    NodeState stateOf(int i) const override;
    std::vector<int> routesIn(const QRectF &area) const override;
    SceneRoute route(int row) const override { return m_scene.routes[std::size_t(row)]; }
    bool isRouteSelected(int) const override { return false; }

private:
    const Scene &m_scene;
};

} // namespace cw::scene
