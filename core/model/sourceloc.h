// SPDX-License-Identifier: MIT
#pragma once

namespace cw {

/// A position in a source file, 1-based; line 0 means "unknown".
struct SourceLoc
{
    int line = 0;
    int column = 0;
    bool valid() const { return line > 0; }
    bool operator==(const SourceLoc &) const = default;
};

} // namespace cw
