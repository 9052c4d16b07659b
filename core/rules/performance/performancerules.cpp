// SPDX-License-Identifier: MIT
#include "rules/performance/performancerules.h"

#include "rules/registry.h"

namespace cw::rules {

void registerPerformanceRules(RuleRegistry &registry)
{
    registry.add(makeCdnOriginRule());
    registry.add(makeAutoscalingRule());
    registry.add(makeAzureLbSkuRule());
}

} // namespace cw::rules
