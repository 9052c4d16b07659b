// SPDX-License-Identifier: MIT
#include "rules/ruleconfig.h"

#include <stdexcept>

namespace cw::rules {

Severity RuleConfig::severityOf(const RuleMeta &meta) const
{
    auto it = severities.find(meta.id);
    return it == severities.end() ? meta.severity : it->second.first;
}

double RuleConfig::option(const RuleMeta &meta, std::string_view name) const
{
    auto it = options.find(meta.id + "." + std::string(name));
    if (it != options.end())
        return it->second.first;
    for (const auto &o : meta.options)
        if (o.name == name)
            return o.defaultValue;
    // Asking for an undeclared option is a programming error in the rule.
    throw std::logic_error(meta.id + " has no option " + std::string(name));
}

void RuleConfig::merge(const RuleConfig &later)
{
    for (const auto &[k, v] : later.disabled)
        disabled[k] = v;
    for (const auto &[k, v] : later.ignoredDisables)
        ignoredDisables[k] = v;
    for (const auto &[k, v] : later.severities)
        severities[k] = v;
    for (const auto &[k, v] : later.options)
        options[k] = v;
}

} // namespace cw::rules
