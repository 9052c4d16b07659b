// SPDX-License-Identifier: MIT
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

/// Escaping of model text for every target, and collision-free symbol names from model ids.
namespace cw::exporters {

/// Valid UTF-8: every byte sequence that is not well-formed UTF-8 becomes U+FFFD.
std::string validUtf8(std::string_view s);

/// An HCL quoted string: \\ \" \n \r \t, other control characters as \uNNNN, "${" as "$${" and
/// "%{" as "%%{", so no model text can end the string or start an interpolation or directive.
std::string hclString(std::string_view s);

/// An HCL object key: a bare identifier when s is one (and no keyword), otherwise a quoted
/// string with non-ASCII written as \u escapes so `terraform fmt` alignment counts bytes.
std::string hclKey(std::string_view s);

/// A Bicep string: \\ \' \n \r \t, other control characters as \u{X}, "${" as "\${".
std::string bicepString(std::string_view s);

/// A Bicep object key: bare when an identifier, quoted otherwise.
std::string bicepKey(std::string_view s);

/// Text for a Markdown paragraph or table cell: the characters that start markup (\ ` * _ { } [ ]
/// < > # ! ~ & | and a leading - + =) backslash-escaped, line breaks as spaces, other control
/// characters dropped. Links and HTML cannot be formed from it.
std::string markdownText(std::string_view s);

/// snake_case from a model id: [a-z0-9] kept, anything else '_', runs of '_' folded, never
/// empty, never starting with a digit (prefix "r_").
std::string snakeName(std::string_view id);

/// lowerCamelCase from a model id ("app-a" -> "appA"), never empty, never starting with a digit.
std::string camelName(std::string_view id);

/// Collision-checked symbol names: the same key always gets the same name; a different key that
/// wants a taken name (compared case-insensitively) gets "_2", "_3", ... (or "2", "3" for
/// camelCase tables). Names in the reserved set are never handed out.
class NameTable
{
public:
    explicit NameTable(bool camel = false, std::set<std::string> reserved = {})
        : m_camel(camel)
        , m_reserved(std::move(reserved))
    { }

    /// The name for key, claiming desired (or a numbered variant) on first use.
    const std::string &get(const std::string &key, const std::string &desired);
    bool contains(const std::string &key) const { return m_byKey.count(key) != 0; }

private:
    bool m_camel;
    std::set<std::string> m_reserved; ///< lower case
    std::unordered_map<std::string, std::string> m_byKey;
    std::unordered_set<std::string> m_taken; ///< lower case
};

/// Lower-case ASCII copy.
std::string lower(std::string_view s);

} // namespace cw::exporters
