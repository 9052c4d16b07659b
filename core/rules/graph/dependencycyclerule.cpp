// SPDX-License-Identifier: MIT
#include "rules/graph/graphrules.h"
#include "rules/rulehelpers.h"
#include "rules/views/reach.h"
#include "rules/views/topology.h"

#include <algorithm>
#include <boost/graph/filtered_graph.hpp>
#include <boost/graph/strong_components.hpp>
#include <deque>

/// OPS-008 (graph): no dependency cycles between services. Strongly connected components (Boost
/// strong_components) of more than one service over service-to-service connections are cycles;
/// each is reported once, on its first service in document order, with one concrete cycle found
/// by a breadth-first search inside the component. Queues and topics decouple their ends, so by
/// default a cycle through SQS or SNS does not count. O(n + e).
namespace cw::rules {
namespace {

bool isAsync(std::string_view kind)
{
    return kind == "aws.sqs" || kind == "aws.sns";
}

struct ServiceVertices
{
    const Topology *topo = nullptr;
    bool asyncBreaks = true;
    bool operator()(TopologyVertex v) const
    {
        const Service *s = topo->service(v);
        return s && !(asyncBreaks && isAsync(s->kind));
    }
};

struct ConnectionEdges
{
    const TopologyGraph *g = nullptr;
    bool operator()(const TopologyEdgeRef &e) const { return (*g)[e].kind == EdgeKind::Connection; }
};

class DependencyCycleRule final : public Rule
{
public:
    const RuleMeta &meta() const override
    {
        static const RuleMeta m {
            .id = "OPS-008",
            .title = "No dependency cycles between services",
            .pillar = Pillar::Operations,
            .severity = Severity::Medium,
            .kind = RuleKind::BestPractice,
            .providers = {},
            .rationale = "Graph rule. Services that call each other in a cycle cannot be deployed, "
                         "started or recovered one after the other, and a slowdown in one feeds "
                         "back into itself through retries; synchronous cycles are how partial "
                         "outages become total ones.",
            .remediation = "Break the cycle: reverse one dependency, or decouple it with a queue "
                           "or an event.",
            .references = { "[heuristic] strongly connected components; no anchor checks cycles",
                "WA REL04-BP02 (loosely coupled dependencies)" },
            .options = { { "async_breaks_cycles", 1,
                "1 = a cycle through an SQS queue or SNS topic is decoupled and not "
                "reported; 0 = report it too" } },
        };
        return m;
    }

    void check(const RuleContext &ctx, FindingSink &sink) const override
    {
        std::optional<Topology> ownTopology;
        const Topology &topo = topologyOf(ctx, ownTopology);
        const TopologyGraph &g = topo.graph();
        const std::size_t n = topo.vertexCount();
        const boost::filtered_graph<TopologyGraph, ConnectionEdges, ServiceVertices> fg(g,
            ConnectionEdges { &g },
            ServiceVertices { &topo, ctx.option(meta(), "async_breaks_cycles") != 0 });
        std::vector<std::size_t> comp(n, 0);
        boost::strong_components(fg,
            boost::make_iterator_property_map(comp.begin(), boost::get(boost::vertex_index, g)));

        // Members per component, in document order.
        std::vector<std::vector<TopologyVertex>> members(n);
        for (auto [it, end] = boost::vertices(fg); it != end; ++it)
            members[comp[*it]].push_back(*it);

        std::vector<TopologyVertex> pred(n, Topology::npos);
        for (const auto &cycle : members) {
            if (cycle.size() < 2)
                continue;
            const TopologyVertex first = cycle.front();
            const std::vector<std::string> path = cyclePath(fg, comp, first, pred, topo);
            std::vector<std::string> others;
            for (std::size_t i = 1; i < cycle.size(); ++i)
                others.push_back(std::string(topo.id(cycle[i])));
            const Service &s = *topo.service(first);
            sink.report(s.id, s.loc,
                    describe(ctx, s) + " is part of a dependency cycle of "
                        + std::to_string(cycle.size()) + " services: " + arrowPath(path),
                    "Break the cycle " + arrowPath(path)
                        + ": reverse one of its connections or decouple it with a queue.")
                .related
                = others;
        }
    }

private:
    /// One cycle through first, found by BFS inside its component: first → … → first.
    template<typename Graph>
    static std::vector<std::string> cyclePath(const Graph &fg, const std::vector<std::size_t> &comp,
        TopologyVertex first, std::vector<TopologyVertex> &pred, const Topology &topo)
    {
        std::deque<TopologyVertex> queue { first };
        pred[first] = first;
        TopologyVertex last = Topology::npos;
        while (!queue.empty() && last == Topology::npos) {
            const TopologyVertex at = queue.front();
            queue.pop_front();
            for (auto [it, end] = boost::out_edges(at, fg); it != end; ++it) {
                const TopologyVertex next = boost::target(*it, fg);
                if (comp[next] != comp[first])
                    continue;
                if (next == first) {
                    last = at;
                    break;
                }
                if (pred[next] == Topology::npos) {
                    pred[next] = at;
                    queue.push_back(next);
                }
            }
        }
        std::vector<std::string> ids { std::string(topo.id(first)) };
        for (TopologyVertex at = last; at != first && at != Topology::npos; at = pred[at])
            ids.push_back(std::string(topo.id(at)));
        ids.push_back(std::string(topo.id(first)));
        std::reverse(ids.begin() + 1, ids.end() - 1);
        return ids;
    }
};

} // namespace

std::unique_ptr<Rule> makeDependencyCycleRule()
{
    return std::make_unique<DependencyCycleRule>();
}

} // namespace cw::rules
