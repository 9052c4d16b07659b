// SPDX-License-Identifier: MIT
#include "rules/graph/graphrules.h"
#include "rules/rulehelpers.h"
#include "rules/views/reach.h"
#include "rules/views/zonespan.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/biconnected_components.hpp>
#include <deque>
#include <unordered_map>

/// REL-020 (graph): no single-zone element is a single point of failure between users and data.
///
/// The subgraph H holds the vertices that lie on some path from an internet external to a data
/// store (forward reachable from the internet and backward reachable from data, two Boost BFS).
/// Its undirected form, plus one super-source joined to every internet external, is split into
/// biconnected components (Boost biconnected_components); in the block-cut tree rooted at the
/// super-source, the articulation points on the way up from a data store are exactly the vertices
/// every internet-to-that-store path crosses. Those that cannot survive a zone loss (catalog
/// zone_redundant false and fewer than two zones, see zonespan.h) are reported. O(n + e log e).
namespace cw::rules {
namespace {

using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS,
    boost::no_property, boost::property<boost::edge_index_t, std::size_t>>;

class SinglePointRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "REL-020",
            .title = "No single-zone element is a single point of failure between users and data",
            .pillar = Pillar::Reliability,
            .severity = Severity::High,
            .kind = RuleKind::BestPractice,
            .providers = {},
            .rationale = "Graph rule. When every path from the internet to a data store crosses "
                         "one element that lives in a single zone, losing that zone (or that "
                         "instance) cuts users off from their data however redundant the rest "
                         "is. Per-resource checks cannot see this; the articulation points of the "
                         "user-to-data graph can.",
            .remediation = "Spread the element over two or more zones (more subnets, Multi-AZ, "
                           "zone redundancy) or add a second, independent path around it.",
            .references
            = { "WA REL10-BP01", "[heuristic] articulation points; no anchor checks paths" },
            .options = { { "include_non_prod", 0,
                "1 = also report elements of dev, test and staging accounts (default: "
                "production only)" } },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        std::optional<Topology> ownTopology;
        const Topology &topo = topologyOf(ctx, ownTopology);
        const std::size_t n = topo.vertexCount();
        std::vector<TopologyVertex> sources;
        std::vector<TopologyVertex> sinks;
        for (TopologyVertex v = 0; v < n; ++v) {
            if (topo.isInternet(v))
                sources.push_back(v);
            else if (const KindSpec *spec = topo.spec(v); spec && spec->dataStore)
                sinks.push_back(v);
        }
        if (sources.empty() || sinks.empty())
            return;
        const std::vector<char> none(n, 0);
        const auto fwd = trafficReach(topo, sources, none);
        const auto bwd = trafficReach(topo, sinks, none, true);

        // Compact numbering of H; vertex 0 of the undirected graph is the super-source.
        std::vector<std::size_t> local(n, 0);
        std::vector<TopologyVertex> global { Topology::npos };
        for (TopologyVertex v = 0; v < n; ++v)
            if (fwd[v] != Topology::npos && bwd[v] != Topology::npos) {
                local[v] = global.size();
                global.push_back(v);
            }
        std::vector<std::pair<std::size_t, std::size_t>> edges;
        const TopologyGraph &g = topo.graph();
        for (auto [it, end] = boost::edges(g); it != end; ++it) {
            const std::size_t a = local[boost::source(*it, g)];
            const std::size_t b = local[boost::target(*it, g)];
            if (a != 0 && b != 0 && a != b && g[*it].carriesTraffic())
                edges.emplace_back(std::min(a, b), std::max(a, b));
        }
        for (TopologyVertex s : sources)
            if (local[s] != 0)
                edges.emplace_back(0, local[s]);
        std::sort(edges.begin(), edges.end());
        edges.erase(std::unique(edges.begin(), edges.end()), edges.end());

        if (edges.empty())
            return; // no path from the internet to data

        Undirected u(global.size());
        for (std::size_t i = 0; i < edges.size(); ++i)
            boost::add_edge(edges[i].first, edges[i].second, i, u);
        std::vector<std::size_t> component(edges.size());
        std::vector<std::size_t> cutVertices;
        const auto [blocks, out] = boost::biconnected_components(u,
            boost::make_iterator_property_map(component.begin(), boost::get(boost::edge_index, u)),
            std::back_inserter(cutVertices));
        (void)out;

        // Block-cut tree: nodes [0, blocks) are blocks, blocks + k is cut vertex k.
        std::vector<std::size_t> cutNode(global.size(), 0);
        for (std::size_t k = 0; k < cutVertices.size(); ++k)
            cutNode[cutVertices[k]] = blocks + k + 1; // +1: 0 means "not a cut vertex"
        std::vector<std::size_t> anyBlock(global.size(), blocks);
        std::vector<std::pair<std::size_t, std::size_t>> treeEdges;
        for (std::size_t i = 0; i < edges.size(); ++i)
            for (std::size_t x : { edges[i].first, edges[i].second }) {
                anyBlock[x] = component[i];
                if (cutNode[x])
                    treeEdges.emplace_back(cutNode[x] - 1, component[i]);
            }
        std::sort(treeEdges.begin(), treeEdges.end());
        treeEdges.erase(std::unique(treeEdges.begin(), treeEdges.end()), treeEdges.end());
        const std::size_t nodes = blocks + cutVertices.size();
        std::vector<std::vector<std::size_t>> tree(nodes);
        for (auto [a, b] : treeEdges) {
            tree[a].push_back(b);
            tree[b].push_back(a);
        }
        auto nodeOf = [&](std::size_t x) { return cutNode[x] ? cutNode[x] - 1 : anyBlock[x]; };

        // Root the tree at the super-source and record parents.
        constexpr std::size_t kNone = static_cast<std::size_t>(-1);
        std::vector<std::size_t> parent(nodes, kNone);
        const std::size_t root = nodeOf(0);
        parent[root] = root;
        std::deque<std::size_t> queue { root };
        while (!queue.empty()) {
            const std::size_t at = queue.front();
            queue.pop_front();
            for (std::size_t next : tree[at])
                if (parent[next] == kNone) {
                    parent[next] = at;
                    queue.push_back(next);
                }
        }

        // Walk up from each data store; a cut vertex met on the way separates it from the
        // internet. Stop at nodes already walked, so the whole pass is O(tree).
        std::vector<TopologyVertex> separates(nodes, Topology::npos); // the first store it cuts
        for (TopologyVertex d : sinks) {
            if (local[d] == 0)
                continue;
            std::size_t at = nodeOf(local[d]);
            if (cutNode[local[d]] && at != root)
                at = parent[at]; // a store does not separate itself
            while (at != root && at != kNone && separates[at] == Topology::npos) {
                separates[at] = d;
                at = parent[at];
            }
        }

        const bool nonProd = ctx.option(meta(), "include_non_prod") != 0;
        std::vector<char> reported(ctx.index.elements().size(), 0);
        for (std::size_t k = 0; k < cutVertices.size(); ++k) {
            const TopologyVertex store = separates[blocks + k];
            if (store == Topology::npos || cutVertices[k] == 0)
                continue;
            const TopologyVertex v = global[cutVertices[k]];
            const ElementRef &ref = topo.element(v);
            if ((ref.type != ElementType::Service && ref.type != ElementType::Subnet)
                || reported[topo.elementIndex(v)] || (!nonProd && !isProd(*ref.account)))
                continue;
            const ZoneSpan span = zoneSpan(ctx, ref);
            if (span.zones >= 2)
                continue;
            reported[topo.elementIndex(v)] = 1;
            const std::string id(topo.id(v));
            const std::string what
                = ref.service ? describe(ctx, *ref.service) : "subnet '" + id + "'";
            sink.report(id, ref.loc,
                    what + " (" + span.why
                        + ") is a single point of failure: every path from the internet to '"
                        + std::string(topo.id(store)) + "' passes through it",
                    "Spread '" + id
                        + "' over two or more zones, or add an independent path around it.")
                .related
                = { std::string(topo.id(store)) };
        }
    }
};

} // namespace

std::unique_ptr<Rule> makeSinglePointRule()
{
    return std::make_unique<SinglePointRule>();
}

} // namespace cw::rules
