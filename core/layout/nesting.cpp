// SPDX-License-Identifier: MIT
#include "layout/nesting.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace cw::layout {
namespace {

constexpr double kEps = 1e-6;

bool contains(const Rect &outer, const Rect &inner)
{
    return inner.x >= outer.x - kEps && inner.y >= outer.y - kEps
        && inner.x + inner.w <= outer.x + outer.w + kEps
        && inner.y + inner.h <= outer.y + outer.h + kEps;
}

bool overlap(const Rect &a, const Rect &b)
{
    return a.x < b.x + b.w - kEps && b.x < a.x + a.w - kEps && a.y < b.y + b.h - kEps
        && b.y < a.y + a.h - kEps;
}

void elementIds(const Model &m, std::vector<std::string> &ids)
{
    for (const auto &a : m.accounts) {
        ids.push_back(a.id);
        for (const auto &n : a.networks) {
            ids.push_back(n.id);
            for (const auto &s : n.subnets)
                ids.push_back(s.id);
            for (const auto &s : n.services)
                ids.push_back(s.id);
        }
        for (const auto &s : a.services)
            ids.push_back(s.id);
    }
    for (const auto &e : m.externals)
        ids.push_back(e.id);
}

} // namespace

std::vector<std::string> nestingProblems(const Model &model, const Geometry &geometry)
{
    std::vector<std::string> out;
    std::vector<std::string> ids;
    elementIds(model, ids);
    for (const auto &id : ids) {
        const Node *n = geometry.find(id);
        if (!n)
            out.push_back(id + " is not placed");
        else if (!(n->rect.w > 0 && n->rect.h > 0) || !std::isfinite(n->rect.x)
            || !std::isfinite(n->rect.y))
            out.push_back(id + " has no size");
    }
    std::set<std::string> spanning;
    std::set<std::pair<std::string, std::string>> bandOver; ///< (band, a subnet it spans)
    for (const auto &a : model.accounts)
        for (const auto &net : a.networks) {
            std::set<std::string> subnetIds;
            for (const auto &s : net.subnets)
                subnetIds.insert(s.id);
            for (const auto &s : net.services) {
                std::vector<const Node *> spanned;
                for (const auto &r : s.subnets)
                    if (const Node *sn = subnetIds.count(r) ? geometry.find(r) : nullptr;
                        sn && std::find(spanned.begin(), spanned.end(), sn) == spanned.end())
                        spanned.push_back(sn);
                const Node *band = geometry.find(s.id);
                if (spanned.size() < 2 || !band)
                    continue;
                spanning.insert(s.id);
                for (const Node *sn : spanned)
                    bandOver.emplace(s.id, sn->id);
                // The band lies in the row of its first subnet, across all of them.
                const Rect &anchor = spanned.front()->rect;
                if (band->rect.y < anchor.y - kEps
                    || band->rect.y + band->rect.h > anchor.y + anchor.h + kEps)
                    out.push_back(s.id + " is not inside the height of " + spanned.front()->id);
                double left = 1e300, right = -1e300;
                for (const Node *sn : spanned) {
                    left = std::min(left, sn->rect.x + kSubnetPad);
                    right = std::max(right, sn->rect.x + sn->rect.w - kSubnetPad);
                    for (const auto &other : geometry.nodes)
                        if (other.parent == sn->id && overlap(other.rect, band->rect))
                            out.push_back(other.id + " lies under the band of " + s.id);
                }
                if (std::abs(band->rect.x - left) > kEps
                    || std::abs(band->rect.x + band->rect.w - std::max(right, left + kServiceW))
                        > kEps)
                    out.push_back(s.id + " does not span exactly its subnets");
            }
        }
    std::map<std::string, std::vector<const Node *>> byParent;
    for (const auto &n : geometry.nodes) {
        byParent[n.parent].push_back(&n);
        if (n.parent.empty())
            continue;
        const Node *p = geometry.find(n.parent);
        if (!p)
            out.push_back(n.id + " has no parent " + n.parent);
        else if (!contains(p->rect, n.rect))
            out.push_back(n.id + " is outside " + n.parent);
    }
    for (const auto &[parent, kids] : byParent)
        for (std::size_t i = 0; i < kids.size(); ++i)
            for (std::size_t j = i + 1; j < kids.size(); ++j) {
                const bool bandI = spanning.count(kids[i]->id) > 0;
                const bool bandJ = spanning.count(kids[j]->id) > 0;
                // Bands run across the zone columns of their network and over the subnets
                // they span (a regional network's subnets are the network's children).
                if ((bandI && kids[j]->kind == NodeKind::Zone)
                    || (bandJ && kids[i]->kind == NodeKind::Zone)
                    || bandOver.count({ kids[i]->id, kids[j]->id })
                    || bandOver.count({ kids[j]->id, kids[i]->id }))
                    continue;
                if (overlap(kids[i]->rect, kids[j]->rect))
                    out.push_back(kids[i]->id + " overlaps " + kids[j]->id);
            }
    return out;
}

} // namespace cw::layout
