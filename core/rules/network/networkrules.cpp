// SPDX-License-Identifier: MIT
#include "rules/network/networkrules.h"

#include "rules/registry.h"

namespace cw::rules {

void registerNetworkRules(RuleRegistry &registry)
{
    registry.add(makeNetworkSizeRule());
    registry.add(makeSubnetInNetworkRule());
    registry.add(makeSubnetOverlapRule());
    registry.add(makeSecondaryCidrRule());
    registry.add(makeReservedRangeRule());
    registry.add(makePrivateAddressRule());
    registry.add(makeLinkedOverlapRule());
    registry.add(makeSubnetCapacityRule());
    registry.add(makeSubnetMinSizeRule());
    registry.add(makeSpecialSubnetRule());
    registry.add(makeDedicatedSubnetRule());
    registry.add(makeDelegationRule());
    registry.add(makeAksCniSubnetRule());
    registry.add(makeEksSubnetZonesRule());
    registry.add(makeTgwZonesRule());
    registry.add(makeSubnetZoneRule());
    registry.add(makeLinkCompleteRule());
    registry.add(makeDockerBridgeRule());
}

} // namespace cw::rules
