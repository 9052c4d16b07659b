// SPDX-License-Identifier: MIT
// The nesting rules of the one layout, applied to default and hand-made geometry alike, so the
// canvas and every exporter show the same, consistent picture of any file.
#include "layout/placement.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <string_view>
#include <unordered_map>

namespace cw::layout::detail {
namespace {

bool overlaps(const Rect &a, const Rect &b)
{
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

double right(const Rect &r)
{
    return r.x + r.w;
}

double bottom(const Rect &r)
{
    return r.y + r.h;
}

/// Moves rects that overlap an earlier one below it, gap apart; rects that overlap nothing stay
/// where they are. Order: rects placed by hand (manual) first, then top to bottom, left to right.
void pushApart(std::vector<Rect> &rects, const std::vector<bool> &manual, double gap)
{
    std::vector<std::size_t> order(rects.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (manual[a] != manual[b])
            return bool(manual[a]);
        return rects[a].y != rects[b].y ? rects[a].y < rects[b].y : rects[a].x < rects[b].x;
    });
    for (std::size_t k = 0; k < order.size(); ++k) {
        Rect &r = rects[order[k]];
        for (bool moved = true; moved;) {
            moved = false;
            for (std::size_t j = 0; j < k; ++j)
                if (overlaps(r, rects[order[j]])) {
                    r.y = bottom(rects[order[j]]) + gap; // strictly lower: the loop ends
                    moved = true;
                }
        }
    }
}

/// Union-find over a network's subnets: subnets that must share a row.
struct Rows
{
    std::vector<std::size_t> parent;
    explicit Rows(std::size_t n)
        : parent(n)
    {
        std::iota(parent.begin(), parent.end(), std::size_t(0));
    }
    std::size_t find(std::size_t i)
    {
        while (parent[i] != i)
            i = parent[i] = parent[parent[i]];
        return i;
    }
    void unite(std::size_t a, std::size_t b) { parent[find(a)] = find(b); }
};

class Normaliser
{
public:
    Normaliser(const Model &model, std::vector<Node> &nodes)
        : m_model(model)
        , m_nodes(nodes)
        , m_children(nodes.size())
    {
        for (std::size_t i = 0; i < nodes.size(); ++i)
            m_index.emplace(nodes[i].id, i);
        for (std::size_t i = 0; i < nodes.size(); ++i)
            if (auto it = m_index.find(nodes[i].parent);
                !nodes[i].parent.empty() && it != m_index.end() && it->second != i)
                m_children[it->second].push_back(i);
    }

    void run()
    {
        for (const auto &acc : m_model.accounts) {
            for (const auto &net : acc.networks)
                network(net);
            account(acc);
        }
        topLevel();
    }

private:
    Node *node(std::string_view id)
    {
        const auto it = m_index.find(id);
        return it == m_index.end() ? nullptr : &m_nodes[it->second];
    }

    void moveTree(std::size_t i, double dx, double dy)
    {
        if (dx == 0 && dy == 0)
            return;
        std::vector<std::size_t> stack { i };
        while (!stack.empty()) {
            const std::size_t n = stack.back();
            stack.pop_back();
            m_nodes[n].rect.x += dx;
            m_nodes[n].rect.y += dy;
            stack.insert(stack.end(), m_children[n].begin(), m_children[n].end());
        }
    }

    void network(const Network &net);
    void account(const Account &acc);
    void topLevel();

    const Model &m_model;
    std::vector<Node> &m_nodes;
    std::unordered_map<std::string_view, std::size_t> m_index; ///< views into m_nodes' ids
    std::vector<std::vector<std::size_t>> m_children;
};

void Normaliser::network(const Network &net)
{
    Node *nn = node(net.id);
    if (!nn)
        return;
    const Rect n0 = nn->rect;
    const auto zones = columnZones(net);
    const std::size_t nz = std::max<std::size_t>(1, zones.size());
    std::unordered_map<std::string_view, std::size_t> zoneIndex, subnetIndex;
    for (std::size_t z = 0; z < zones.size(); ++z)
        zoneIndex.emplace(zones[z], z);
    const std::size_t ns = net.subnets.size();
    std::vector<Node *> sub(ns);
    for (std::size_t i = 0; i < ns; ++i) {
        subnetIndex.emplace(net.subnets[i].id, i);
        sub[i] = node(net.subnets[i].id);
    }

    // Services by where they sit, as the default placement classifies them.
    std::vector<std::vector<Node *>> inSubnet(ns);
    std::vector<std::pair<Node *, std::vector<std::size_t>>> spanning;
    std::vector<Node *> wide;
    for (const auto &s : net.services) {
        Node *sn = node(s.id);
        if (!sn)
            continue;
        std::vector<std::size_t> refs;
        for (const auto &r : s.subnets)
            if (auto it = subnetIndex.find(r); it != subnetIndex.end() && sub[it->second]
                && std::find(refs.begin(), refs.end(), it->second) == refs.end())
                refs.push_back(it->second);
        if (refs.size() == 1)
            inSubnet[refs[0]].push_back(sn);
        else if (refs.size() > 1)
            spanning.emplace_back(sn, std::move(refs));
        else
            wide.push_back(sn);
    }

    // Rows: a spanning service's band lies in the row of its first subnet (tier and place in
    // the zone's stack of that tier), and every subnet of that row and every subnet it spans
    // share the row's y and reserve its bands.
    std::vector<std::pair<int, int>> row(ns);
    {
        std::map<std::pair<std::size_t, int>, int> depth;
        for (std::size_t i = 0; i < ns; ++i) {
            const auto &s = net.subnets[i];
            row[i] = { int(s.tier), depth[{ zoneIndex[s.zone], int(s.tier) }]++ };
        }
    }
    // A row holds at most one subnet per zone column (two of one column cannot line up): a
    // union that would put a second one in is not made.
    std::vector<std::size_t> columnOf(ns);
    for (std::size_t i = 0; i < ns; ++i)
        columnOf[i] = zoneIndex[net.subnets[i].zone];
    Rows rows(ns);
    std::vector<std::vector<std::size_t>> members(ns);
    for (std::size_t i = 0; i < ns; ++i)
        members[i] = { i };
    auto join = [&](std::size_t a, std::size_t b) {
        a = rows.find(a);
        b = rows.find(b);
        if (a == b)
            return;
        for (std::size_t x : members[a])
            for (std::size_t y : members[b])
                if (columnOf[x] == columnOf[y])
                    return;
        rows.unite(a, b); // b stays the root
        members[b].insert(members[b].end(), members[a].begin(), members[a].end());
        members[a].clear();
    };
    for (const auto &[svc, refs] : spanning) {
        for (std::size_t i = 0; i < ns; ++i)
            if (row[i] == row[refs.front()])
                join(i, refs.front());
        for (std::size_t r : refs)
            join(r, refs.front());
    }
    std::vector<int> bandsOfRow(ns, 0), band(spanning.size());
    for (std::size_t k = 0; k < spanning.size(); ++k)
        band[k] = bandsOfRow[rows.find(spanning[k].second.front())]++;

    // 2. Services of the whole network, in a band above the zone columns.
    std::vector<Rect> wideRel;
    std::vector<bool> wideManual;
    for (Node *svc : wide) {
        wideRel.push_back({ std::max(svc->rect.x - n0.x, kNetworkPad / 2),
            std::max(svc->rect.y - n0.y, kNetworkTitle), svc->rect.w, svc->rect.h });
        wideManual.push_back(svc->manual);
    }
    pushApart(wideRel, wideManual, kGap);
    double columnsTop = kNetworkTitle, wideRight = 0;
    for (const Rect &r : wideRel) {
        columnsTop = std::max(columnsTop, bottom(r) + 2 * kGap);
        wideRight = std::max(wideRight, right(r) + kNetworkPad / 2);
    }

    // Steps 1 to 5 run again when a band whose subnets could not all share its row crosses
    // another subnet's services: those move below it (extra room at the subnet's top).
    std::vector<Rect> subOrig(ns);
    std::vector<std::vector<Rect>> svcOrig(ns);
    for (std::size_t i = 0; i < ns; ++i) {
        subOrig[i] = sub[i] ? sub[i]->rect : Rect {};
        for (const Node *svc : inSubnet[i])
            svcOrig[i].push_back(svc->rect);
    }
    std::vector<double> extra(ns, 0);
    double colW = 0, width = 0, columnsBottom = 0;
    auto columnLeft
        = [&](std::size_t z) { return n0.x + kNetworkPad + double(z) * (colW + kColumnGap); };
    for (int pass = 0;; ++pass) {
        // 1. Each subnet's services, relative to the subnet: below its title and bands, apart.
        std::vector<std::vector<Rect>> rel(ns);
        std::vector<double> needW(ns, kMinSubnetW), w(ns), h(ns);
        for (std::size_t i = 0; i < ns; ++i) {
            if (!sub[i])
                continue;
            const Rect s = subOrig[i];
            const double reserve = bandsOfRow[rows.find(i)] * kBandH;
            const double top = kSubnetTitle + reserve + kSubnetPad / 2 + extra[i];
            double needH = top - kSubnetPad / 2 + 24;
            std::vector<bool> manual;
            for (std::size_t k = 0; k < inSubnet[i].size(); ++k) {
                const Node *svc = inSubnet[i][k];
                Rect r = svcOrig[i][k];
                r.x = std::max(r.x - s.x, kSubnetPad / 2);
                r.y = std::max(r.y - s.y, top);
                rel[i].push_back(r);
                manual.push_back(svc->manual);
            }
            pushApart(rel[i], manual, kGap);
            for (const Rect &r : rel[i]) {
                needW[i] = std::max(needW[i], right(r) + kSubnetPad / 2);
                needH = std::max(needH, bottom(r) + kSubnetPad / 2);
            }
            w[i] = std::max(s.w, needW[i]);
            h[i] = std::max({ s.h, needH, kMinSubnetH });
        }

        // 3. Equal zone columns filling the network, each wide enough for its widest subnet.
        const double gaps = 2 * kNetworkPad + double(nz - 1) * kColumnGap;
        const double widest = ns ? *std::max_element(needW.begin(), needW.end()) : 0;
        colW = std::max((n0.w - gaps) / double(nz), widest + 2 * kColumnPad);
        width = std::max({ n0.w, gaps + double(nz) * colW, wideRight, kMinNetworkW });
        colW = (width - gaps) / double(nz);
        std::vector<double> x(ns), y(ns);
        for (std::size_t i = 0; i < ns; ++i) {
            if (!sub[i])
                continue;
            const std::size_t z = zoneIndex[net.subnets[i].zone];
            w[i] = std::clamp(w[i], needW[i], std::max(needW[i], colW - 2 * kColumnPad));
            const double lo = columnLeft(z) + kColumnPad;
            x[i] = std::clamp(
                subOrig[i].x, lo, std::max(lo, columnLeft(z) + colW - kColumnPad - w[i]));
            y[i] = subOrig[i].y;
        }

        // 4. Rows in the order of their lowest drawn subnet; each row at the first y where every
        // one of its subnets fits below the subnets already stacked in its column (and not above
        // where it was drawn), so rows line up and columns never overlap.
        const double minY = n0.y + columnsTop + kColumnTitle;
        std::vector<std::size_t> order;
        std::vector<double> rowKey(ns, -1e300);
        for (std::size_t i = 0; i < ns; ++i)
            if (sub[i]) {
                const std::size_t r = rows.find(i);
                if (rowKey[r] == -1e300)
                    order.push_back(r);
                rowKey[r] = std::max(rowKey[r], y[i]);
            }
        std::stable_sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return rowKey[a] < rowKey[b]; });
        std::vector<double> next(nz, minY);
        for (std::size_t r : order) {
            double rowY = -1e300;
            for (std::size_t i : members[r])
                if (sub[i])
                    rowY = std::max({ rowY, y[i], next[columnOf[i]] });
            for (std::size_t i : members[r])
                if (sub[i]) {
                    y[i] = rowY;
                    next[columnOf[i]] = rowY + h[i] + kGap;
                }
        }

        // 5. Subnets and their services at their places; spanning services as bands.
        columnsBottom = minY - kGap;
        for (std::size_t i = 0; i < ns; ++i) {
            if (!sub[i])
                continue;
            sub[i]->rect = { x[i], y[i], w[i], h[i] };
            for (std::size_t k = 0; k < inSubnet[i].size(); ++k)
                inSubnet[i][k]->rect
                    = { x[i] + rel[i][k].x, y[i] + rel[i][k].y, rel[i][k].w, rel[i][k].h };
            columnsBottom = std::max(columnsBottom, y[i] + h[i]);
        }
        for (std::size_t k = 0; k < spanning.size(); ++k) {
            const auto &refs = spanning[k].second;
            double left = 1e300, far = -1e300;
            for (std::size_t r : refs) {
                left = std::min(left, x[r] + kSubnetPad);
                far = std::max(far, x[r] + w[r] - kSubnetPad);
            }
            spanning[k].first->rect
                = { left, y[refs.front()] + kSubnetTitle + band[k] * kBandH + (kBandH - kSpanH) / 2,
                      std::max(far - left, kServiceW), kSpanH };
        }
        for (std::size_t k = 0; k < wide.size(); ++k)
            wide[k]->rect
                = { n0.x + wideRel[k].x, n0.y + wideRel[k].y, wideRel[k].w, wideRel[k].h };

        bool again = false;
        for (std::size_t k = 0; pass < 4 && k < spanning.size(); ++k) {
            const Rect &b = spanning[k].first->rect;
            const std::size_t row = rows.find(spanning[k].second.front());
            for (std::size_t i = 0; i < ns; ++i) {
                if (!sub[i] || inSubnet[i].empty() || rows.find(i) == row
                    || !overlaps(b, sub[i]->rect))
                    continue;
                const double need = bottom(b) + kGap / 2 - y[i];
                const double top
                    = kSubnetTitle + bandsOfRow[rows.find(i)] * kBandH + kSubnetPad / 2 + extra[i];
                if (need > top) {
                    extra[i] += need - top;
                    again = true;
                }
            }
        }
        if (!again)
            break;
    }

    // 6. Zone columns reach below the lowest subnet; the network holds them.
    columnsBottom += kColumnPad;
    for (std::size_t z = 0; z < zones.size(); ++z)
        if (Node *zn = zones[z].empty() ? nullptr : node(zoneNodeId(net, zones[z])))
            zn->rect
                = { columnLeft(z), n0.y + columnsTop, colW, columnsBottom - n0.y - columnsTop };
    nn->rect = { n0.x, n0.y, width,
        std::max({ n0.h, columnsBottom + kNetworkPad - n0.y, kMinNetworkH }) };
}

void Normaliser::account(const Account &acc)
{
    Node *an = node(acc.id);
    if (!an)
        return;
    const Rect a0 = an->rect;
    std::vector<std::size_t> items;
    for (const auto &net : acc.networks)
        if (auto it = m_index.find(net.id); it != m_index.end())
            items.push_back(it->second);
    for (const auto &s : acc.services)
        if (auto it = m_index.find(s.id); it != m_index.end())
            items.push_back(it->second);
    std::vector<Rect> rel;
    std::vector<bool> manual;
    for (std::size_t i : items) {
        const Rect &r = m_nodes[i].rect;
        rel.push_back({ std::max(r.x - a0.x, kAccountPad / 2), std::max(r.y - a0.y, kAccountTitle),
            r.w, r.h });
        manual.push_back(m_nodes[i].manual);
    }
    pushApart(rel, manual, kGap);
    double farRight = 0, farBottom = 0;
    for (std::size_t k = 0; k < items.size(); ++k) {
        const Rect &r = m_nodes[items[k]].rect;
        moveTree(items[k], a0.x + rel[k].x - r.x, a0.y + rel[k].y - r.y);
        farRight = std::max(farRight, right(rel[k]) + kAccountPad);
        farBottom = std::max(farBottom, bottom(rel[k]) + kAccountPad);
    }
    an->rect.w = std::max({ a0.w, farRight, kMinAccountW });
    an->rect.h = std::max({ a0.h, farBottom, kMinAccountH });
}

void Normaliser::topLevel()
{
    // Stored boxes first, in document order: they keep their places unless they overlap an
    // earlier one (then they move below it). Unplaced boxes step aside sideways: externals left
    // of the accounts further left, the rest to the right.
    std::vector<std::size_t> roots;
    for (bool manual : { true, false })
        for (std::size_t i = 0; i < m_nodes.size(); ++i)
            if (m_nodes[i].parent.empty() && m_nodes[i].manual == manual)
                roots.push_back(i);
    double accountsLeft = 1e300;
    for (std::size_t r : roots)
        if (m_nodes[r].kind == NodeKind::Account)
            accountsLeft = std::min(accountsLeft, m_nodes[r].rect.x);
    std::vector<std::size_t> done;
    for (std::size_t r : roots) {
        const Node &n = m_nodes[r];
        const bool leftward = !n.manual && n.kind == NodeKind::External && n.rect.x < accountsLeft;
        for (bool moved = true; moved;) {
            moved = false;
            for (std::size_t o : done) {
                const Rect &a = m_nodes[r].rect, &b = m_nodes[o].rect;
                if (!overlaps(a, b))
                    continue;
                if (n.manual)
                    moveTree(r, 0, bottom(b) + kGap - a.y);
                else
                    moveTree(r, leftward ? b.x - kGap - right(a) : right(b) + kGap - a.x, 0);
                moved = true;
            }
        }
        done.push_back(r);
    }
}

} // namespace

void normalise(const Model &model, std::vector<Node> &nodes)
{
    Normaliser(model, nodes).run();
}

} // namespace cw::layout::detail
