// SPDX-License-Identifier: MIT
#include "rules/engine.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <tuple>

namespace cw::rules {

std::size_t Report::countAtLeast(Severity min) const
{
    return static_cast<std::size_t>(std::count_if(findings.begin(), findings.end(), [&](auto &f) {
        return !f.suppressed && f.severity >= min;
    }));
}

Engine::Engine(const RuleRegistry &registry, const Catalog &catalog)
    : m_registry(registry)
    , m_catalog(catalog)
{}

std::string currentDate()
{
    const auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    const std::chrono::year_month_day ymd{days};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return buf;
}

Report Engine::run(const Model &model, const RunOptions &options) const
{
    const ModelIndex index(model);
    const NetView net(model);
    RunCache cache;
    RuleContext ctx{model, index, m_catalog, net, options.config,
                    options.today.empty() ? currentDate() : options.today};
    ctx.cache = &cache;
    Report report;
    for (const auto &rule : m_registry.rules()) {
        if (rule->postPhase() || options.config.isDisabled(rule->meta().id))
            continue;
        FindingSink sink(rule->meta(), options.config.severityOf(rule->meta()), report.findings);
        rule->check(ctx, sink);
    }
    // Suppression checks see the ordinary findings; their own findings cannot be waived.
    const std::vector<Finding> ordinary = report.findings;
    ctx.findings = &ordinary;
    for (const auto &rule : m_registry.rules()) {
        if (!rule->postPhase() || options.config.isDisabled(rule->meta().id))
            continue;
        FindingSink sink(rule->meta(), options.config.severityOf(rule->meta()), report.findings);
        rule->check(ctx, sink);
    }

    // A waiver applies to (rule, target) of a best-practice rule until it expires (ISO dates
    // compare as text). Constraints cannot be waived: the provider would still refuse.
    std::map<std::pair<std::string_view, std::string_view>, const Suppression *> waivers;
    for (const auto &s : model.suppressions) {
        const Rule *r = m_registry.find(s.rule);
        if (r && r->meta().kind == RuleKind::BestPractice
            && (s.expires.empty() || s.expires >= ctx.today))
            waivers.emplace(std::pair<std::string_view, std::string_view>{s.rule, s.target}, &s);
    }
    for (std::size_t i = 0; i < ordinary.size(); ++i) {
        auto &f = report.findings[i];
        auto it = waivers.find({f.ruleId, f.target});
        if (it != waivers.end()) {
            f.suppressed = true;
            f.justification = it->second->reason;
        }
    }

    std::stable_sort(report.findings.begin(), report.findings.end(), [](auto &a, auto &b) {
        return std::tie(a.loc.line, a.loc.column, a.ruleId, a.target, a.message)
            < std::tie(b.loc.line, b.loc.column, b.ruleId, b.target, b.message);
    });
    return report;
}

} // namespace cw::rules
