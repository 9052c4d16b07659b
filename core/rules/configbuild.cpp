// SPDX-License-Identifier: MIT
#include "rules/configbuild.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace cw::rules {
namespace {

std::size_t distance(std::string_view a, std::string_view b)
{
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diag = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({ row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] != b[j - 1]) });
            diag = up;
        }
    }
    return row[b.size()];
}

std::string suggestRule(const RuleRegistry &registry, const std::string &id)
{
    std::string best;
    std::size_t bestDistance = 3;
    for (const auto &r : registry.rules()) {
        const std::size_t d = distance(id, r->meta().id);
        if (d < bestDistance) {
            bestDistance = d;
            best = r->meta().id;
        }
    }
    return best.empty() ? std::string() : "; did you mean '" + best + "'?";
}

} // namespace

RuleConfig buildConfig(const RuleSettings &settings, const std::string &file,
    const RuleRegistry &registry, std::vector<std::string> &errors)
{
    auto error = [&](SourceLoc loc, const std::string &message) {
        errors.push_back(file + ':' + std::to_string(loc.line) + ':' + std::to_string(loc.column)
            + ": error: " + message);
    };
    auto rule = [&](const RuleSettings::Entry &e, const std::string &id) -> const Rule * {
        const Rule *r = registry.find(id);
        if (!r)
            error(e.loc, "unknown rule '" + id + "'" + suggestRule(registry, id));
        return r;
    };

    RuleConfig config;
    // A constraint is what the provider would reject: like a waiver (SUP-003), disabling it
    // cannot make the deployment succeed, so it keeps running and gating exports.
    for (const auto &e : settings.disable)
        if (const Rule *r = rule(e, e.key))
            (r->meta().kind == RuleKind::Constraint ? config.ignoredDisables
                                                    : config.disabled)[e.key]
                = { file, e.loc };
    for (const auto &e : settings.severity) {
        if (!rule(e, e.key))
            continue;
        if (auto s = severityFromString(e.value))
            config.severities[e.key] = { *s, { file, e.loc } };
        else
            error(e.loc,
                "unknown severity '" + e.value + "' for " + e.key
                    + "; use critical, high, medium, low or info");
    }
    for (const auto &e : settings.options) {
        const auto dot = e.key.find('.');
        if (dot == std::string::npos) {
            error(e.loc, "option '" + e.key + "' must be written <RULE-ID>.<option>");
            continue;
        }
        const Rule *r = rule(e, e.key.substr(0, dot));
        if (!r)
            continue;
        const std::string name = e.key.substr(dot + 1);
        const auto &opts = r->meta().options;
        if (std::none_of(opts.begin(), opts.end(), [&](auto &o) { return o.name == name; })) {
            std::string known;
            for (const auto &o : opts)
                known += (known.empty() ? "" : ", ") + o.name;
            error(e.loc,
                r->meta().id + " has no option '" + name + "'"
                    + (known.empty() ? std::string("; it has no options")
                                     : "; its options are " + known));
            continue;
        }
        double value = 0;
        const char *begin = e.value.data();
        const char *end = begin + e.value.size();
        const auto [ptr, ec] = std::from_chars(begin, end, value);
        if (ec != std::errc() || ptr != end || !std::isfinite(value)) {
            error(e.loc, "option " + e.key + " needs a number, not '" + e.value + "'");
            continue;
        }
        config.options[e.key] = { value, { file, e.loc } };
    }
    return config;
}

} // namespace cw::rules
