// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <string>
#include <vector>

/// A `terraform validate`-like reference check without Terraform: in each module folder, every
/// resource, data source, variable and provider alias an expression refers to is declared.
namespace cw::testing {

/// files: path -> content of one export. Returns "path:line: problem" lines.
std::vector<std::string> unresolvedTerraformReferences(
    const std::map<std::string, std::string> &files);

} // namespace cw::testing
