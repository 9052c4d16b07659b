// SPDX-License-Identifier: MIT
#pragma once

/// The sizes of the one layout: the canvas, its drop logic and every exporter read these, so
/// what is drawn and what is placed never disagree.
namespace cw::layout {

inline constexpr double kServiceW = 128;
inline constexpr double kServiceH = 92;
inline constexpr double kSpanH = 52; ///< height of a service spanning several subnets
inline constexpr double kBandH = 68; ///< room reserved in a subnet row for one spanning service
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
inline constexpr double kOuterGap = 160; ///< between the externals' columns and the accounts
/// Between an account's own services and its networks: the corridor most routes run along, wide
/// enough for several of them side by side.
inline constexpr double kCorridor = 72;

/// Smallest sizes a box may be given by hand (resizing, or a stored rect).
inline constexpr double kMinAccountW = 300, kMinAccountH = 150;
inline constexpr double kMinNetworkW = 320, kMinNetworkH = 200;
inline constexpr double kMinSubnetW = 160, kMinSubnetH = 80;

} // namespace cw::layout
