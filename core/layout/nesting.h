// SPDX-License-Identifier: MIT
#pragma once

#include "layout/layout.h"

#include <string>
#include <vector>

namespace cw::layout {

/// The nesting rules every geometry the layout hands out obeys, as sentences naming the
/// elements that break them (empty = all hold): every element placed; children inside their
/// parent (subnets inside their zone column, zone columns inside their network...); siblings
/// apart (spanning services may cross zone columns and lie over their subnets, not over each
/// other); a spanning service a band across exactly the subnets it spans, in the row of its
/// first one, with no service of those subnets under it. Used by tests of the layout and the
/// designer.
std::vector<std::string> nestingProblems(const Model &model, const Geometry &geometry);

} // namespace cw::layout
