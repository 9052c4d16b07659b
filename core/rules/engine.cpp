// SPDX-License-Identifier: MIT
#include "rules/engine.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <map>
#include <numeric>
#include <tuple>

namespace cw::rules {

std::size_t Report::countAtLeast(Severity min) const
{
    return static_cast<std::size_t>(std::count_if(findings.begin(), findings.end(),
        [&](auto &f) { return !f.suppressed && f.severity >= min; }));
}

Engine::Engine(const RuleRegistry &registry, const Catalog &catalog)
    : m_registry(registry)
    , m_catalog(catalog)
{ }

std::string currentDate()
{
    const auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    const std::chrono::year_month_day ymd { days };
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
    RuleContext ctx { model, index, m_catalog, net, options.config,
        options.today.empty() ? currentDate() : options.today };
    ctx.cache = &cache;
    Report report;
    for (const auto &rule : m_registry.rules()) {
        if (rule->postPhase() || options.config.isDisabled(rule->meta().id))
            continue;
        FindingSink sink(rule->meta(), options.config.severityOf(rule->meta()), report.findings);
        rule->check(ctx, sink);
    }
    // Suppression checks see the ordinary findings (collected apart, so the vector they read is
    // not growing under them); their own findings cannot be waived.
    const std::size_t ordinary = report.findings.size();
    ctx.findings = &report.findings;
    std::vector<Finding> post;
    for (const auto &rule : m_registry.rules()) {
        if (!rule->postPhase() || options.config.isDisabled(rule->meta().id))
            continue;
        FindingSink sink(rule->meta(), options.config.severityOf(rule->meta()), post);
        rule->check(ctx, sink);
    }

    // A waiver applies to (rule, target) of a best-practice rule until it expires (ISO dates
    // compare as text). Constraints cannot be waived: the provider would still refuse.
    std::map<std::pair<std::string_view, std::string_view>, const Suppression *> waivers;
    for (const auto &s : model.suppressions) {
        const Rule *r = m_registry.find(s.rule);
        if (r && r->meta().kind == RuleKind::BestPractice
            && (s.expires.empty() || s.expires >= ctx.today))
            waivers.emplace(std::pair<std::string_view, std::string_view> { s.rule, s.target }, &s);
    }
    if (!waivers.empty())
        for (std::size_t i = 0; i < ordinary; ++i) {
            auto &f = report.findings[i];
            auto it = waivers.find({ f.ruleId, f.target });
            if (it != waivers.end()) {
                f.suppressed = true;
                f.justification = it->second->reason;
            }
        }
    report.findings.insert(report.findings.end(), std::make_move_iterator(post.begin()),
        std::make_move_iterator(post.end()));

    // Sort indices, then move each finding once: findings are large to swap.
    std::vector<std::uint32_t> order(report.findings.size());
    std::iota(order.begin(), order.end(), 0u);
    const auto &all = report.findings;
    std::sort(order.begin(), order.end(), [&](std::uint32_t i, std::uint32_t j) {
        const Finding &a = all[i];
        const Finding &b = all[j];
        return std::tie(a.loc.line, a.loc.column, a.ruleId, a.target, a.message, i)
            < std::tie(b.loc.line, b.loc.column, b.ruleId, b.target, b.message, j);
    });
    std::vector<Finding> sorted;
    sorted.reserve(order.size());
    for (auto i : order)
        sorted.push_back(std::move(report.findings[i]));
    report.findings = std::move(sorted);
    return report;
}

} // namespace cw::rules
