// SPDX-License-Identifier: MIT
#pragma once

#include "rules/rulemeta.h"

#include <map>
#include <set>
#include <string>
#include <string_view>

namespace cw::rules {

/// Where a configuration choice came from, so reports can show it.
struct ConfigOrigin
{
    std::string file; ///< project file or document; empty = command line
    SourceLoc loc;
};

/// Rule choices for one run: disabled rules, re-levelled severities and option values.
/// Built from a project file and the document's `rules:` section (the document wins).
struct RuleConfig
{
    std::map<std::string, ConfigOrigin> disabled; ///< rule id → origin
    /// Constraint rules someone asked to disable: they still run (the provider enforces them
    /// whatever the configuration says) and SUP-003 reports the ignored request.
    std::map<std::string, ConfigOrigin> ignoredDisables;
    std::map<std::string, std::pair<Severity, ConfigOrigin>> severities; ///< rule id → level
    std::map<std::string, std::pair<double, ConfigOrigin>> options; ///< "ID.name" → value

    bool isDisabled(std::string_view id) const { return disabled.count(std::string(id)) > 0; }
    /// The configured severity of a rule, or its own.
    Severity severityOf(const RuleMeta &meta) const;
    /// The configured value of one of a rule's options, or its default.
    double option(const RuleMeta &meta, std::string_view name) const;
    /// Later settings override earlier ones.
    void merge(const RuleConfig &later);
};

} // namespace cw::rules
