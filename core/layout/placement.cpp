// SPDX-License-Identifier: MIT
#include "layout/placement.h"

#include <algorithm>
#include <array>
#include <map>
#include <unordered_map>

namespace cw::layout::detail {
namespace {

struct Size
{
    double w = 0;
    double h = 0;
};

/// Moves nodes[from..] by (dx, dy).
void translate(std::vector<Node> &nodes, std::size_t from, double dx, double dy)
{
    for (std::size_t i = from; i < nodes.size(); ++i) {
        nodes[i].rect.x += dx;
        nodes[i].rect.y += dy;
    }
}

int gridColumns(std::size_t n)
{
    return std::clamp(int(n), 1, 3);
}

/// One network at (0,0): zone columns x tier rows, services in subnets, spans across columns.
class NetworkPlacer
{
public:
    NetworkPlacer(const Network &net, std::vector<Node> &out)
        : m_net(net)
        , m_out(out)
    { }

    Size run()
    {
        const auto zones = columnZones(m_net);
        const int nz = std::max(1, int(zones.size()));
        std::unordered_map<std::string, int> zoneIndex, subnetIndex;
        for (int i = 0; i < int(zones.size()); ++i)
            zoneIndex.emplace(zones[i], i);
        for (int i = 0; i < int(m_net.subnets.size()); ++i)
            subnetIndex.emplace(m_net.subnets[i].id, i);

        std::vector<std::vector<const Service *>> inSubnet(m_net.subnets.size());
        std::vector<std::pair<const Service *, std::vector<int>>> spanning;
        std::vector<const Service *> networkWide;
        for (const auto &s : m_net.services) {
            std::vector<int> refs;
            for (const auto &r : s.subnets)
                if (auto it = subnetIndex.find(r); it != subnetIndex.end())
                    refs.push_back(it->second);
            if (refs.size() == 1)
                inSubnet[std::size_t(refs[0])].push_back(&s);
            else if (refs.size() > 1)
                spanning.emplace_back(&s, refs);
            else
                networkWide.push_back(&s);
        }
        // A subnet's row: its tier and its place in its zone's stack of that tier's subnets.
        // Spanning services take bands in the row of the subnets they span.
        std::vector<std::pair<int, int>> row(m_net.subnets.size());
        {
            std::vector<int> depth(std::size_t(nz) * 3, 0);
            for (std::size_t i = 0; i < m_net.subnets.size(); ++i) {
                const auto &sn = m_net.subnets[i];
                const std::size_t stack
                    = std::size_t(zoneIndex[sn.zone]) * 3 + std::size_t(sn.tier);
                row[i] = { int(sn.tier), depth[stack]++ };
            }
        }
        std::map<std::pair<int, int>, int> bands;
        std::vector<std::pair<int, int>> spanRow(spanning.size());
        std::vector<int> spanBand(spanning.size());
        for (std::size_t i = 0; i < spanning.size(); ++i) {
            spanRow[i] = row[std::size_t(spanning[i].second.front())];
            spanBand[i] = bands[spanRow[i]]++;
        }
        auto bandsOf = [&](std::size_t subnet) {
            const auto it = bands.find(row[subnet]);
            return it == bands.end() ? 0 : it->second;
        };
        // Subnet sizes: one width for all, heights from their service grids and span bands.
        double subnetW = 2 * kSubnetPad + 2 * kServiceW + kGap;
        std::vector<double> height(m_net.subnets.size());
        for (std::size_t i = 0; i < m_net.subnets.size(); ++i) {
            const auto n = inSubnet[i].size();
            const int cols = gridColumns(n);
            const int rows = n == 0 ? 0 : int((n + std::size_t(cols) - 1) / std::size_t(cols));
            const double band = bandsOf(i) * kBandH;
            const double content
                = rows == 0 ? 24 : rows * kServiceH + (rows - 1) * kGap + 2 * kSubnetPad;
            height[i] = kSubnetTitle + band + content;
            subnetW = std::max(subnetW, 2 * kSubnetPad + cols * kServiceW + (cols - 1) * kGap);
        }
        double colW = subnetW + 2 * kColumnPad;
        const double bandW
            = double(networkWide.size()) * (kServiceW + kGap) - kGap + 2 * kNetworkPad;
        const double w
            = std::max({ 2 * kNetworkPad + nz * colW + (nz - 1) * kColumnGap, bandW, 420.0 });
        colW = (w - 2 * kNetworkPad - (nz - 1) * kColumnGap) / nz;
        subnetW = colW - 2 * kColumnPad;

        m_out.push_back({ m_net.id, {}, NodeKind::Network, { 0, 0, w, 0 } });
        const std::size_t netIndex = m_out.size() - 1;
        for (std::size_t i = 0; i < networkWide.size(); ++i)
            m_out.push_back({ networkWide[i]->id, m_net.id, NodeKind::Service,
                { kNetworkPad + double(i) * (kServiceW + kGap), kNetworkTitle, kServiceW,
                    kServiceH } });
        const double columnsTop = kNetworkTitle + (networkWide.empty() ? 0 : kServiceH + 2 * kGap);
        std::vector<std::size_t> zoneNode(zones.size(), SIZE_MAX);
        for (std::size_t z = 0; z < zones.size(); ++z) {
            if (zones[z].empty())
                continue; // Azure: subnets span every zone of the region
            zoneNode[z] = m_out.size();
            m_out.push_back({ zoneNodeId(m_net, zones[z]), m_net.id, NodeKind::Zone,
                { kNetworkPad + double(z) * (colW + kColumnGap), columnsTop, colW, 0 } });
        }
        double y = columnsTop + kColumnTitle;
        std::vector<std::size_t> subnetNode(m_net.subnets.size());
        for (const Tier tier : { Tier::Public, Tier::Private, Tier::Isolated }) {
            std::vector<double> stackY(std::size_t(nz), y);
            bool any = false;
            for (std::size_t i = 0; i < m_net.subnets.size(); ++i) {
                const auto &sn = m_net.subnets[i];
                if (sn.tier != tier)
                    continue;
                any = true;
                const auto z = std::size_t(zoneIndex[sn.zone]);
                const Rect r { kNetworkPad + double(z) * (colW + kColumnGap) + kColumnPad,
                    stackY[z], subnetW, height[i] };
                subnetNode[i] = m_out.size();
                const std::string parent
                    = zoneNode[z] == SIZE_MAX ? m_net.id : m_out[zoneNode[z]].id;
                m_out.push_back({ sn.id, parent, NodeKind::Subnet, r });
                stackY[z] += height[i] + kGap;
                placeGrid(sn.id, r, inSubnet[i], bandsOf(i) * kBandH);
            }
            if (any)
                y = *std::max_element(stackY.begin(), stackY.end());
        }
        const double bottom = y + kColumnPad - kGap;
        for (std::size_t z : zoneNode)
            if (z != SIZE_MAX)
                m_out[z].rect.h = bottom - m_out[z].rect.y;
        for (std::size_t i = 0; i < spanning.size(); ++i) {
            double left = 1e300, right = -1e300, top = 0;
            bool haveTop = false;
            for (int ref : spanning[i].second) {
                const Rect &r = m_out[subnetNode[std::size_t(ref)]].rect;
                left = std::min(left, r.x + kSubnetPad);
                right = std::max(right, r.x + r.w - kSubnetPad);
                if (!haveTop && row[std::size_t(ref)] == spanRow[i]) {
                    top = r.y + kSubnetTitle + spanBand[i] * kBandH + (kBandH - kSpanH) / 2;
                    haveTop = true;
                }
            }
            m_out.push_back({ spanning[i].first->id, m_net.id, NodeKind::Service,
                { left, top, std::max(right - left, kServiceW), kSpanH } });
        }
        const double h = std::max(bottom + kNetworkPad, 200.0);
        m_out[netIndex].rect.h = h;
        return { w, h };
    }

private:
    void placeGrid(const std::string &subnet, const Rect &r,
        const std::vector<const Service *> &services, double band)
    {
        const int cols = gridColumns(services.size());
        const double used = cols * kServiceW + (cols - 1) * kGap;
        const double x0 = r.x + (r.w - used) / 2;
        for (std::size_t k = 0; k < services.size(); ++k) {
            const int c = int(k) % cols, row = int(k) / cols;
            m_out.push_back({ services[k]->id, subnet, NodeKind::Service,
                { x0 + c * (kServiceW + kGap),
                    r.y + kSubnetTitle + band + kSubnetPad + row * (kServiceH + kGap), kServiceW,
                    kServiceH } });
        }
    }

    const Network &m_net;
    std::vector<Node> &m_out;
};

/// One account at (0,0): regional and global services on top, networks side by side below.
Size placeAccount(const Account &acc, const Options &options, std::vector<Node> &out)
{
    out.push_back({ acc.id, {}, NodeKind::Account, {} });
    const std::size_t self = out.size() - 1;
    // Networks first, to know the width the service rows may use.
    std::vector<std::pair<std::size_t, Size>> nets;
    for (const auto &net : acc.networks) {
        const std::size_t from = out.size();
        nets.emplace_back(from, NetworkPlacer(net, out).run());
        out[from].parent = acc.id;
    }
    double netsW = 0;
    for (const auto &[from, s] : nets)
        netsW += s.w + kAccountPad;
    const double rowW = std::min(std::max(netsW, 4 * (kServiceW + kGap)), options.maxRowWidth);
    const int perRow = std::max(1, int((rowW + kGap) / (kServiceW + kGap)));
    const int n = int(acc.services.size());
    const std::size_t servicesFrom = out.size();
    for (int i = 0; i < n; ++i)
        out.push_back({ acc.services[std::size_t(i)].id, acc.id, NodeKind::Service,
            { kAccountPad + (i % perRow) * (kServiceW + kGap),
                kAccountTitle + (i / perRow) * (kServiceH + kGap), kServiceW, kServiceH } });
    double y = kAccountTitle;
    double w = kAccountPad + std::min(n, perRow) * (kServiceW + kGap) - kGap + kAccountPad;
    if (n > 0)
        y += ((n + perRow - 1) / perRow) * (kServiceH + kGap) - kGap + kCorridor;
    // Networks side by side, wrapping past the row width. Their nodes were pushed before the
    // services, so move each network's block by its own offset.
    double x = kAccountPad, rowH = 0;
    for (std::size_t k = 0; k < nets.size(); ++k) {
        const auto [from, s] = nets[k];
        const std::size_t to = k + 1 < nets.size() ? nets[k + 1].first : servicesFrom;
        if (x > kAccountPad && x + s.w > options.maxRowWidth) {
            x = kAccountPad;
            y += rowH + kAccountPad;
            rowH = 0;
        }
        for (std::size_t i = from; i < to; ++i) {
            out[i].rect.x += x;
            out[i].rect.y += y;
        }
        x += s.w + kAccountPad;
        w = std::max(w, x);
        rowH = std::max(rowH, s.h);
    }
    if (!nets.empty())
        y += rowH + kAccountPad;
    const Size size { std::max(w, 320.0), std::max(y, 160.0) };
    out[self].rect = { 0, 0, size.w, size.h };
    return size;
}

} // namespace

std::vector<Node> placeDefault(const Model &model, const Options &options)
{
    std::vector<Node> out;
    std::vector<const External *> left, right;
    for (const auto &e : model.externals)
        (e.kind == ExternalKind::Internet ? left : right).push_back(&e);
    const double x0 = left.empty() ? 0 : kExternalW + kOuterGap;
    double x = x0, y = 0, rowH = 0, maxRight = x0;
    for (const auto &acc : model.accounts) {
        const std::size_t from = out.size();
        const Size s = placeAccount(acc, options, out);
        if (x > x0 && x + s.w > x0 + options.maxRowWidth) {
            x = x0;
            y += rowH + 80;
            rowH = 0;
        }
        translate(out, from, x, y);
        x += s.w + 80;
        maxRight = std::max(maxRight, x - 80);
        rowH = std::max(rowH, s.h);
    }
    // Externals face the corridor under the first accounts' own services, where routes run.
    const double top = kAccountTitle + kServiceH - kGap;
    for (std::size_t i = 0; i < left.size(); ++i)
        out.push_back({ left[i]->id, {}, NodeKind::External,
            { 0, top + double(i) * (kExternalH + 60), kExternalW, kExternalH } });
    const double rx = maxRight + kOuterGap;
    for (std::size_t i = 0; i < right.size(); ++i)
        out.push_back({ right[i]->id, {}, NodeKind::External,
            { rx, top + double(i) * (kExternalH + 60), kExternalW, kExternalH } });
    return out;
}

Rect unite(const Rect &a, const Rect &b)
{
    const double x = std::min(a.x, b.x), y = std::min(a.y, b.y);
    return { x, y, std::max(a.x + a.w, b.x + b.w) - x, std::max(a.y + a.h, b.y + b.h) - y };
}

} // namespace cw::layout::detail
