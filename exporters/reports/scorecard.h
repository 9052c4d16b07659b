// SPDX-License-Identifier: MIT
#pragma once

#include "reports/reportinput.h"

#include <array>

namespace cw::reports {

/// Counts per pillar: unsuppressed findings by severity, and waived findings apart.
struct PillarScore
{
    rules::Pillar pillar = rules::Pillar::Network;
    std::array<std::size_t, 5> bySeverity {}; ///< indexed by rules::Severity
    std::size_t waived = 0;
    std::size_t open() const;
};

/// One row per pillar, in pillar order, over every file of the input.
std::array<PillarScore, 7> scorecard(const ReportInput &input);

/// The pillar of a finding's rule (Operations for unknown ids).
rules::Pillar pillarOf(const ReportInput &input, const rules::Finding &f);

} // namespace cw::reports
