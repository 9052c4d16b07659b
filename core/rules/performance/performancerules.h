// SPDX-License-Identifier: MIT
#pragma once

#include "rules/rule.h"

#include <memory>

/// Factories for the performance-efficiency rules; registerPerformanceRules() adds them in id
/// order.
namespace cw::rules {

std::unique_ptr<Rule> makeCdnOriginRule(); // PERF-001
std::unique_ptr<Rule> makeAutoscalingRule(); // PERF-002
std::unique_ptr<Rule> makeAzureLbSkuRule(); // PERF-003

} // namespace cw::rules
