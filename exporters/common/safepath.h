// SPDX-License-Identifier: MIT
#pragma once

#include "common/exporter.h"

#include <string>
#include <string_view>

/// Turning model-derived names into file names, and writing an export to disk all-or-nothing.
namespace cw::exporters {

/// Reduces name to one portable path component: ASCII letters, digits, '-', '_' and single '.'
/// are kept, anything else (slashes, control characters, non-ASCII, Windows-reserved characters)
/// becomes '_'; leading dots and trailing dots/spaces are dropped, ".." cannot appear, Windows
/// device names get a '_' prefix, the result is at most 100 bytes. Empty -> "unnamed".
std::string safeComponent(std::string_view name);

/// True when path is relative, uses '/' separators and every component is already safe.
bool isSafeRelativePath(std::string_view path);

/// Writes every file of result under dir, all or nothing: each file goes to a temporary name in
/// its final folder (fsynced), then existing files are moved aside and the temporaries renamed
/// into place; on any failure the temporaries are removed and existing files restored. Paths
/// that are not safe or that resolve outside dir (through symlinked folders) are refused before
/// anything is written. Returns false with a reason in *error.
bool writeOutput(const ExportResult &result, const std::string &dir, std::string *error);

} // namespace cw::exporters
