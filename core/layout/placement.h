// SPDX-License-Identifier: MIT
#pragma once

#include "layout/layout.h"

#include <map>

/// Internal steps of the layout: default placement, merging stored geometry,
/// routing.
namespace cw::layout::detail {

inline constexpr double kServiceW = 128;
inline constexpr double kServiceH = 92;
inline constexpr double kSpanH = 52; ///< height of a service spanning several subnets
inline constexpr double kBandH = 68; ///< room reserved in a subnet row for one spanning service
inline constexpr double kGap = 16;
inline constexpr double kSubnetTitle = 34;
inline constexpr double kSubnetPad = 14;
inline constexpr double kColumnTitle = 30;
inline constexpr double kColumnPad = 12;
inline constexpr double kColumnGap = 18;
inline constexpr double kNetworkTitle = 46;
inline constexpr double kNetworkPad = 20;
inline constexpr double kAccountTitle = 50;
inline constexpr double kAccountPad = 26;
inline constexpr double kExternalW = 128;
inline constexpr double kExternalH = 92;
inline constexpr double kOuterGap = 160; ///< between the externals' columns and the accounts
/// Between an account's own services and its networks: the corridor most routes run along, wide
/// enough for several of them side by side.
inline constexpr double kCorridor = 72;

/// Every element of model placed from scratch, parents before children.
std::vector<Node> placeDefault(const Model &model, const Options &options);

/// Replaces default rects with stored ones, moves unplaced children along with
/// a stored parent, pushes unplaced nodes off stored siblings and grows
/// containers around their children.
void applyStored(const Model &model, std::vector<Node> &nodes);

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
