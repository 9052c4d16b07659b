// SPDX-License-Identifier: MIT
#include "rules/registry.h"
#include "rules/reliability/reliabilityrules.h"

namespace cw::rules {

void registerReliabilityRules(RuleRegistry &registry)
{
    registry.add(makeTierZonesRule());
    registry.add(makeAlbZonesRule());
}

} // namespace cw::rules
