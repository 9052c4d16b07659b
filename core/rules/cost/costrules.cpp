// SPDX-License-Identifier: MIT
#include "rules/cost/costrules.h"

#include "rules/registry.h"

namespace cw::rules {

void registerCostRules(RuleRegistry &registry)
{
    registry.add(makeIdleResourcesRule());
    registry.add(makeRetentionRule());
    registry.add(makeCrossZoneEgressRule());
    registry.add(makeNonProdHaRule());
    registry.add(makeNatCountRule());
}

} // namespace cw::rules
