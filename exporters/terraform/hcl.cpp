// SPDX-License-Identifier: MIT
#include "terraform/hcl.h"

#include "common/text.h"

#include <charconv>
#include <cmath>

namespace cw::exporters::hcl {

namespace {

constexpr int kMaxInline = 100; ///< lists longer than this on one line are split

void pad(std::string &out, int n)
{
    out.append(static_cast<std::size_t>(n), ' ');
}

} // namespace

Expr Expr::raw(std::string text)
{
    Expr e;
    e.m_text = std::move(text);
    return e;
}

Expr Expr::str(std::string_view text)
{
    return raw(hclString(text));
}

Expr Expr::num(std::int64_t v)
{
    return raw(std::to_string(v));
}

Expr Expr::num(double v)
{
    if (std::isfinite(v) && v == std::floor(v) && std::fabs(v) < 1e15)
        return num(static_cast<std::int64_t>(v));
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, v);
    return raw(std::string(buf, res.ptr));
}

Expr Expr::boolean(bool v)
{
    return raw(v ? "true" : "false");
}

Expr Expr::list(std::vector<Expr> items)
{
    Expr e;
    e.m_kind = Kind::List;
    e.m_items = std::move(items);
    return e;
}

Expr Expr::strList(const std::vector<std::string> &items)
{
    Expr e = list();
    for (const auto &s : items)
        e.m_items.push_back(str(s));
    return e;
}

Expr Expr::object()
{
    Expr e;
    e.m_kind = Kind::Object;
    return e;
}

Expr Expr::call(std::string function, std::vector<Expr> args)
{
    Expr e;
    e.m_kind = Kind::Call;
    e.m_text = std::move(function);
    e.m_items = std::move(args);
    return e;
}

Expr &Expr::set(std::string_view key, Expr value)
{
    return setRaw(hclKey(key), std::move(value));
}

Expr &Expr::setRaw(std::string key, Expr value)
{
    m_entries.emplace_back(std::move(key), std::move(value));
    return *this;
}

Expr &Expr::add(Expr item)
{
    m_items.push_back(std::move(item));
    return *this;
}

int Expr::inlineWidth() const
{
    switch (m_kind) {
    case Kind::Raw:
        return static_cast<int>(m_text.size());
    case Kind::List:
    case Kind::Call: {
        int w = static_cast<int>(m_text.size()) + 2;
        for (std::size_t i = 0; i < m_items.size(); ++i)
            w += m_items[i].inlineWidth() + (i ? 2 : 0);
        return w;
    }
    case Kind::Object:
        return 2;
    }
    return 0;
}

bool Expr::multiline() const
{
    switch (m_kind) {
    case Kind::Raw:
        return false;
    case Kind::Object:
        return !m_entries.empty();
    case Kind::List:
        for (const auto &i : m_items)
            if (i.multiline())
                return true;
        return inlineWidth() > kMaxInline;
    case Kind::Call:
        for (const auto &i : m_items)
            if (i.multiline())
                return true;
        return false;
    }
    return false;
}

void Expr::render(std::string &out, int indent) const
{
    switch (m_kind) {
    case Kind::Raw:
        out += m_text;
        return;
    case Kind::Call:
        // Only the last argument may span lines: fn(a, b, {\n ... \n}).
        out += m_text;
        out += '(';
        for (std::size_t i = 0; i < m_items.size(); ++i) {
            if (i)
                out += ", ";
            m_items[i].render(out, indent);
        }
        out += ')';
        return;
    case Kind::List:
        if (!multiline()) {
            out += '[';
            for (std::size_t i = 0; i < m_items.size(); ++i) {
                if (i)
                    out += ", ";
                m_items[i].render(out, indent);
            }
            out += ']';
            return;
        }
        out += "[\n";
        for (const auto &item : m_items) {
            pad(out, indent + 2);
            item.render(out, indent + 2);
            out += ",\n";
        }
        pad(out, indent);
        out += ']';
        return;
    case Kind::Object: {
        if (m_entries.empty()) {
            out += "{}";
            return;
        }
        out += "{\n";
        // Align '=' over runs of single-line entries, as hclwrite does.
        std::size_t i = 0;
        while (i < m_entries.size()) {
            std::size_t j = i;
            std::size_t width = 0;
            while (j < m_entries.size() && !m_entries[j].second.multiline()) {
                width = std::max(width, m_entries[j].first.size());
                ++j;
            }
            if (j == i) {
                pad(out, indent + 2);
                out += m_entries[i].first + " = ";
                m_entries[i].second.render(out, indent + 2);
                out += '\n';
                ++i;
                continue;
            }
            for (; i < j; ++i) {
                pad(out, indent + 2);
                out += m_entries[i].first;
                pad(out, static_cast<int>(width - m_entries[i].first.size()));
                out += " = ";
                m_entries[i].second.render(out, indent + 2);
                out += '\n';
            }
        }
        pad(out, indent);
        out += '}';
        return;
    }
    }
}

std::string lit(std::string_view s)
{
    std::string q = hclString(s);
    return q.substr(1, q.size() - 2);
}

Expr interp(std::string_view prefix, std::string_view expr, std::string_view suffix)
{
    return Expr::raw("\"" + lit(prefix) + "${" + std::string(expr) + "}" + lit(suffix) + "\"");
}

struct Body::Item
{
    enum class Type { Attr, Block, Blank, Comment } type = Type::Attr;
    std::string name; ///< attribute name, block type or comment text
    Expr value;
    std::vector<std::string> labels;
    Body body;
};

Body::Body() = default;
Body::~Body() = default;
Body::Body(Body &&) noexcept = default;
Body &Body::operator=(Body &&) noexcept = default;

Body &Body::attr(std::string name, Expr value)
{
    auto item = std::make_unique<Item>();
    item->name = std::move(name);
    item->value = std::move(value);
    m_items.push_back(std::move(item));
    return *this;
}

Body &Body::block(std::string type, std::vector<std::string> labels)
{
    auto item = std::make_unique<Item>();
    item->type = Item::Type::Block;
    item->name = std::move(type);
    item->labels = std::move(labels);
    m_items.push_back(std::move(item));
    return m_items.back()->body;
}

Body &Body::blank()
{
    auto item = std::make_unique<Item>();
    item->type = Item::Type::Blank;
    m_items.push_back(std::move(item));
    return *this;
}

Body &Body::comment(std::string_view text)
{
    auto item = std::make_unique<Item>();
    item->type = Item::Type::Comment;
    for (char c : validUtf8(text))
        item->name.push_back(static_cast<unsigned char>(c) < 0x20 || c == 0x7F ? ' ' : c);
    m_items.push_back(std::move(item));
    return *this;
}

void Body::render(std::string &out, int indent) const
{
    using T = Item::Type;
    // Widths of the aligned runs: consecutive single-line attributes.
    std::vector<std::size_t> width(m_items.size(), 0);
    for (std::size_t i = 0; i < m_items.size();) {
        const bool single = m_items[i]->type == T::Attr && !m_items[i]->value.multiline();
        if (!single) {
            ++i;
            continue;
        }
        std::size_t j = i;
        std::size_t w = 0;
        while (
            j < m_items.size() && m_items[j]->type == T::Attr && !m_items[j]->value.multiline()) {
            w = std::max(w, m_items[j]->name.size());
            ++j;
        }
        for (; i < j; ++i)
            width[i] = w;
    }

    T prev = T::Blank; // nothing written yet
    bool wrote = false;
    bool pendingBlank = false;
    for (std::size_t i = 0; i < m_items.size(); ++i) {
        const Item &item = *m_items[i];
        if (item.type == T::Blank) {
            pendingBlank = wrote;
            continue;
        }
        const bool afterComment = wrote && prev == T::Comment;
        const bool autoBlank = wrote
            && (item.type == T::Block || prev == T::Block
                || (item.type == T::Comment && prev != T::Comment));
        if ((pendingBlank || autoBlank) && !afterComment)
            out += '\n';
        pendingBlank = false;
        pad(out, indent);
        switch (item.type) {
        case T::Attr:
            out += item.name;
            if (!item.value.multiline())
                pad(out, static_cast<int>(width[i] - item.name.size()));
            out += " = ";
            item.value.render(out, indent);
            out += '\n';
            break;
        case T::Comment:
            out += "# " + item.name + '\n';
            break;
        case T::Block:
            out += item.name;
            for (const auto &l : item.labels)
                out += ' ' + hclString(l);
            if (item.body.empty()) {
                out += " {}\n";
            } else {
                out += " {\n";
                item.body.render(out, indent + 2);
                pad(out, indent);
                out += "}\n";
            }
            break;
        case T::Blank:
            break;
        }
        prev = item.type;
        wrote = true;
    }
}

Body &File::block(std::string type, std::vector<std::string> labels)
{
    return m_body.block(std::move(type), std::move(labels));
}

File &File::comment(std::string_view text)
{
    m_body.comment(text);
    return *this;
}

std::string File::render() const
{
    std::string out;
    m_body.render(out, 0);
    return out;
}

} // namespace cw::exporters::hcl
