// SPDX-License-Identifier: MIT
#include "scene.h"

#include <algorithm>

namespace cw::gui {

Scene buildScene(const Model &model, const layout::Geometry &geometry, const Catalog &catalog)
{
    // The canvas geometry as cw::layout's: element rects, plus every zone column (sized below).
    cw::layout::Geometry g;
    for (const auto &[id, rect] : geometry)
        g.nodes.push_back({ id, {}, cw::layout::NodeKind::Service, rect, true });
    for (const auto &acc : model.accounts)
        for (const auto &net : acc.networks)
            for (const auto &zone : cw::layout::columnZones(net))
                g.nodes.push_back({ cw::layout::zoneNodeId(net, zone), net.id,
                    cw::layout::NodeKind::Zone, {}, false });
    g.reindex();
    Scene out = scene::buildScene(model, g, {}, catalog);
    out.bounds = QRectF();
    for (int i = 0; i < int(out.nodes.size()); ++i)
        if (out.nodes[std::size_t(i)].type == NodeType::Network)
            updateZoneColumns(out, i);
    for (const auto &n : out.nodes)
        out.bounds = out.bounds.isNull() ? n.rect : out.bounds.united(n.rect);
    return out;
}

void updateZoneColumns(Scene &scene, int ni)
{
    const QRectF net = scene.nodes[std::size_t(ni)].rect;
    std::vector<int> zones;
    double top = 1e300;
    bool hasSubnets = false;
    // buildScene emits a network's zones and subnets right after it, before any service that
    // could have a subnet as parent, so the scan stops at the first node of another parent.
    for (int i = ni + 1; i < int(scene.nodes.size()) && scene.nodes[std::size_t(i)].parent == ni;
         ++i) {
        const SceneNode &n = scene.nodes[std::size_t(i)];
        if (n.type == NodeType::Zone)
            zones.push_back(i);
        else if (n.type == NodeType::Subnet) {
            top = std::min(top, n.rect.top());
            hasSubnets = true;
        }
    }
    if (zones.empty())
        return;
    const double minTop = net.top() + layout::kNetworkTitle;
    top = hasSubnets ? std::max(minTop, top - layout::kColumnTitle) : minTop;
    const double bottom = std::max(top + 60, net.bottom() - layout::kNetworkPad / 2);
    const int n = int(zones.size());
    const double w = (net.width() - 2 * layout::kNetworkPad - (n - 1) * layout::kColumnGap) / n;
    for (int k = 0; k < n; ++k)
        scene.nodes[std::size_t(zones[std::size_t(k)])].rect
            = QRectF(net.left() + layout::kNetworkPad + k * (w + layout::kColumnGap), top,
                std::max(w, 40.0), bottom - top);
}

} // namespace cw::gui
