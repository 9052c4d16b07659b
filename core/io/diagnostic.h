// SPDX-License-Identifier: MIT
#pragma once

#include "model/sourceloc.h"

#include <string>
#include <vector>

namespace cw::io {

/// A load problem, printed like a compiler message: "file:line:column: error: message".
struct Diagnostic
{
    std::string file;
    SourceLoc loc;
    std::string message;

    std::string format() const;
};

using Diagnostics = std::vector<Diagnostic>;

} // namespace cw::io
