// SPDX-License-Identifier: MIT
#include "scene/source.h"

namespace cw::scene {

// Pictures paint everything once, so a scan is as fast as an index would be.
std::vector<int> DescriptionSource::nodesIn(const QRectF &area) const
{
    std::vector<int> out;
    for (std::size_t i = 0; i < m_scene.nodes.size(); ++i)
        if (m_scene.nodes[i].rect.intersects(area))
            out.push_back(int(i));
    return out;
}

NodeState DescriptionSource::stateOf(int i) const
{
    NodeState s;
    if (auto it = m_scene.badges.find(node(i).id.toStdString()); it != m_scene.badges.end()) {
        s.badgeCount = it->second.count;
        s.badgeSeverity = it->second.severity;
    }
    return s;
}

std::vector<int> DescriptionSource::routesIn(const QRectF &area) const
{
    std::vector<int> out;
    for (std::size_t r = 0; r < m_scene.routes.size(); ++r)
        if (m_scene.routes[r].bounds.intersects(area))
            out.push_back(int(r));
    return out;
}

} // namespace cw::scene
