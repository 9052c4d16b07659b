// SPDX-License-Identifier: MIT
#include "reports/reportinput.h"

#include <algorithm>
#include <sstream>

namespace cw::reports {
namespace {

std::string originText(const rules::ConfigOrigin &o)
{
    if (o.file.empty())
        return "command line";
    return o.file
        + (o.loc.valid() ? ':' + std::to_string(o.loc.line) + ':' + std::to_string(o.loc.column)
                         : std::string());
}

} // namespace

std::vector<ConfigChoice> configChoices(const rules::RuleConfig &config)
{
    std::vector<ConfigChoice> out;
    for (const auto &[id, origin] : config.disabled)
        out.push_back({ id + " disabled", originText(origin) });
    for (const auto &[id, origin] : config.ignoredDisables)
        out.push_back({ id + " not disabled: a constraint (SUP-003)", originText(origin) });
    for (const auto &[id, v] : config.severities)
        out.push_back(
            { id + " severity " + std::string(rules::toString(v.first)), originText(v.second) });
    for (const auto &[key, v] : config.options) {
        std::ostringstream value;
        value << v.first;
        out.push_back({ key + " = " + value.str(), originText(v.second) });
    }
    std::stable_sort(out.begin(), out.end(), [](auto &a, auto &b) { return a.what < b.what; });
    return out;
}

} // namespace cw::reports
