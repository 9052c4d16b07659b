// SPDX-License-Identifier: MIT
#pragma once

#include "rules/rule.h"

#include <memory>

/// Factories for the reliability rules; registerReliabilityRules() adds them in id order.
namespace cw::rules {

std::unique_ptr<Rule> makeTierZonesRule(); // REL-001
std::unique_ptr<Rule> makeAlbZonesRule();  // REL-002

} // namespace cw::rules
