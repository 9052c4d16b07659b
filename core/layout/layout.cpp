// SPDX-License-Identifier: MIT
#include "layout/layout.h"

#include "layout/placement.h"

#include <algorithm>

namespace cw::layout {

const Node *Geometry::find(std::string_view id) const
{
    const auto it = m_index.find(id);
    return it == m_index.end() ? nullptr : &nodes[it->second];
}

void Geometry::reindex()
{
    m_index.clear();
    for (std::size_t i = 0; i < nodes.size(); ++i)
        m_index.emplace(nodes[i].id, i); // the first of a duplicated id wins, as in ModelIndex
}

std::vector<std::string> columnZones(const Network &network)
{
    // A network whose subnets are all regional (Azure) has one regional column: its zone list
    // then only says where zonal services may go, and empty columns would dwarf the subnets.
    const bool regionalOnly = !network.subnets.empty()
        && std::all_of(network.subnets.begin(), network.subnets.end(),
            [](const Subnet &s) { return s.zone.empty(); });
    if (regionalOnly)
        return { std::string() };
    std::vector<std::string> zones = network.zones;
    for (const auto &s : network.subnets)
        if (std::find(zones.begin(), zones.end(), s.zone) == zones.end())
            zones.push_back(s.zone);
    return zones;
}

std::string zoneNodeId(const Network &network, std::string_view zone)
{
    // '/' never occurs in model ids, so zone column ids cannot collide with elements.
    return network.id + "/" + std::string(zone);
}

Geometry layout(const Model &model, const Options &options)
{
    Geometry g;
    g.nodes = detail::placeDefault(model, options);
    if (options.keepManual && !model.diagram.nodes.empty())
        detail::applyStored(model, g.nodes);
    else
        detail::normalise(model, g.nodes);
    g.reindex();
    if (options.route)
        g.routes = detail::routeConnections(model, g, options);
    bool first = true;
    for (const auto &n : g.nodes) {
        g.bounds = first ? n.rect : detail::unite(g.bounds, n.rect);
        first = false;
    }
    for (const auto &r : g.routes)
        for (const auto &p : r.points) {
            g.bounds
                = first ? Rect { p.x, p.y, 0, 0 } : detail::unite(g.bounds, { p.x, p.y, 0, 0 });
            first = false;
        }
    return g;
}

Diagram settledGeometry(const Model &model)
{
    Diagram out = model.diagram;
    if (out.nodes.empty())
        return out;
    const Geometry g = layout(model, { .route = false });
    for (auto &[id, rect] : out.nodes)
        if (const Node *n = g.find(id))
            rect = n->rect;
    return out;
}

Geometry tidy(const Model &model, const Options &options)
{
    Options o = options;
    o.keepManual = false;
    return layout(model, o);
}

} // namespace cw::layout
