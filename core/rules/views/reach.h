// SPDX-License-Identifier: MIT
#pragma once

#include "rules/views/topology.h"

#include <string>
#include <vector>

namespace cw::rules {

/// Breadth-first search (Boost.Graph) from every source at once over the traffic edges of topo
/// (connections, private-endpoint fronts and containment; not references or log deliveries),
/// never entering a blocked vertex. With reverse, edges are followed backwards (who can reach the
/// sources).
/// Returns each vertex's BFS predecessor (a source is its own), Topology::npos when unreached.
/// O(n + e).
std::vector<TopologyVertex> trafficReach(const Topology &topo,
    const std::vector<TopologyVertex> &sources, const std::vector<char> &blocked,
    bool reverse = false);

/// The element ids on the BFS path to v, source first; a container's two vertices appear once.
/// Long paths keep their ends around an ellipsis so messages stay readable.
std::vector<std::string> pathTo(
    const Topology &topo, const std::vector<TopologyVertex> &pred, TopologyVertex v);

/// "a → b → c"
std::string arrowPath(const std::vector<std::string> &ids);

} // namespace cw::rules
