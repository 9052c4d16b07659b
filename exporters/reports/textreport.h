// SPDX-License-Identifier: MIT
#pragma once

#include "reports/reportinput.h"

namespace cw::reports {

/// Compiler-style lines "file:line:col: severity: [ID] message", each followed by the fix, then
/// a summary line.
std::string textReport(const ReportInput &input);

/// One line per rule: id, severity, kind, pillar, title.
std::string textRuleList(const rules::RuleRegistry &registry);

} // namespace cw::reports
