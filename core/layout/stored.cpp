// SPDX-License-Identifier: MIT
#include "layout/placement.h"

#include <cmath>
#include <unordered_map>

namespace cw::layout::detail {

void applyStored(const Model &model, std::vector<Node> &nodes)
{
    const auto &stored = model.diagram.nodes;
    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < nodes.size(); ++i)
        index.emplace(nodes[i].id, i);
    // How far each node moved from its default place; children without a stored rect follow.
    std::vector<Point> delta(nodes.size());
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        Node &n = nodes[i];
        Point d;
        if (auto it = index.find(n.parent); !n.parent.empty() && it != index.end())
            d = delta[it->second];
        const auto s = stored.find(n.id);
        // Rects the loader would refuse (models built in code may hold anything) are not taken.
        const bool valid = s != stored.end() && std::abs(s->second.x) <= 1e7
            && std::abs(s->second.y) <= 1e7 && s->second.w > 0 && s->second.w <= 1e6
            && s->second.h > 0 && s->second.h <= 1e6;
        if (valid) {
            d = { s->second.x - n.rect.x, s->second.y - n.rect.y };
            n.rect = s->second;
            n.manual = true;
        } else {
            n.rect.x += d.x;
            n.rect.y += d.y;
        }
        delta[i] = d;
    }
    normalise(model, nodes);
}

} // namespace cw::layout::detail
