// SPDX-License-Identifier: MIT
#pragma once

#include "rules/engine.h"

#include <string>
#include <vector>

/// The one place that decides which rules configuration is in force for a design and runs the
/// engine with it: `validate`, `export` and the designer all go through here, so they agree.
namespace cw::rules {

/// Where a run's configuration comes from.
struct RunRequest
{
    /// The design's path on disk; the project rules file is looked up from its folder. Empty for
    /// a design never saved (then only an explicit configFile applies).
    std::string designPath;
    /// A project rules file given explicitly (validate --config); wins over the lookup.
    std::string configFile;
    std::string today; ///< YYYY-MM-DD for suppression expiry; empty = today (UTC)
};

/// The configuration in force: the project file merged with the document's `rules:` section
/// (the document wins), and every problem found on the way.
struct EffectiveConfig
{
    RuleConfig config; ///< the valid choices, applied even when errors exist
    std::vector<std::string> errors; ///< "file:line:column: error: message"
    std::string projectFile; ///< the project rules file used; empty = none

    bool ok() const { return errors.empty(); }
};

/// One engine run over a design with its effective configuration.
struct RunResult
{
    EffectiveConfig effective;
    Report report;
};

/// cloudwright.rules.yaml (or .json) in the folder of designPath or its nearest parent; the
/// search stops at a folder holding .git (the project root) or the file system's root.
/// Empty when there is none.
std::string findProjectRules(const std::string &designPath);

/// Loads the project file (explicit, or found from the design) and merges the document's
/// `rules:` section over it. The document's positions are reported against designPath, or
/// model.sourceFile when no path is given.
EffectiveConfig effectiveConfig(const Model &model, const RunRequest &request,
    const RuleRegistry &registry = builtinRegistry());

/// effectiveConfig() and one engine run with it.
RunResult runRules(const Model &model, const RunRequest &request,
    const RuleRegistry &registry = builtinRegistry());

} // namespace cw::rules
