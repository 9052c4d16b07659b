// SPDX-License-Identifier: MIT
#pragma once

#include "io/tree.h"

#include <string_view>

/// YAML 1.2 core-schema resolution of plain (unquoted) scalars, shared by reader and writer so
/// the writer quotes exactly the strings the reader would otherwise read as something else.
namespace cw::io {

/// Sets node.tag (and the typed value) from the plain scalar text.
void resolvePlainScalar(std::string_view text, Node &node);

/// The tag a plain scalar with this text would get.
ScalarTag plainScalarTag(std::string_view text);

} // namespace cw::io
