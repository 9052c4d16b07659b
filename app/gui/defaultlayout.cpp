// SPDX-License-Identifier: MIT
#include "defaultlayout.h"

#include "layout/layout.h"

#include <algorithm>
#include <cmath>

namespace cw::gui::layout {
namespace {

constexpr double kSubnetMinW = 2 * kSubnetPad + 2 * kServiceW + kGap;

struct Size
{
    double w = 0;
    double h = 0;
};

Rect unite(const Rect &a, const Rect &b)
{
    const double x = std::min(a.x, b.x), y = std::min(a.y, b.y);
    return { x, y, std::max(a.x + a.w, b.x + b.w) - x, std::max(a.y + a.h, b.y + b.h) - y };
}

/// Lays one network out at (0,0); rects are relative and shifted by the caller.
class NetworkLayout
{
public:
    NetworkLayout(const Network &net, Geometry &out)
        : m_net(net)
        , m_out(out)
    { }

    Size run()
    {
        const auto zones = columnZones(m_net);
        std::unordered_map<std::string, int> zoneIndex, subnetIndex;
        for (int i = 0; i < int(zones.size()); ++i)
            zoneIndex[zones[i]] = i;
        for (int i = 0; i < int(m_net.subnets.size()); ++i)
            subnetIndex[m_net.subnets[i].id] = i;
        const int nz = std::max<int>(1, int(zones.size()));

        // Classify services: in one subnet, spanning several, or network-wide.
        std::vector<std::vector<const Service *>> inSubnet(m_net.subnets.size());
        std::vector<std::pair<const Service *, std::vector<int>>> spanning;
        std::vector<const Service *> networkWide;
        for (const auto &s : m_net.services) {
            std::vector<int> refs;
            for (const auto &r : s.subnets)
                if (auto it = subnetIndex.find(r); it != subnetIndex.end())
                    refs.push_back(it->second);
            if (refs.size() == 1)
                inSubnet[refs[0]].push_back(&s);
            else if (refs.size() > 1)
                spanning.emplace_back(&s, refs);
            else
                networkWide.push_back(&s);
        }
        const Tier tiers[] = { Tier::Public, Tier::Private, Tier::Isolated };
        // A subnet's place in its zone's stack of one tier (app, then admin, both private):
        // bands of spanning services are reserved in the subnets they are drawn over, the
        // subnets at the same place of the stack in every zone.
        std::vector<int> stackPos(m_net.subnets.size());
        std::unordered_map<long, int> stackSize;
        for (int i = 0; i < int(m_net.subnets.size()); ++i) {
            const auto &sn = m_net.subnets[i];
            stackPos[i] = stackSize[long(zoneIndex[sn.zone]) * 8 + long(sn.tier)]++;
        }
        auto bandKey = [&](int subnet) {
            return long(m_net.subnets[subnet].tier) * 4096 + stackPos[subnet];
        };
        std::unordered_map<long, int> bands;
        std::vector<int> spanAnchor(spanning.size()), spanBand(spanning.size());
        for (std::size_t i = 0; i < spanning.size(); ++i) {
            spanAnchor[i] = spanning[i].second.front();
            spanBand[i] = bands[bandKey(spanAnchor[i])]++;
        }
        auto bandOf = [&](int subnet) {
            const auto it = bands.find(bandKey(subnet));
            return it == bands.end() ? 0.0 : it->second * kBandH;
        };
        // Subnet sizes: equal widths, heights from their service grids.
        double subnetW = kSubnetMinW;
        std::vector<Size> size(m_net.subnets.size());
        for (int i = 0; i < int(m_net.subnets.size()); ++i) {
            const int n = int(inSubnet[i].size());
            const int cols = std::clamp(n, 1, 2);
            const int rows = n == 0 ? 0 : (n + cols - 1) / cols;
            const double content
                = rows == 0 ? 40 : rows * kServiceH + (rows - 1) * kGap + 2 * kSubnetPad;
            size[i] = { 2 * kSubnetPad + cols * kServiceW + (cols - 1) * kGap,
                kSubnetTitle + bandOf(i) + content };
            subnetW = std::max(subnetW, size[i].w);
        }
        double colW = subnetW + 2 * kColumnPad;
        const double bandW
            = double(networkWide.size()) * (kServiceW + kGap) - kGap + 2 * kNetworkPad;
        double w = std::max({ 2 * kNetworkPad + nz * colW + (nz - 1) * kColumnGap, bandW, 420.0 });
        colW = (w - 2 * kNetworkPad - (nz - 1) * kColumnGap) / nz;
        subnetW = colW - 2 * kColumnPad;

        const double serviceBand = networkWide.empty() ? 0 : kServiceH + 2 * kGap;
        for (std::size_t i = 0; i < networkWide.size(); ++i)
            m_out[networkWide[i]->id] = { kNetworkPad + double(i) * (kServiceW + kGap),
                kNetworkTitle + kGap, kServiceW, kServiceH };
        // Tier rows, each as tall as its tallest zone stack.
        double y = kNetworkTitle + serviceBand + kColumnTitle;
        for (const Tier tier : tiers) {
            std::vector<double> stackY(std::size_t(nz), y);
            bool any = false;
            for (int i = 0; i < int(m_net.subnets.size()); ++i) {
                const auto &sn = m_net.subnets[i];
                if (sn.tier != tier)
                    continue;
                any = true;
                const int z = zoneIndex[sn.zone];
                const double x = kNetworkPad + z * (colW + kColumnGap) + kColumnPad;
                const Rect r { x, stackY[z], subnetW, size[i].h };
                m_out[sn.id] = r;
                stackY[z] += size[i].h + kGap;
                placeGrid(r, inSubnet[i], bandOf(i));
            }
            if (any)
                y = *std::max_element(stackY.begin(), stackY.end());
        }
        for (std::size_t i = 0; i < spanning.size(); ++i) {
            Rect span { 1e18, 0, 0, 0 };
            double right = -1e18;
            for (int ref : spanning[i].second) {
                const auto &r = m_out[m_net.subnets[ref].id];
                span.x = std::min(span.x, r.x + kSubnetPad);
                right = std::max(right, r.x + r.w - kSubnetPad);
            }
            span.y = m_out[m_net.subnets[spanAnchor[i]].id].y + kSubnetTitle + spanBand[i] * kBandH
                + (kBandH - kSpanH) / 2;
            span.w = std::max(right - span.x, kServiceW);
            span.h = kSpanH;
            m_out[spanning[i].first->id] = span;
        }
        return { w, std::max(y + kNetworkPad - kGap, 260.0) };
    }

private:
    void placeGrid(const Rect &subnet, const std::vector<const Service *> &services, double band)
    {
        const int cols = std::clamp(int(services.size()), 1, 2);
        const double used = cols * kServiceW + (cols - 1) * kGap;
        const double x0 = subnet.x + (subnet.w - used) / 2;
        for (std::size_t k = 0; k < services.size(); ++k) {
            const int c = int(k) % cols, r = int(k) / cols;
            m_out[services[k]->id] = { x0 + c * (kServiceW + kGap),
                subnet.y + kSubnetTitle + band + kSubnetPad + r * (kServiceH + kGap), kServiceW,
                kServiceH };
        }
    }

    const Network &m_net;
    Geometry &m_out;
};

void shift(Geometry &g, const std::vector<std::string> &ids, double dx, double dy)
{
    for (const auto &id : ids)
        if (auto it = g.find(id); it != g.end()) {
            it->second.x += dx;
            it->second.y += dy;
        }
}

std::vector<std::string> networkIds(const Network &n)
{
    std::vector<std::string> ids;
    for (const auto &s : n.subnets)
        ids.push_back(s.id);
    for (const auto &s : n.services)
        ids.push_back(s.id);
    return ids;
}

/// Lays an account out at (0,0) with its networks and regional services.
Size layoutAccount(const Account &acc, Geometry &out)
{
    double x = kAccountPad, y = kAccountTitle, rowH = 0, w = 0;
    int inRow = 0;
    for (const auto &net : acc.networks) {
        Geometry local;
        const Size s = NetworkLayout(net, local).run();
        if (inRow == 2) {
            x = kAccountPad;
            y += rowH + kAccountPad;
            rowH = 0;
            inRow = 0;
        }
        for (auto &[id, r] : local)
            out[id] = { r.x + x, r.y + y, r.w, r.h };
        out[net.id] = { x, y, s.w, s.h };
        x += s.w + kAccountPad;
        w = std::max(w, x);
        rowH = std::max(rowH, s.h);
        ++inRow;
    }
    if (!acc.networks.empty())
        y += rowH + kAccountPad;
    const int n = int(acc.services.size());
    int perRow = std::max(1, std::min(n, 4));
    if (w > 0)
        perRow = std::max(perRow, int((w - kAccountPad + kGap) / (kServiceW + kGap + 8)));
    for (int i = 0; i < n; ++i)
        out[acc.services[i].id] = { kAccountPad + (i % perRow) * (kServiceW + kGap + 8),
            y + (i / perRow) * (kServiceH + kGap), kServiceW, kServiceH };
    if (n > 0) {
        const int rows = (n + perRow - 1) / perRow;
        y += rows * (kServiceH + kGap) - kGap + kAccountPad;
        w = std::max(
            w, kAccountPad + std::min(n, perRow) * (kServiceW + kGap + 8) - 8 - kGap + kAccountPad);
    }
    return { std::max(w, 300.0), std::max(y, 150.0) };
}

} // namespace

std::vector<std::string> columnZones(const Network &network)
{
    return cw::layout::columnZones(network); // the canvas shows the columns the diagrams show
}

bool fullyPlaced(const Model &model)
{
    const auto &n = model.diagram.nodes;
    auto has = [&](const std::string &id) { return n.count(id) > 0; };
    for (const auto &a : model.accounts) {
        if (!has(a.id))
            return false;
        for (const auto &net : a.networks) {
            if (!has(net.id))
                return false;
            for (const auto &s : net.subnets)
                if (!has(s.id))
                    return false;
            for (const auto &s : net.services)
                if (!has(s.id))
                    return false;
        }
        for (const auto &s : a.services)
            if (!has(s.id))
                return false;
    }
    for (const auto &e : model.externals)
        if (!has(e.id))
            return false;
    return true;
}

Geometry effectiveGeometry(const Model &model)
{
    Geometry g;
    const auto &stored = model.diagram.nodes;
    // Default layout: externals in a column on the left, accounts in rows to the right.
    double ex = 0, ey = 80;
    for (const auto &e : model.externals) {
        g[e.id] = { ex, ey, kExternalW, kExternalH };
        ey += kExternalH + 48;
    }
    const double left = model.externals.empty() ? 0 : kExternalW + 200;
    // Accounts flow left to right in rows; the row width is the one that makes the whole design
    // closest to a landscape screen's proportions (about 16:10).
    std::vector<Geometry> locals(model.accounts.size());
    std::vector<Size> sizes(model.accounts.size());
    double total = 0, widest = 0;
    for (std::size_t i = 0; i < model.accounts.size(); ++i) {
        sizes[i] = layoutAccount(model.accounts[i], locals[i]);
        total += sizes[i].w + 80;
        widest = std::max(widest, sizes[i].w);
    }
    auto flow = [&](double rowW, std::vector<std::pair<double, double>> *at) {
        double x = 0, y = 0, rowH = 0, w = 0;
        for (const Size &s : sizes) {
            if (x > 0 && x + s.w > rowW) {
                x = 0;
                y += rowH + 80;
                rowH = 0;
            }
            if (at)
                at->emplace_back(x, y);
            x += s.w + 80;
            w = std::max(w, x - 80);
            rowH = std::max(rowH, s.h);
        }
        return Size { w + left, y + rowH };
    };
    double bestW = total, bestScore = 1e300;
    for (double rowW = widest; rowW <= total + 1; rowW += std::max(40.0, total / 60)) {
        const Size s = flow(rowW, nullptr);
        const double score = std::abs(std::log(s.w / std::max(s.h, 1.0)) - std::log(1.6));
        if (score < bestScore - 1e-9) {
            bestScore = score;
            bestW = rowW;
        }
    }
    std::vector<std::pair<double, double>> at;
    flow(bestW, &at);
    for (std::size_t i = 0; i < model.accounts.size(); ++i) {
        const auto &acc = model.accounts[i];
        const double x = left + at[i].first, y = at[i].second;
        for (auto &[id, r] : locals[i])
            g[id] = { r.x + x, r.y + y, r.w, r.h };
        g[acc.id] = { x, y, sizes[i].w, sizes[i].h };
    }
    // Stored rects win; children without one move along with their stored parent.
    auto place = [&](const std::string &id, double &dx, double &dy) {
        auto &r = g[id];
        if (auto it = stored.find(id); it != stored.end()) {
            dx = it->second.x - r.x;
            dy = it->second.y - r.y;
            r = it->second;
        } else {
            r.x += dx;
            r.y += dy;
        }
    };
    for (const auto &acc : model.accounts) {
        double adx = 0, ady = 0;
        place(acc.id, adx, ady);
        for (const auto &net : acc.networks) {
            double ndx = adx, ndy = ady;
            place(net.id, ndx, ndy);
            for (const auto &id : networkIds(net)) {
                double dx = ndx, dy = ndy;
                place(id, dx, dy);
            }
        }
        for (const auto &s : acc.services) {
            double dx = adx, dy = ady;
            place(s.id, dx, dy);
        }
    }
    for (const auto &e : model.externals) {
        double dx = 0, dy = 0;
        place(e.id, dx, dy);
    }
    // Containers grow to hold their children (bottom-up).
    auto grow = [&](const std::string &container, const std::string &child, double pad) {
        auto &c = g[container];
        Rect r = g[child];
        r.w += pad;
        r.h += pad;
        c = unite(c, r);
    };
    for (const auto &acc : model.accounts) {
        for (const auto &net : acc.networks) {
            std::unordered_map<std::string, const Subnet *> byId;
            for (const auto &sn : net.subnets)
                byId[sn.id] = &sn;
            for (const auto &s : net.services)
                if (s.subnets.size() == 1 && byId.count(s.subnets[0]))
                    grow(s.subnets[0], s.id, kSubnetPad);
            for (const auto &id : networkIds(net))
                grow(net.id, id, kNetworkPad);
            grow(acc.id, net.id, kAccountPad);
        }
        for (const auto &s : acc.services)
            grow(acc.id, s.id, kAccountPad);
    }
    return g;
}

} // namespace cw::gui::layout
