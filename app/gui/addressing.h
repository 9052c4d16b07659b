// SPDX-License-Identifier: MIT
#pragma once

#include "model/model.h"

#include <string>
#include <vector>

/// Addresses and id stems for new elements: free blocks for networks and subnets, so drawn,
/// planned and pasted elements start without overlaps.
namespace cw::gui {

/// The first /16 of 10.0.0.0/8 that no network of the design uses ("10.0.0.0/16" if none).
std::string freeNetworkBlock(const Model &model);

/// The first block of prefix (at least the network's own) in the network's primary IPv4 block
/// that none of its subnets nor extraUsed overlaps; empty when none is free.
std::string freeSubnetBlock(
    const Network &network, int prefix = 24, const std::vector<std::string> &extraUsed = {});

/// The zone's short suffix for ids: "eu-west-1a" -> "a", "2" -> "2".
std::string zoneSuffix(const std::string &zone);

/// A kind without its provider: "aws.nat-gateway" -> "nat-gateway".
std::string shortKind(const std::string &kind);

} // namespace cw::gui
