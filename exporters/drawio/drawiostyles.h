// SPDX-License-Identifier: MIT
#pragma once

#include "drawio/diagramtext.h"

#include <string>

namespace cw::exporters {

/// The draw.io style string of a placed node: AWS4 groups and resource icons (Sidebar-AWS4.js),
/// Azure-blue groups and rounded boxes, plain shapes for externals.
std::string drawioStyle(const layout::Node &node, const NodeText &text, const std::string &kind);

/// The style of a connection edge.
std::string drawioEdgeStyle();

} // namespace cw::exporters
