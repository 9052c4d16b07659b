// SPDX-License-Identifier: MIT
#include "rules/network/networkrules.h"
#include "rules/registry.h"

namespace cw::rules {

void registerNetworkRules(RuleRegistry &registry)
{
    registry.add(makeNetworkSizeRule());
    registry.add(makeSubnetInNetworkRule());
    registry.add(makeSubnetOverlapRule());
    registry.add(makeLinkedOverlapRule());
}

} // namespace cw::rules
