// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/catalog.h"
#include "reports/textescape.h"

#include <string>
#include <vector>

/// Markdown building blocks for the architecture document: every model string is escaped.
namespace cw::exporters::docs {

/// Escaped inline text; "–" when empty so table cells never collapse.
inline std::string md(const std::string &s)
{
    return s.empty() ? "–" : reports::markdownEscape(s);
}

/// Escaped inline code-like value (CIDRs, ids) shown as text.
inline std::string mdId(const std::string &s)
{
    return md(s);
}

/// A table row from already escaped cells.
std::string row(const std::vector<std::string> &cells);

/// A table header with its separator line.
std::string header(const std::vector<std::string> &cells);

/// "name: value" for every property the service sets (model values, sorted by name).
std::string settings(const Service &service);

/// The zones the service's subnets cover in network (sorted, unique).
std::vector<std::string> zonesOf(const Service &service, const Network *network);

/// Joined with ", ".
std::string join(const std::vector<std::string> &items);

} // namespace cw::exporters::docs
