// SPDX-License-Identifier: MIT
#include "rules/rulemeta.h"

#include "rules/rule.h"

#include <algorithm>
#include <array>

namespace cw::rules {
namespace {

constexpr std::array<std::string_view, 5> kSeverities { "info", "low", "medium", "high",
    "critical" };
constexpr std::array<std::string_view, 7> kPillars { "network", "reliability", "security",
    "operations", "cost", "performance", "sustainability" };

} // namespace

bool RuleMeta::appliesTo(Provider p) const
{
    return providers.empty() || std::find(providers.begin(), providers.end(), p) != providers.end();
}

std::string_view toString(Severity s)
{
    return kSeverities[static_cast<std::size_t>(s)];
}
std::string_view toString(Pillar p)
{
    return kPillars[static_cast<std::size_t>(p)];
}
std::string_view toString(RuleKind k)
{
    return k == RuleKind::Constraint ? "constraint" : "best-practice";
}

std::optional<Severity> severityFromString(std::string_view s)
{
    for (std::size_t i = 0; i < kSeverities.size(); ++i)
        if (kSeverities[i] == s)
            return static_cast<Severity>(i);
    return std::nullopt;
}

std::vector<std::string> severityNames()
{
    return { kSeverities.begin(), kSeverities.end() };
}

Finding &FindingSink::report(
    const std::string &target, SourceLoc loc, std::string message, std::string fix)
{
    Finding f;
    f.ruleId = m_meta.id;
    f.severity = m_severity;
    f.target = target;
    f.loc = loc;
    f.message = std::move(message);
    f.fix = fix.empty() ? m_meta.remediation : std::move(fix);
    m_out.push_back(std::move(f));
    return m_out.back();
}

} // namespace cw::rules
