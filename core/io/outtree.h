// SPDX-License-Identifier: MIT
#pragma once

#include "model/model.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

/// Model -> an ordered output tree, written by the YAML and JSON writers with the same layout
/// decisions, so both canonical forms hold the same keys in the same order.
namespace cw::io {

/// One value of the canonical document. Strings are views into the model (or static text),
/// which outlives the tree: saving copies no string twice.
struct OutNode
{
    enum class Kind { Map, Sequence, String, Int, Float, Bool };
    Kind kind = Kind::Map;
    bool element = false; ///< a small element that may be written on one line when it fits
    bool boolean = false; ///< Bool
    std::int64_t integer = 0; ///< Int
    double number = 0; ///< Float
    std::string_view key; ///< map entries
    std::string_view text; ///< String
    std::vector<OutNode> children;

    bool isScalar() const { return kind != Kind::Map && kind != Kind::Sequence; }
    /// Only scalars and lists of scalars inside: eligible for a one-line flow form.
    bool isFlat() const;
};

/// The canonical content of a model: canonical key order, empty and default values left out.
OutNode toOutTree(const Model &model);

/// Canonical text of a double: shortest round-trip form, "0" for both zeros; non-finite values
/// have no canonical form (YAML writes .nan/.inf, JSON null; loading refuses them).
std::string formatNumber(double value);

/// The `rules:` settings as a map node named key (documents and project rules files).
OutNode rulesTree(std::string_view key, const RuleSettings &rules);

std::string writeYaml(const OutNode &root);
std::string writeJson(const OutNode &root);

/// Longest line the writers put a flow element or list on.
inline constexpr std::size_t kLineLimit = 100;

} // namespace cw::io
