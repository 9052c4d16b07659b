// SPDX-License-Identifier: MIT
#pragma once

#include "rules/rule.h"

#include <memory>

/// The Boost.Graph rules: each reads the topology (rules/views/topology.h) of the model. Their ids
/// belong to the pillars they serve; registerGraphRules() adds them in id order.
namespace cw::rules {

class RuleRegistry;

std::unique_ptr<Rule> makeOrphanServiceRule(); // COST-006
std::unique_ptr<Rule> makeDependencyCycleRule(); // OPS-008
std::unique_ptr<Rule> makeSinglePointRule(); // REL-020
std::unique_ptr<Rule> makeUnguardedDataRule(); // SEC-018

/// Adds the graph rules (called by registerBuiltinRules after the pillar rules).
void registerGraphRules(RuleRegistry &registry);

} // namespace cw::rules
