// SPDX-License-Identifier: MIT
#pragma once

#include "reports/reportinput.h"

namespace cw::reports {

/// JUnit XML: a suite per file; a failing test case per rule × element with findings, a skipped
/// one per waived finding, and a passing one per rule that found nothing in the file.
std::string junitReport(const ReportInput &input);

} // namespace cw::reports
