// SPDX-License-Identifier: MIT
#pragma once

#include "drawio/diagramtext.h"

#include <string>

namespace cw::exporters {

/// The draw.io style string of a placed node: AWS4 groups, resource icons and resource shapes
/// (Sidebar-AWS4.js), Azure icons from img/lib/azure2 (Sidebar-Azure2.js) in Azure-blue groups,
/// plain shapes for externals and for kinds without an icon.
std::string drawioStyle(const layout::Node &node, const NodeText &text, const std::string &kind);

/// True when style draws an icon (AWS resource icon or shape, Azure image) with its label below,
/// so the cell is a small square rather than the service's whole box.
bool drawioIconStyle(const std::string &style);

/// The style of a connection edge.
std::string drawioEdgeStyle();

} // namespace cw::exporters
