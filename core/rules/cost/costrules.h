// SPDX-License-Identifier: MIT
#pragma once

#include "rules/rule.h"

#include <memory>

/// Factories for the cost-optimisation rules; registerCostRules() adds them in id order. The
/// graph rule COST-006 lives in rules/graph/ with the other Boost.Graph rules.
namespace cw::rules {

std::unique_ptr<Rule> makeIdleResourcesRule(); // COST-001
std::unique_ptr<Rule> makeRetentionRule(); // COST-002
std::unique_ptr<Rule> makeCrossZoneEgressRule(); // COST-003
std::unique_ptr<Rule> makeNonProdHaRule(); // COST-004
std::unique_ptr<Rule> makeNatCountRule(); // COST-005

} // namespace cw::rules
