// SPDX-License-Identifier: MIT
#include "rules/engine.h"

#include "rules/network/placement.h"
#include "rules/views/topology.h"

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

namespace {

/// Records the time between marks into a report when asked to; free otherwise.
class Stopwatch
{
public:
    explicit Stopwatch(std::vector<RunTiming> *out)
        : m_out(out)
    {
        if (m_out)
            m_start = std::chrono::steady_clock::now();
    }
    void mark(std::string what)
    {
        if (!m_out)
            return;
        const auto now = std::chrono::steady_clock::now();
        m_out->push_back(
            { std::move(what), std::chrono::duration<double, std::milli>(now - m_start).count() });
        m_start = now;
    }

private:
    std::vector<RunTiming> *m_out;
    std::chrono::steady_clock::time_point m_start;
};

} // namespace

Report Engine::run(const Model &model, const RunOptions &options) const
{
    Report report;
    Stopwatch watch(options.timeRules ? &report.timings : nullptr);
    const ModelIndex index(model);
    const NetView net(model);
    const ServiceView services(index, m_catalog);
    const ConnectionView connections(model, index);
    RunCache cache;
    RuleContext ctx { model, index, m_catalog, net, services, connections, options.config,
        options.today.empty() ? currentDate() : options.today };
    ctx.cache = &cache;
    // About one finding per element on a large, rough design: growing the vector by doubling
    // would move every finding twice and touch fresh pages each time. Unused capacity costs
    // address space only.
    report.findings.reserve(index.elements().size() + model.connections.size());
    watch.mark("(setup)");
    if (options.timeRules) {
        // Build the views rules share up front, so each rule's time is its own work.
        std::optional<Topology> unused;
        topologyOf(ctx, unused);
        watch.mark("(shared views)");
    }
    // Each rule's findings are contiguous: remember the rank of its id among all ids per
    // finding, so sorting compares small numbers instead of id texts.
    std::vector<std::string_view> ids;
    for (const auto &rule : m_registry.rules())
        ids.push_back(rule->meta().id);
    std::sort(ids.begin(), ids.end());
    auto rankOf = [&](const Rule &rule) {
        return static_cast<std::uint16_t>(
            std::lower_bound(ids.begin(), ids.end(), rule.meta().id) - ids.begin());
    };
    std::vector<std::uint16_t> ranks;
    for (const auto &rule : m_registry.rules()) {
        if (rule->postPhase() || options.config.isDisabled(rule->meta().id))
            continue;
        FindingSink sink(rule->meta(), options.config.severityOf(rule->meta()), report.findings);
        rule->check(ctx, sink);
        ranks.resize(report.findings.size(), rankOf(*rule));
        watch.mark(rule->meta().id);
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
        ranks.resize(ordinary + post.size(), rankOf(*rule));
        watch.mark(rule->meta().id);
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

    // Sort small keys (position, rule rank, index), then move each finding once: findings are
    // large, and comparing them in place would miss the cache on every step for big models.
    // Only findings of one rule at one position compare their texts.
    struct Key
    {
        int line;
        int column;
        std::uint32_t index;
        std::uint16_t rank;
    };
    const auto &all = report.findings;
    std::vector<Key> keys(all.size());
    for (std::uint32_t i = 0; i < keys.size(); ++i)
        keys[i] = { all[i].loc.line, all[i].loc.column, i, ranks[i] };
    std::sort(keys.begin(), keys.end(), [&](const Key &x, const Key &y) {
        if (x.line != y.line || x.column != y.column || x.rank != y.rank)
            return std::tie(x.line, x.column, x.rank) < std::tie(y.line, y.column, y.rank);
        const Finding &a = all[x.index];
        const Finding &b = all[y.index];
        return std::tie(a.target, a.message, x.index) < std::tie(b.target, b.message, y.index);
    });
    std::vector<Finding> sorted;
    sorted.reserve(keys.size());
    for (const Key &k : keys)
        sorted.push_back(std::move(report.findings[k.index]));
    report.findings = std::move(sorted);
    watch.mark("(finish)");
    return report;
}

} // namespace cw::rules
