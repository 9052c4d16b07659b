// SPDX-License-Identifier: MIT
#pragma once

#include "io/document.h"
#include "io/tree.h"

#include <string_view>

/// Text -> tree. Both readers report into errors and return false when the text could not be
/// parsed at all (syntax error, limit reached); the tree is then unusable.
namespace cw::io {

/// YAML via yaml-cpp's single-document event parser (never LoadAll), bounded by limits.
bool readYaml(std::string_view text, const LoadLimits &limits, ErrorSink &errors, Node &root);

/// JSON via nlohmann's SAX parser straight into the tree (no DOM), bounded by limits.
/// limitHit tells a limit (depth, nodes, string length) from a syntax error.
bool readJson(std::string_view text, const LoadLimits &limits, ErrorSink &errors, Node &root,
    bool *limitHit = nullptr);

/// Reads a whole regular file, bounded by limits.maxBytes; on failure returns false with problem
/// ("cannot open: No such file or directory", "file too large (...)").
bool readFileText(
    const std::string &path, const LoadLimits &limits, std::string &text, std::string &problem);

/// "nesting too deep (more than 64 levels)".
std::string nestingTooDeep(int maxDepth);
/// "too many nodes (more than 4000000)".
std::string tooManyNodes(std::size_t maxNodes);
/// "string too long (12 bytes; the limit is 10)".
std::string stringTooLong(std::size_t size, std::size_t limit);

} // namespace cw::io
