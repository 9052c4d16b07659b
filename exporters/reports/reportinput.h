// SPDX-License-Identifier: MIT
#pragma once

#include "rules/engine.h"
#include "rules/ruleconfig.h"

#include <string>
#include <vector>

namespace cw::reports {

/// One validated file: its path and what the engine found.
struct FileReport
{
    std::string file;
    rules::Report report;
    std::string name; ///< the design's name, for titles
};

/// What every validation report format is written from.
struct ReportInput
{
    std::vector<FileReport> files;
    const rules::RuleRegistry *registry = nullptr;
    bool showSuppressed = false; ///< list waived findings too (they never count)
    const rules::RuleConfig *config = nullptr; ///< the rule choices in force, shown in reports
};

/// One configuration choice in words, with where it was made.
struct ConfigChoice
{
    std::string what; ///< "REL-001 disabled", "NET-008.headroom = 0.8", "REL-004 severity medium"
    std::string origin; ///< "cloudwright.rules.yaml:3:5", or "command line"
};

/// Every choice of a configuration, sorted by rule id.
std::vector<ConfigChoice> configChoices(const rules::RuleConfig &config);

} // namespace cw::reports
