// SPDX-License-Identifier: MIT
#pragma once

#include "rules/rule.h"

#include <memory>

/// Factories for the network rules; registerNetworkRules() adds them in id order.
namespace cw::rules {

std::unique_ptr<Rule> makeNetworkSizeRule();     // NET-001
std::unique_ptr<Rule> makeSubnetInNetworkRule(); // NET-002
std::unique_ptr<Rule> makeSubnetOverlapRule();   // NET-003
std::unique_ptr<Rule> makeLinkedOverlapRule();   // NET-007

} // namespace cw::rules
