// SPDX-License-Identifier: MIT
#pragma once

#include "layout/layout.h"
#include "layout/metrics.h"

#include <map>

/// Internal steps of the layout: default placement, merging stored geometry,
/// routing.
namespace cw::layout::detail {

/// Every element of model placed from scratch, parents before children.
std::vector<Node> placeDefault(const Model &model, const Options &options);

/// Replaces default rects with valid stored ones (finite, positive size) and moves unplaced
/// children along with a stored parent; normalise() then makes the result consistent.
void applyStored(const Model &model, std::vector<Node> &nodes);

/// Makes placed nodes obey the nesting rules, keeping every rect that already does: services
/// inside their subnet below its title (and below the subnet's span bands), subnets inside
/// their zone column and stacked without overlap, subnets spanned by one service on one row,
/// spanning services as bands across exactly their subnets, siblings apart, and every
/// container grown to hold its children. Idempotent; default placements come out unchanged.
void normalise(const Model &model, std::vector<Node> &nodes);

/// Routes model's connections between the placed nodes within the options' time
/// cap.
std::vector<Route> routeConnections(
    const Model &model, const Geometry &geometry, const Options &options);

class Obstacles;

/// Moves segments of different routes that lie on one line over a shared range
/// onto parallel tracks, sliding route ends along their boxes' sides, and
/// places each route's label.
/// Among the ways to fan a corridor out it takes the one crossing the fewest obstacles.
void separateParallel(std::vector<Route> &routes, const Geometry &geometry, const Model &model,
    const Obstacles &obstacles);

/// Where a route sits in a corridor it shares: (route, segment) -> (track, tracks).
using TrackMap = std::map<std::pair<std::size_t, std::size_t>, std::pair<int, int>>;

/// Puts each route's label where it covers no box, title or other label: the middle of its
/// longest segment first (staggered along a shared corridor), then other places along it.
void placeLabels(std::vector<Route> &routes, const Model &model, const Obstacles &obstacles,
    const TrackMap &tracks);

/// The title label of every container node (accounts, networks, zone columns,
/// subnets), as the router avoids it: the top-left corner the name and detail
/// line take (centred for zones).
std::vector<Rect> titleLabels(const Model &model, const std::vector<Node> &nodes);

/// The smallest rect holding both.
Rect unite(const Rect &a, const Rect &b);

} // namespace cw::layout::detail
