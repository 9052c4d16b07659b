// SPDX-License-Identifier: MIT
#pragma once

#include "rules/rule.h"

#include <memory>

/// Factories for the sustainability rules; registerSustainabilityRules() adds them in id order.
namespace cw::rules {

std::unique_ptr<Rule> makeRegionRationaleRule(); // SUS-001
std::unique_ptr<Rule> makeIdleCapacityRule(); // SUS-002

} // namespace cw::rules
