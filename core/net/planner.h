// SPDX-License-Identifier: MIT
#pragma once

#include "net/cidr.h"

#include <string>
#include <vector>

/// The subnet planner: carve a network into tier ranges and per-zone subnets.
namespace cw::net {

/// One tier to plan, e.g. {"app", 24}: every zone gets a /24 of this tier.
struct TierRequest
{
    std::string name;
    int prefix = 24;
};

struct PlanRequest
{
    Cidr network;
    std::vector<std::string> zones;
    std::vector<TierRequest> tiers;
    int spare = 1; ///< spare subnet-sized slots kept free in each tier's range (seed 002 keeps 1)
    Provider provider = Provider::Aws;
};

/// One row of the plan; zone is empty for the tier's range and for spare blocks.
struct PlanRow
{
    std::string tier;
    std::string zone; ///< empty for the tier range row and spare rows
    std::string role; ///< "range", "subnet", "spare"
    Cidr cidr;
    double usable = 0; ///< usable addresses; for a range row, the sum over its zone subnets
};

struct Plan
{
    std::vector<PlanRow> rows;
    std::vector<Cidr> unallocated; ///< top-level free blocks left in the network
};

/// Plans the network or explains (in error) why it does not fit. Each tier gets a power-of-two
/// range holding zones.size() + spare subnets, ranges are placed largest first, aligned.
std::optional<Plan> planSubnets(const PlanRequest &request, std::string *error);

} // namespace cw::net
