// SPDX-License-Identifier: MIT
#pragma once

#include "reports/reportinput.h"

namespace cw::reports {

/// The findings as JSON: {"files":[{"file", "findings":[...]}], "summary":{...}}.
std::string jsonReport(const ReportInput &input);

/// The registered rules with all their metadata, as a JSON array.
std::string jsonRuleList(const rules::RuleRegistry &registry);

} // namespace cw::reports
