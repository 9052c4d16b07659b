// SPDX-License-Identifier: MIT
#pragma once

#include "model/model.h"

#include <string>
#include <unordered_map>

/// The designer's simple default layout, used wherever the model has no diagram geometry:
/// accounts side by side, networks inside, zone columns x tier rows, services in subnets.
/// Kept in this one file so a fuller auto-layout can replace it.
namespace cw::gui::layout {

/// Sizes shared by the layout, the canvas drop logic and the scene.
inline constexpr double kServiceW = 128;
inline constexpr double kServiceH = 92;
inline constexpr double kSpanH = 52; ///< height of a service spanning several subnets
inline constexpr double kBandH = 68; ///< room reserved in a subnet for one spanning service
inline constexpr double kGap = 16;
inline constexpr double kSubnetTitle = 34;
inline constexpr double kSubnetPad = 14;
inline constexpr double kColumnTitle = 30; ///< zone label above a zone column's subnets
inline constexpr double kColumnPad = 12;
inline constexpr double kColumnGap = 18;
inline constexpr double kNetworkTitle = 46;
inline constexpr double kNetworkPad = 20;
inline constexpr double kAccountTitle = 50;
inline constexpr double kAccountPad = 26;
inline constexpr double kExternalW = 128;
inline constexpr double kExternalH = 92;

using Geometry = std::unordered_map<std::string, Rect>;

/// Rects for every element of model: stored diagram rects where present; elsewhere the default
/// layout, moved along with a stored parent. Containers are grown to hold their children.
Geometry effectiveGeometry(const Model &model);

/// The zones a network shows as columns (cw::layout::columnZones).
std::vector<std::string> columnZones(const Network &network);

/// True when every element of model has stored geometry.
bool fullyPlaced(const Model &model);

} // namespace cw::gui::layout
