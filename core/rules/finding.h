// SPDX-License-Identifier: MIT
#pragma once

#include "rules/rulemeta.h"

#include <string>
#include <vector>

namespace cw::rules {

/// One thing a rule found, on one element.
struct Finding
{
    std::string ruleId;
    Severity severity = Severity::Medium;
    std::string target; ///< the element the finding is about (id)
    std::vector<std::string> related; ///< other elements involved (ids)
    std::string message; ///< what is wrong, naming elements and values
    std::string fix; ///< how to fix this occurrence
    SourceLoc loc; ///< where target is defined
    bool suppressed = false;
    std::string justification; ///< the suppression's reason when suppressed
};

} // namespace cw::rules
