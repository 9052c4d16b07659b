// SPDX-License-Identifier: MIT
#include "reports/scorecard.h"

#include <numeric>

namespace cw::reports {

std::size_t PillarScore::open() const
{
    return std::accumulate(bySeverity.begin(), bySeverity.end(), std::size_t(0));
}

rules::Pillar pillarOf(const ReportInput &input, const rules::Finding &f)
{
    const rules::Rule *r = input.registry ? input.registry->find(f.ruleId) : nullptr;
    return r ? r->meta().pillar : rules::Pillar::Operations;
}

std::array<PillarScore, 7> scorecard(const ReportInput &input)
{
    std::array<PillarScore, 7> rows {};
    for (std::size_t i = 0; i < rows.size(); ++i)
        rows[i].pillar = static_cast<rules::Pillar>(i);
    for (const auto &fr : input.files)
        for (const auto &f : fr.report.findings) {
            auto &row = rows[static_cast<std::size_t>(pillarOf(input, f))];
            if (f.suppressed)
                ++row.waived;
            else
                ++row.bySeverity[static_cast<std::size_t>(f.severity)];
        }
    return rows;
}

} // namespace cw::reports
