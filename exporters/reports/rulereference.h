// SPDX-License-Identifier: MIT
#pragma once

#include "rules/registry.h"

#include <string>

namespace cw::reports {

/// docs/rules.md: a Markdown reference generated from the rules' metadata, grouped by pillar
/// (summary table, then per rule: severity, kind, providers, rationale, fix, options, references).
std::string ruleReferenceMarkdown(const rules::RuleRegistry &registry);

} // namespace cw::reports
