// SPDX-License-Identifier: MIT
#include "rules/graph/graphrules.h"

#include "rules/registry.h"

namespace cw::rules {

void registerGraphRules(RuleRegistry &registry)
{
    registry.add(makeOrphanServiceRule());
    registry.add(makeDependencyCycleRule());
    registry.add(makeSinglePointRule());
    registry.add(makeUnguardedDataRule());
}

} // namespace cw::rules
