// SPDX-License-Identifier: MIT
#pragma once

#include "rules/rule.h"

#include <string>

namespace cw::rules {

/// How many availability zones an element survives across, and the reason in words.
struct ZoneSpan
{
    int zones = 1; ///< 2 or more: survives the loss of one zone
    std::string why; ///< e.g. "one zone: eu-west-3a", "zone-redundant"
};

/// Zone span of a service or subnet: catalog zone_redundant kinds and services whose own
/// settings make them zone-redundant (Multi-AZ, zone_redundant, HA mode, AZ SKUs, ZRS storage,
/// AKS zones, several Aurora instances) count as 2; otherwise the distinct zones of the
/// service's subnets. An Azure subnet with zone "" spans its region's zones; a service in one
/// has no zone guarantee of its own.
ZoneSpan zoneSpan(const RuleContext &ctx, const ElementRef &ref);

} // namespace cw::rules
