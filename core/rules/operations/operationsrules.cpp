// SPDX-License-Identifier: MIT
#include "rules/operations/operationsrules.h"

#include "rules/registry.h"

namespace cw::rules {

void registerOperationsRules(RuleRegistry &registry)
{
    registry.add(makeFlowLogsRule());
    registry.add(makeAccessLogsRule());
    registry.add(makeContainerTelemetryRule());
    registry.add(makeDatabaseTelemetryRule());
    registry.add(makeMonitoringSinkRule());
    registry.add(makeRequiredTagsRule());
    registry.add(makeProviderNamesRule());
}

} // namespace cw::rules
