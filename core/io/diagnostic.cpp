// SPDX-License-Identifier: MIT
#include "io/diagnostic.h"

namespace cw::io {

std::string Diagnostic::format() const
{
    std::string out = file;
    if (loc.valid())
        out += ':' + std::to_string(loc.line) + ':' + std::to_string(loc.column);
    out += ": error: ";
    out += message;
    return out;
}

} // namespace cw::io
