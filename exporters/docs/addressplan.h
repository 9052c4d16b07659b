// SPDX-License-Identifier: MIT
#pragma once

#include "model/model.h"

#include <string>

namespace cw::exporters::docs {

/// The address plan of a network in Markdown: a zone x tier table with each tier's block and the
/// headroom it reserves, the subnets with their usable addresses and purpose, and per address
/// block the spare capacity and the unallocated ranges (computed with cw::net, O(n log n)).
std::string addressPlan(const Network &network, Provider provider);

} // namespace cw::exporters::docs
