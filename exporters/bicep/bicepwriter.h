// SPDX-License-Identifier: MIT
#pragma once

#include "common/text.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

/// A small Bicep syntax tree rendered in the layout of the Azure Verified Modules: 2-space
/// indents, one property per line, multi-line arrays without commas, single-quoted escaped
/// strings (model text never goes into ''' strings).
namespace cw::exporters::bicep {

/// A value: raw expression text, an object or an array.
class Val
{
public:
    enum class Kind { Raw, Object, Array, Call };

    Val() = default;
    /// Expression text written as given (a symbol, a function call, a literal).
    static Val raw(std::string text);
    /// A fully escaped string literal.
    static Val str(std::string_view text);
    static Val num(std::int64_t v);
    /// Bicep has integers only: other numbers go through json('...').
    static Val num(double v);
    static Val boolean(bool v);
    static Val object();
    static Val array();
    static Val strArray(const std::vector<std::string> &items);
    /// fn(a, b, ...); only the last argument may span lines.
    static Val call(std::string function, std::vector<Val> args);
    /// { id: <expr> }
    static Val idRef(std::string expr);

    /// Adds a property; key is written bare when it is an identifier, quoted otherwise.
    Val &set(std::string_view key, Val value);
    /// Adds a property whose key is already Bicep text (an interpolated key such as '${x.id}').
    Val &setRaw(std::string key, Val value);
    Val &add(Val item);
    /// The property value under key, or null.
    Val *get(std::string_view key);

    Kind kind() const { return m_kind; }
    bool empty() const { return m_items.empty() && m_entries.empty(); }
    const std::string &text() const { return m_text; }
    void render(std::string &out, int indent) const;

private:
    Kind m_kind = Kind::Raw;
    std::string m_text;
    std::vector<Val> m_items;
    std::vector<std::pair<std::string, Val>> m_entries;
};

/// The text of s inside a Bicep string (no quotes), for building interpolations.
std::string lit(std::string_view s);
/// '<prefix>${expr}<suffix>' with prefix and suffix escaped.
Val interp(std::string_view prefix, std::string_view expr, std::string_view suffix = {});

/// A parameter of a .bicep file.
struct Param
{
    std::string name;
    std::string type; ///< string, int, bool, object, array, string[]
    std::string description; ///< starts with "Required." / "Optional." (AVM BCPNFR7)
    std::optional<Val> defaultValue;
    bool secure = false;
    std::vector<std::string> allowed;
};

/// An output of a .bicep file.
struct Output
{
    std::string name;
    std::string type;
    std::string description;
    Val value;
};

/// One .bicep file: metadata, parameters, variables, resources/modules and outputs, written in
/// that order (AVM file order).
class BicepFile
{
public:
    BicepFile();

    void metadata(std::string name, std::string description);
    std::string &targetScope() { return m_targetScope; }

    /// A symbol for key in the shared namespace of params, vars, resources and modules.
    std::string symbol(const std::string &key, const std::string &desired);
    bool hasParam(const std::string &name) const;
    /// Declares a parameter (once per desired name) and returns the name it got: location and
    /// tags keep theirs, others are made unique in the symbol namespace.
    std::string param(Param p);
    void var(const std::string &name, Val value);
    /// A resource declaration; returns its body to fill (name, location, properties, ...).
    Val &resource(
        const std::string &symbol, const std::string &typeAndVersion, bool existing = false);
    /// A module call; returns its body to fill (name, scope, params).
    Val &module(const std::string &symbol, const std::string &path);
    /// An output; its name is made unique among outputs. Returns the name used.
    std::string output(Output o);
    bool hasOutput(const std::string &name) const;
    /// A "// text" line before the next declaration (fixed wording only).
    void comment(std::string text);
    const std::vector<Param> &params() const { return m_params; }
    const std::vector<Output> &outputs() const { return m_outputs; }
    bool hasContent() const { return !m_decls.empty(); }

    std::string render() const;

private:
    struct Decl
    {
        std::string header; ///< "resource x 'T@v' =" / "module x './p' =" / "var x ="
        std::string comment;
        Val body;
    };

    std::string m_targetScope;
    std::string m_metaName, m_metaDescription;
    NameTable m_symbols;
    NameTable m_outputNames;
    std::vector<Param> m_params;
    std::vector<Decl> m_vars;
    std::vector<Decl> m_decls;
    std::vector<Output> m_outputs;
    std::unordered_set<std::string> m_paramNames, m_outputNamesUsed;
    std::string m_pendingComment;
};

/// Renders a .bicepparam file for main.bicep.
std::string renderParamFile(const std::vector<std::pair<std::string, Val>> &values);

} // namespace cw::exporters::bicep
