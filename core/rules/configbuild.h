// SPDX-License-Identifier: MIT
#pragma once

#include "rules/registry.h"
#include "rules/ruleconfig.h"

#include <string>
#include <vector>

namespace cw::rules {

/// Turns settings as written (a document's `rules:` section or a project file) into a checked
/// configuration. Unknown rule ids (with a did-you-mean), unknown severities, options a rule does
/// not declare and non-numeric values are reported in errors as "file:line:column: error: ...";
/// the valid entries are still applied. Disabling a constraint rule is not applied: it lands in
/// RuleConfig::ignoredDisables, and SUP-003 reports it.
RuleConfig buildConfig(const RuleSettings &settings, const std::string &file,
    const RuleRegistry &registry, std::vector<std::string> &errors);

} // namespace cw::rules
