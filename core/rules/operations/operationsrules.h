// SPDX-License-Identifier: MIT
#pragma once

#include "rules/rule.h"

#include <memory>

/// Factories for the operational-excellence rules; registerOperationsRules() adds them in id
/// order. The graph rule OPS-008 lives in rules/graph/ with the other Boost.Graph rules.
namespace cw::rules {

std::unique_ptr<Rule> makeFlowLogsRule(); // OPS-001
std::unique_ptr<Rule> makeAccessLogsRule(); // OPS-002
std::unique_ptr<Rule> makeContainerTelemetryRule(); // OPS-003
std::unique_ptr<Rule> makeDatabaseTelemetryRule(); // OPS-004
std::unique_ptr<Rule> makeMonitoringSinkRule(); // OPS-005
std::unique_ptr<Rule> makeRequiredTagsRule(); // OPS-006
std::unique_ptr<Rule> makeProviderNamesRule(); // OPS-007

} // namespace cw::rules
