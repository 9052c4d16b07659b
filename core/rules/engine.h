// SPDX-License-Identifier: MIT
#pragma once

#include "rules/registry.h"
#include "rules/ruleconfig.h"

#include <string>
#include <vector>

namespace cw::rules {

struct RunOptions
{
    std::string today; ///< YYYY-MM-DD; empty = the system's current UTC date
    RuleConfig config; ///< disabled rules, severities, options (project file + document)
    bool timeRules = false; ///< record each rule's time in Report::timings (benchmarks)
};

/// Time spent in one part of a run: a rule id, or "(setup)", "(shared views)", "(finish)".
struct RunTiming
{
    std::string what;
    double ms = 0;
};

/// The result of validating one model.
struct Report
{
    std::vector<Finding> findings; ///< sorted by position, then rule id, then target
    std::vector<RunTiming> timings; ///< with RunOptions::timeRules, in run order

    /// Unsuppressed findings at or above min.
    std::size_t countAtLeast(Severity min) const;
};

/// Runs every rule of a registry over a model and applies the suppressions.
class Engine
{
public:
    explicit Engine(const RuleRegistry &registry = builtinRegistry(),
        const Catalog &catalog = Catalog::builtin());

    Report run(const Model &model, const RunOptions &options = {}) const;

private:
    const RuleRegistry &m_registry;
    const Catalog &m_catalog;
};

/// Today's UTC date as YYYY-MM-DD.
std::string currentDate();

} // namespace cw::rules
