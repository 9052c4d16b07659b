// SPDX-License-Identifier: MIT
#pragma once

#include "rules/rule.h"

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <cstdint>
#include <limits>
#include <optional>
#include <string_view>
#include <vector>

namespace cw::rules {

/// Why an edge of the topology exists.
enum class EdgeKind : std::uint8_t {
    Connection, ///< a connection of the model (traffic from → to)
    Fronts, ///< a private endpoint carries traffic to the service it targets
    Reference, ///< a service names another one (node group → cluster); not traffic
    Contains, ///< traffic into a container reaches its members; members leave through it
};

/// Edge data: its kind and, for connections, the connection itself.
struct TopologyEdge
{
    EdgeKind kind = EdgeKind::Connection;
    const Connection *connection = nullptr;
    /// A load balancer or WAF writing its logs to object storage: a connection, but no path for
    /// client traffic.
    bool delivery = false;

    /// True when client traffic can flow along the edge (reachability, failure paths).
    bool carriesTraffic() const { return kind != EdgeKind::Reference && !delivery; }
};

/// Compressed sparse row storage: built in one pass from an edge list, two flat arrays instead of
/// a pair of vectors per vertex (measured 2-3 times faster to build than an adjacency_list).
using TopologyGraph
    = boost::compressed_sparse_row_graph<boost::bidirectionalS, boost::no_property, TopologyEdge>;
using TopologyVertex = TopologyGraph::vertex_descriptor;
using TopologyEdgeRef = TopologyGraph::edge_descriptor;

/// A Boost.Graph view of a model, built in O(n + e): one vertex per element of the ModelIndex
/// (same numbering), plus an egress vertex per container (account, network, subnet). A
/// connection runs from its source's egress vertex to its target's vertex. A container's vertex
/// has Contains edges to its members and every member has one to the container's egress vertex,
/// so traffic sent to a subnet reaches the services placed in it, and traffic a subnet sends
/// leaves from its services, without creating a path from one member to another.
///
/// Built once per engine run and shared by the rules through RuleContext::cache (topologyOf).
class Topology
{
public:
    static constexpr TopologyVertex npos = std::numeric_limits<TopologyVertex>::max();

    /// Builds the view of ctx's model; it refers to ctx.index, which must outlive it.
    explicit Topology(const RuleContext &ctx);

    /// The Boost graph (vertices: elements then egress vertices).
    const TopologyGraph &graph() const { return m_graph; }
    /// Elements plus egress vertices.
    std::size_t vertexCount() const { return boost::num_vertices(m_graph); }

    /// The vertex traffic to id arrives at, or npos for an unknown id.
    TopologyVertex vertexOf(std::string_view id) const;
    /// The element a vertex stands for (a container's egress vertex maps to the container).
    const ElementRef &element(TopologyVertex v) const { return m_refs[elementIndex(v)]; }
    /// The element's index in ModelIndex::elements().
    std::size_t elementIndex(TopologyVertex v) const
    {
        return v < m_elements ? v : m_egressOwner[v - m_elements];
    }
    /// True for the egress vertex of a container.
    bool isEgress(TopologyVertex v) const { return v >= m_elements; }
    /// The element's id.
    std::string_view id(TopologyVertex v) const;
    /// The service at v, or null.
    const Service *service(TopologyVertex v) const;
    /// The catalog kind of the service at v, or null.
    const KindSpec *spec(TopologyVertex v) const { return v < m_elements ? m_specs[v] : nullptr; }
    /// True when v is an external of kind internet.
    bool isInternet(TopologyVertex v) const;

    /// Calls fn(connection, peer vertex) for each connection arriving at v.
    template<typename Fn> void forEachIncoming(TopologyVertex v, Fn &&fn) const
    {
        for (auto [it, end] = boost::in_edges(v, m_graph); it != end; ++it)
            if (const auto &e = m_graph[*it]; e.kind == EdgeKind::Connection)
                fn(*e.connection, boost::source(*it, m_graph));
    }
    /// Calls fn(connection, peer vertex) for each connection leaving v (for a container: leaving
    /// its egress vertex).
    template<typename Fn> void forEachOutgoing(TopologyVertex v, Fn &&fn) const
    {
        const TopologyVertex from = egressOf(v);
        for (auto [it, end] = boost::out_edges(from, m_graph); it != end; ++it)
            if (const auto &e = m_graph[*it]; e.kind == EdgeKind::Connection)
                fn(*e.connection, boost::target(*it, m_graph));
    }
    /// Number of connections that start or end at v (either of a container's vertices).
    std::size_t connectionDegree(TopologyVertex v) const;

    /// The vertex traffic from v leaves by: the egress vertex of a container, else v itself.
    TopologyVertex egressOf(TopologyVertex v) const
    {
        return v < m_elements && m_egress[v] != npos ? m_egress[v] : v;
    }

private:
    using EdgeList = std::vector<std::pair<TopologyVertex, TopologyVertex>>;
    void addContainment(
        const ServiceView &services, EdgeList &edges, std::vector<TopologyEdge> &props);
    void addContains(TopologyVertex parent, TopologyVertex member, EdgeList &edges,
        std::vector<TopologyEdge> &props) const;

    const ModelIndex &m_index;
    const std::vector<ElementRef> &m_refs; ///< the index's elements; vertex i = element i
    TopologyGraph m_graph;
    std::size_t m_elements = 0;
    std::vector<const KindSpec *> m_specs; ///< per element index (services only)
    std::vector<TopologyVertex> m_egress; ///< per element index, npos if not a container
    std::vector<std::size_t> m_egressOwner; ///< per egress vertex: element index
};

/// The run's shared topology, built on first use; when the context has no cache (a rule run on
/// its own), one is built into local.
const Topology &topologyOf(const RuleContext &ctx, std::optional<Topology> &local);

} // namespace cw::rules
