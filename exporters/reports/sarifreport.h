// SPDX-License-Identifier: MIT
#pragma once

#include "reports/reportinput.h"

namespace cw::reports {

/// SARIF 2.1.0 as GitHub code scanning accepts it: every rule with descriptions and help, results
/// with locations, levels, partial fingerprints, and suppressions with their justification.
std::string sarifReport(const ReportInput &input);

} // namespace cw::reports
