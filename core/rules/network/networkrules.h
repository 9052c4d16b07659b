// SPDX-License-Identifier: MIT
#pragma once

#include "rules/rule.h"

#include <memory>

/// Factories for the network rules; registerNetworkRules() adds them in id order.
namespace cw::rules {

std::unique_ptr<Rule> makeNetworkSizeRule(); // NET-001
std::unique_ptr<Rule> makeSubnetInNetworkRule(); // NET-002
std::unique_ptr<Rule> makeSubnetOverlapRule(); // NET-003
std::unique_ptr<Rule> makeSecondaryCidrRule(); // NET-004
std::unique_ptr<Rule> makeReservedRangeRule(); // NET-005
std::unique_ptr<Rule> makePrivateAddressRule(); // NET-006
std::unique_ptr<Rule> makeLinkedOverlapRule(); // NET-007
std::unique_ptr<Rule> makeSubnetCapacityRule(); // NET-008
std::unique_ptr<Rule> makeSubnetMinSizeRule(); // NET-009
std::unique_ptr<Rule> makeSpecialSubnetRule(); // NET-010
std::unique_ptr<Rule> makeDedicatedSubnetRule(); // NET-011
std::unique_ptr<Rule> makeDelegationRule(); // NET-012
std::unique_ptr<Rule> makeAksCniSubnetRule(); // NET-013
std::unique_ptr<Rule> makeEksSubnetZonesRule(); // NET-014
std::unique_ptr<Rule> makeTgwZonesRule(); // NET-015
std::unique_ptr<Rule> makeSubnetZoneRule(); // NET-017
std::unique_ptr<Rule> makeLinkCompleteRule(); // NET-018
std::unique_ptr<Rule> makeDockerBridgeRule(); // NET-019

} // namespace cw::rules
