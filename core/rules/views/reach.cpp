// SPDX-License-Identifier: MIT
#include "rules/views/reach.h"

#include <algorithm>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <boost/graph/reverse_graph.hpp>
#include <boost/pending/queue.hpp>

namespace cw::rules {
namespace {

/// Keeps the edges that carry client traffic (drops references such as node group → cluster and
/// log deliveries).
template<typename Graph> struct TrafficEdges
{
    const Graph *g = nullptr;
    template<typename Edge> bool operator()(const Edge &e) const
    {
        return (*g)[e].carriesTraffic();
    }
};

struct OpenVertices
{
    const std::vector<char> *blocked = nullptr;
    bool operator()(TopologyVertex v) const { return !(*blocked)[v]; }
};

template<typename Graph>
std::vector<TopologyVertex> bfs(const Graph &g, std::size_t n,
    const std::vector<TopologyVertex> &sources, const std::vector<char> &blocked)
{
    const boost::filtered_graph<Graph, TrafficEdges<Graph>, OpenVertices> fg(
        g, TrafficEdges<Graph> { &g }, OpenVertices { &blocked });
    std::vector<TopologyVertex> pred(n, Topology::npos);
    std::vector<boost::default_color_type> color(n, boost::white_color);
    std::vector<TopologyVertex> starts;
    for (TopologyVertex s : sources)
        if (!blocked[s]) {
            starts.push_back(s);
            pred[s] = s;
        }
    boost::queue<TopologyVertex> queue;
    const auto index = boost::get(boost::vertex_index, g);
    boost::breadth_first_search(fg, starts.begin(), starts.end(), queue,
        boost::make_bfs_visitor(boost::record_predecessors(
            boost::make_iterator_property_map(pred.begin(), index), boost::on_tree_edge())),
        boost::make_iterator_property_map(color.begin(), index));
    return pred;
}

} // namespace

std::vector<TopologyVertex> trafficReach(const Topology &topo,
    const std::vector<TopologyVertex> &sources, const std::vector<char> &blocked, bool reverse)
{
    const TopologyGraph &g = topo.graph();
    if (reverse)
        return bfs(boost::make_reverse_graph(g), topo.vertexCount(), sources, blocked);
    return bfs(g, topo.vertexCount(), sources, blocked);
}

std::vector<std::string> pathTo(
    const Topology &topo, const std::vector<TopologyVertex> &pred, TopologyVertex v)
{
    std::vector<std::string> ids;
    for (TopologyVertex at = v; at != Topology::npos; at = pred[at]) {
        const std::string id(topo.id(at));
        if (ids.empty() || ids.back() != id)
            ids.push_back(id);
        if (pred[at] == at)
            break;
    }
    std::reverse(ids.begin(), ids.end());
    constexpr std::size_t kMax = 8;
    if (ids.size() > kMax) {
        ids.erase(ids.begin() + 3, ids.end() - 4);
        ids.insert(ids.begin() + 3, "…");
    }
    return ids;
}

std::string arrowPath(const std::vector<std::string> &ids)
{
    std::string out;
    for (const auto &id : ids)
        out += (out.empty() ? "" : " → ") + id;
    return out;
}

} // namespace cw::rules
