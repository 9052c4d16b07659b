// SPDX-License-Identifier: MIT
#include "rules/sustainability/sustainabilityrules.h"

#include "rules/registry.h"

namespace cw::rules {

void registerSustainabilityRules(RuleRegistry &registry)
{
    registry.add(makeRegionRationaleRule());
    registry.add(makeIdleCapacityRule());
}

} // namespace cw::rules
