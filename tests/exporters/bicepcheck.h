// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <string>
#include <vector>

/// Structural checks of generated Bicep, as far as they go without the Bicep compiler (none can
/// be installed here): balanced brackets outside strings, string and interpolation syntax, no
/// ${ outside a string, every identifier declared (params, vars, resources, modules) or a
/// known function/keyword, modules present with matching parameters and outputs, @description
/// on every parameter, parameter files that use main.bicep and set exactly its parameters.
namespace cw::testing {

/// files: path (relative, '/') -> content for one export. Returns "path:line: problem" lines.
std::vector<std::string> checkBicep(const std::map<std::string, std::string> &files);

} // namespace cw::testing
