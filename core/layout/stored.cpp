// SPDX-License-Identifier: MIT
#include "layout/placement.h"

#include <algorithm>
#include <unordered_map>

namespace cw::layout::detail {
namespace {

bool overlaps(const Rect &a, const Rect &b)
{
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

} // namespace

void applyStored(const Model &model, std::vector<Node> &nodes)
{
    const auto &stored = model.diagram.nodes;
    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < nodes.size(); ++i)
        index.emplace(nodes[i].id, i);
    // How far each node moved from its default place; children without a stored rect follow.
    std::vector<Point> delta(nodes.size());
    std::vector<std::vector<std::size_t>> children(nodes.size());
    std::vector<std::size_t> roots;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        Node &n = nodes[i];
        Point d;
        std::size_t p = SIZE_MAX;
        if (auto it = index.find(n.parent); !n.parent.empty() && it != index.end()) {
            p = it->second;
            d = delta[p];
            children[p].push_back(i);
        } else {
            roots.push_back(i);
        }
        if (auto it = stored.find(n.id);
            it != stored.end() && it->second.w > 0 && it->second.h > 0) {
            d = { it->second.x - n.rect.x, it->second.y - n.rect.y };
            n.rect = it->second;
            n.manual = true;
        } else {
            n.rect.x += d.x;
            n.rect.y += d.y;
        }
        delta[i] = d;
    }
    // Unplaced nodes that land on a stored sibling move below the siblings, with their subtree.
    auto moveTree = [&](std::size_t i, double dx, double dy, auto &&self) -> void {
        nodes[i].rect.x += dx;
        nodes[i].rect.y += dy;
        for (std::size_t c : children[i])
            self(c, dx, dy, self);
    };
    auto settle = [&](const std::vector<std::size_t> &siblings) {
        double bottom = -1e300, left = 1e300;
        bool anyManual = false;
        for (std::size_t s : siblings)
            if (nodes[s].manual) {
                anyManual = true;
                bottom = std::max(bottom, nodes[s].rect.y + nodes[s].rect.h);
                left = std::min(left, nodes[s].rect.x);
            }
        if (!anyManual)
            return;
        double x = left, y = bottom + kGap, rowH = 0;
        for (std::size_t s : siblings) {
            if (nodes[s].manual)
                continue;
            bool clash = false;
            for (std::size_t o : siblings)
                if (o != s && nodes[o].manual && overlaps(nodes[s].rect, nodes[o].rect))
                    clash = true;
            if (!clash)
                continue;
            moveTree(s, x - nodes[s].rect.x, y - nodes[s].rect.y, moveTree);
            x += nodes[s].rect.w + kGap;
            rowH = std::max(rowH, nodes[s].rect.h);
            if (x - left > 4 * (kServiceW + kGap)) {
                x = left;
                y += rowH + kGap;
                rowH = 0;
            }
        }
    };
    settle(roots);
    for (std::size_t i = 0; i < nodes.size(); ++i)
        settle(children[i]);
    // Containers grow, bottom-up, to hold their children with a margin.
    for (std::size_t i = nodes.size(); i-- > 0;) {
        for (std::size_t c : children[i]) {
            Rect r = nodes[c].rect;
            r.x -= kGap / 2;
            r.y -= kGap / 2;
            r.w += kGap;
            r.h += kGap;
            nodes[i].rect = unite(nodes[i].rect, r);
        }
    }
    // Grown top-level boxes may now cover unplaced neighbours: those step aside, externals left
    // of the accounts to the left, everything else to the right.
    double accountsLeft = 1e300;
    for (std::size_t r : roots)
        if (nodes[r].kind == NodeKind::Account)
            accountsLeft = std::min(accountsLeft, nodes[r].rect.x);
    std::vector<std::size_t> done;
    for (std::size_t r : roots) {
        if (!nodes[r].manual) {
            const bool leftward
                = nodes[r].kind == NodeKind::External && nodes[r].rect.x < accountsLeft;
            for (bool moved = true; moved;) {
                moved = false;
                for (std::size_t o : done)
                    if (overlaps(nodes[r].rect, nodes[o].rect)) {
                        const Rect &a = nodes[r].rect, &b = nodes[o].rect;
                        const double dx
                            = leftward ? b.x - kGap - (a.x + a.w) : b.x + b.w + kGap - a.x;
                        moveTree(r, dx, 0, moveTree);
                        moved = true;
                    }
            }
        }
        done.push_back(r);
    }
}

} // namespace cw::layout::detail
