// SPDX-License-Identifier: MIT
#pragma once

#include "reports/reportinput.h"

namespace cw::reports {

/// A Markdown review: scorecard per pillar (open findings by severity, waived apart), the
/// configuration in force, then each finding with its element, why it matters and how to fix it.
/// Model text is escaped so names with | [ ] ( ) < > stay inert.
std::string markdownReport(const ReportInput &input);

/// The same review as one self-contained HTML page (inline CSS, no scripts, everything escaped).
std::string htmlReport(const ReportInput &input);

} // namespace cw::reports
