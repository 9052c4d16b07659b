// SPDX-License-Identifier: MIT
#pragma once

#include "rules/engine.h"

#include <string>
#include <vector>

namespace cw::reports {

/// One validated file: its path and what the engine found.
struct FileReport
{
    std::string file;
    rules::Report report;
};

/// What every validation report format is written from.
struct ReportInput
{
    std::vector<FileReport> files;
    const rules::RuleRegistry *registry = nullptr;
    bool showSuppressed = false;  ///< list waived findings too (they never count)
};

} // namespace cw::reports
