// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

/// A small HCL syntax tree that renders exactly as `terraform fmt` would: 2-space indents, `=`
/// aligned over runs of single-line arguments, one blank line between blocks and between the
/// arguments and the nested blocks of a body.
namespace cw::exporters::hcl {

/// An expression: raw single-line text, a list, an object or a function call.
class Expr
{
public:
    enum class Kind { Raw, List, Object, Call };

    Expr() = default;
    /// Expression text written as given; must be one line with balanced brackets.
    static Expr raw(std::string text);
    /// A quoted, fully escaped string literal.
    static Expr str(std::string_view text);
    static Expr num(std::int64_t v);
    static Expr num(double v);
    static Expr boolean(bool v);
    static Expr list(std::vector<Expr> items = {});
    static Expr strList(const std::vector<std::string> &items);
    static Expr object();
    static Expr call(std::string function, std::vector<Expr> args);

    /// Adds an object entry; key is written bare when it is an identifier, quoted otherwise.
    Expr &set(std::string_view key, Expr value);
    /// Adds an object entry whose key is already HCL text (an expression key in parentheses).
    Expr &setRaw(std::string key, Expr value);
    Expr &add(Expr item);

    Kind kind() const { return m_kind; }
    bool empty() const { return m_items.empty() && m_entries.empty(); }
    bool multiline() const;
    /// Appends the expression; lines after the first start at indent + 2 per nesting level.
    void render(std::string &out, int indent) const;

private:
    int inlineWidth() const;

    Kind m_kind = Kind::Raw;
    std::string m_text; ///< Raw: the text; Call: the function name
    std::vector<Expr> m_items;
    std::vector<std::pair<std::string, Expr>> m_entries;
};

/// The text of s inside an HCL quoted string (no quotes), for building templates.
std::string lit(std::string_view s);
/// "<prefix>${expr}<suffix>" with prefix and suffix escaped.
Expr interp(std::string_view prefix, std::string_view expr, std::string_view suffix = {});

/// A block body: arguments, nested blocks, comments and explicit blank lines.
class Body
{
public:
    Body();
    ~Body();
    Body(Body &&) noexcept;
    Body &operator=(Body &&) noexcept;

    Body &attr(std::string name, Expr value);
    Body &attr(std::string name, std::string_view rawText)
    {
        return attr(std::move(name), Expr::raw(std::string(rawText)));
    }
    /// A nested block; returns its body to fill.
    Body &block(std::string type, std::vector<std::string> labels = {});
    /// A line break between argument groups (collapsed, never first or last).
    Body &blank();
    /// A "# text" line; text must be fixed wording (control characters become spaces).
    Body &comment(std::string_view text);
    bool empty() const { return m_items.empty(); }

    void render(std::string &out, int indent) const;

private:
    struct Item;
    std::vector<std::unique_ptr<Item>> m_items;
};

/// A whole .tf file: top-level blocks separated by blank lines.
class File
{
public:
    Body &block(std::string type, std::vector<std::string> labels = {});
    File &comment(std::string_view text);
    bool empty() const { return m_body.empty(); }
    std::string render() const;

private:
    Body m_body;
};

} // namespace cw::exporters::hcl
