// SPDX-License-Identifier: MIT
#pragma once

#include "model/sourceloc.h"

#include <cstdint>
#include <map>
#include <string>
#include <variant>
#include <vector>

namespace cw {

/// A service property value; its type is fixed by the catalog.
using Value = std::variant<bool, std::int64_t, double, std::string, std::vector<std::string>>;

/// A property with the position it was loaded from.
struct Property
{
    Value value;
    SourceLoc loc;
    bool operator==(const Property &o) const { return value == o.value; }
};

/// Properties sorted by name, so saved files and exports are deterministic.
using Properties = std::map<std::string, Property, std::less<>>; ///< looked up by string_view

/// Text form of a value for messages and reports ("true", "42", "[a, b]").
std::string toDisplayString(const Value &v);

} // namespace cw
