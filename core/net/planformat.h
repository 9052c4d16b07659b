// SPDX-License-Identifier: MIT
#pragma once

#include "net/planner.h"

#include <string>
#include <string_view>

/// Text renderings of a subnet plan: a table for people and a `subnets:` block for model files.
namespace cw::net {

/// The subnet tier a planner tier name stands for (case-insensitive): public, pub, web, edge,
/// dmz -> Public; db, data, database, isolated -> Isolated; anything else -> Private.
Tier tierKindOf(std::string_view tierName);

/// An aligned table (tier, zone or range/spare, CIDR, usable addresses for provider) followed by
/// one line listing the unallocated blocks of the network.
std::string planToText(const Plan &plan, Provider provider);

/// A `subnets:` block in the model's file format, one flow mapping per zone subnet:
/// `- { id: app-a, tier: private, zone: eu-west-3a, cidr: 10.0.1.0/24 }`. Ids are
/// "<tier>-<zone suffix>" reduced to [a-z0-9-] and made unique; spare and range rows are not
/// subnets and are left out. indent is the number of spaces before "subnets:".
std::string planToYaml(const Plan &plan, int indent = 0);

} // namespace cw::net
