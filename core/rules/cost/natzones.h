// SPDX-License-Identifier: MIT
#pragma once

#include "rules/rule.h"

#include <set>
#include <string_view>
#include <vector>

namespace cw::rules {

/// The NAT gateways of one network: how many instances they create and in which zones.
struct NatPlan
{
    std::vector<const Service *> gateways;
    std::size_t instances = 0; ///< per-zone: one per listed subnet; single: one
    std::set<std::string_view> zones; ///< zones holding a gateway instance
};

/// The NAT plan of network n, in O(services + their subnets).
NatPlan natPlan(const RuleContext &ctx, const Network &n);

} // namespace cw::rules
