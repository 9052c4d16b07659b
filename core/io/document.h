// SPDX-License-Identifier: MIT
#pragma once

#include "catalog/catalog.h"
#include "io/diagnostic.h"
#include "model/model.h"

#include <optional>
#include <string>
#include <string_view>

/// Loading and saving *.cloudwright.yaml / *.cloudwright.json documents.
namespace cw::io {

enum class Format { Yaml, Json };

/// Json for names ending in ".json", Yaml otherwise.
Format formatForPath(std::string_view path);

/// The loaded model, or nullopt with at least one error. Errors are collected (not just the
/// first) and sorted by position; loading never throws, crashes or hangs on any input.
struct LoadResult
{
    std::optional<Model> model;
    Diagnostics errors;
};

/// Limits that keep hostile input bounded.
struct LoadLimits
{
    std::size_t maxBytes = 64u << 20; ///< larger files are refused
    int maxDepth = 64; ///< nesting deeper than this is refused
    std::size_t maxNodes = 4'000'000; ///< total scalar+container nodes (alias bombs)
    std::size_t maxScalarBytes = 1u << 20; ///< longer strings are refused (bounds YAML lookahead)
};

LoadResult loadText(std::string_view text, Format format, const std::string &fileName,
    const Catalog &catalog = Catalog::builtin(), const LoadLimits &limits = {});
LoadResult loadFile(const std::string &path, const Catalog &catalog = Catalog::builtin(),
    const LoadLimits &limits = {});

/// A project rules file (cloudwright.rules.yaml or .json): the keys of a document's `rules:`
/// section (disable, severity, options) at the top level.
struct RuleSettingsResult
{
    std::optional<RuleSettings> settings;
    Diagnostics errors;
};
RuleSettingsResult loadRuleSettingsText(std::string_view text, Format format,
    const std::string &fileName, const LoadLimits &limits = {});
RuleSettingsResult loadRuleSettingsFile(const std::string &path, const LoadLimits &limits = {});

/// The canonical text of a model. Deterministic: saving a loaded canonical file reproduces it
/// byte for byte.
std::string saveText(const Model &model, Format format);

/// Writes atomically (temp file in the same folder, fsync, rename) and first keeps the previous
/// file as path + ".bak". Returns false with a reason when anything fails; the old file is then
/// untouched.
bool saveFile(const Model &model, const std::string &path, std::string *error,
    std::optional<Format> format = std::nullopt);

/// Atomic write of arbitrary bytes, used by saveFile and the exporters.
bool writeFileAtomic(const std::string &path, std::string_view bytes, std::string *error);

} // namespace cw::io
