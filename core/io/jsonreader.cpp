// SPDX-License-Identifier: MIT
// JSON text -> tree with nlohmann's SAX parser. No nlohmann::json DOM is ever built from the
// input (its copy and dump() recurse without limit); the parser itself is iterative, and we stop
// it at LoadLimits::maxDepth. Positions come from a counting iterator: at each callback the
// parser has just consumed the token, so the token's start is found by looking back.
#include "io/readers.h"
#include "io/text.h"

#include <iterator>
#include <limits>
#include <nlohmann/json.hpp>

namespace cw::io {
namespace {

/// A char iterator that publishes how far the parser has read.
class CountingIterator
{
public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char *;
    using reference = const char &;

    CountingIterator(const char *p, const char **cursor)
        : m_p(p)
        , m_cursor(cursor)
    { }
    reference operator*() const { return *m_p; }
    CountingIterator &operator++()
    {
        *m_cursor = ++m_p;
        return *this;
    }
    CountingIterator operator++(int)
    {
        CountingIterator old = *this;
        ++*this;
        return old;
    }
    bool operator==(const CountingIterator &o) const { return m_p == o.m_p; }
    bool operator!=(const CountingIterator &o) const { return m_p != o.m_p; }

private:
    const char *m_p;
    const char **m_cursor;
};

bool isNumberChar(char c)
{
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

/// The SAX handler: builds Nodes directly, with positions, limits and duplicate-key checks.
class JsonTreeBuilder
{
public:
    using json = nlohmann::json;

    JsonTreeBuilder(std::string_view text, const LoadLimits &limits, ErrorSink &errors, Node &root)
        : m_text(text)
        , m_lines(text)
        , m_limits(limits)
        , m_errors(errors)
        , m_root(root)
        , m_cursor(text.data())
    { }

    const char **cursor() { return &m_cursor; }
    bool limitHit = false;
    bool gotRoot = false;

    bool null() { return scalar(ScalarTag::Null, offsetBack(4)) != nullptr; }

    bool boolean(bool value)
    {
        Node *n = scalar(ScalarTag::Bool, offsetBack(value ? 4 : 5));
        if (n)
            n->boolValue = value;
        return n != nullptr;
    }

    bool number_integer(json::number_integer_t value)
    {
        Node *n = scalar(ScalarTag::Int, numberStart());
        if (n) {
            n->intValue = value;
            n->text = std::to_string(value);
        }
        return n != nullptr;
    }

    bool number_unsigned(json::number_unsigned_t value)
    {
        Node *n = scalar(ScalarTag::Int, numberStart());
        if (n) {
            n->inRange
                = value <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
            n->intValue = n->inRange ? static_cast<std::int64_t>(value) : 0;
            n->text = std::to_string(value);
        }
        return n != nullptr;
    }

    bool number_float(json::number_float_t value, const json::string_t &literal)
    {
        Node *n = scalar(ScalarTag::Float, numberStart());
        if (n) {
            n->floatValue = value;
            n->text = literal;
        }
        return n != nullptr;
    }

    bool string(json::string_t &value)
    {
        Node *n = scalar(ScalarTag::String, stringStart());
        if (!n)
            return false;
        if (value.size() > m_limits.maxScalarBytes) {
            m_errors.add(n->loc, stringTooLong(value.size(), m_limits.maxScalarBytes));
            n->bad = true;
        } else
            n->text = std::move(value);
        return true;
    }

    bool binary(json::binary_t &) { return false; }

    bool start_object(std::size_t) { return start(NodeKind::Map); }
    bool end_object()
    {
        checkDuplicateKeys(*m_stack.back(), m_errors);
        m_stack.pop_back();
        return true;
    }
    bool start_array(std::size_t) { return start(NodeKind::Sequence); }
    bool end_array()
    {
        m_stack.pop_back();
        return true;
    }

    bool key(json::string_t &value)
    {
        m_keyLoc = m_lines.at(stringStart());
        m_keyBad = value.size() > m_limits.maxScalarBytes;
        if (m_keyBad) {
            m_errors.add(m_keyLoc, stringTooLong(value.size(), m_limits.maxScalarBytes));
            m_key.clear();
        } else
            m_key = std::move(value);
        return true;
    }

    bool parse_error(
        std::size_t position, const std::string &, const nlohmann::detail::exception &ex)
    {
        // "[json.exception.parse_error.101] parse error at line 1, column 5: syntax error ..."
        std::string_view what = ex.what();
        if (what.rfind("[json.exception.", 0) == 0)
            if (const auto close = what.find("] "); close != std::string_view::npos)
                what.remove_prefix(close + 2);
        if (what.rfind("parse error", 0) == 0)
            if (const auto colon = what.find(": "); colon != std::string_view::npos)
                what.remove_prefix(colon + 2);
        std::string message = sanitize(what, 200);
        message
            = message.rfind("syntax error", 0) == 0 ? "JSON " + message : "JSON error: " + message;
        const std::size_t at = std::min(position > 0 ? position - 1 : 0, m_text.size());
        m_errors.clear();
        m_errors.add(m_lines.at(at), std::move(message));
        return false;
    }

private:
    std::size_t offset() const { return static_cast<std::size_t>(m_cursor - m_text.data()); }
    std::size_t offsetBack(std::size_t length) const
    {
        return offset() >= length ? offset() - length : 0;
    }

    /// The parser read one character past a number, unless the input ended.
    std::size_t numberStart() const
    {
        std::size_t e = offset();
        if (e > 0 && !isNumberChar(m_text[e - 1]))
            --e;
        while (e > 0 && isNumberChar(m_text[e - 1]))
            --e;
        return e;
    }

    /// The cursor sits after the closing quote; the opening quote is the first '"' before it
    /// that is not escaped (preceded by an even number of backslashes).
    std::size_t stringStart() const
    {
        std::size_t i = offset();
        if (i < 2)
            return 0;
        i -= 2; // last character inside the quotes
        while (true) {
            if (m_text[i] == '"') {
                std::size_t slashes = 0;
                while (slashes < i && m_text[i - 1 - slashes] == '\\')
                    ++slashes;
                if (slashes % 2 == 0)
                    return i;
            }
            if (i == 0)
                return 0;
            --i;
        }
    }

    Node *add(NodeKind kind, ScalarTag tag, std::size_t start)
    {
        if (++m_nodes > m_limits.maxNodes) {
            m_errors.clear();
            m_errors.add(m_lines.at(start), tooManyNodes(m_limits.maxNodes));
            limitHit = true;
            return nullptr;
        }
        Node *node = nullptr;
        if (m_stack.empty()) {
            gotRoot = true;
            node = &m_root;
        } else {
            Node &parent = *m_stack.back();
            parent.children.emplace_back();
            node = &parent.children.back();
            if (parent.isMap()) {
                node->key = std::move(m_key);
                node->keyLoc = m_keyLoc;
                node->bad = m_keyBad;
                m_key.clear();
                m_keyBad = false;
            }
        }
        node->kind = kind;
        node->tag = tag;
        node->loc = m_lines.at(start);
        return node;
    }

    Node *scalar(ScalarTag tag, std::size_t start) { return add(NodeKind::Scalar, tag, start); }

    bool start(NodeKind kind)
    {
        const std::size_t at = offsetBack(1);
        if (static_cast<int>(m_stack.size()) >= m_limits.maxDepth) {
            m_errors.clear();
            m_errors.add(m_lines.at(at), nestingTooDeep(m_limits.maxDepth));
            limitHit = true;
            return false;
        }
        Node *node = add(kind, ScalarTag::Null, at);
        if (!node)
            return false;
        m_stack.push_back(node);
        return true;
    }

    std::string_view m_text;
    LineIndex m_lines;
    const LoadLimits &m_limits;
    ErrorSink &m_errors;
    Node &m_root;
    const char *m_cursor;
    std::vector<Node *> m_stack;
    std::string m_key;
    SourceLoc m_keyLoc;
    bool m_keyBad = false;
    std::size_t m_nodes = 0;
};

} // namespace

bool readJson(
    std::string_view text, const LoadLimits &limits, ErrorSink &errors, Node &root, bool *limitHit)
{
    JsonTreeBuilder builder(text, limits, errors, root);
    CountingIterator first(text.data(), builder.cursor());
    CountingIterator last(text.data() + text.size(), builder.cursor());
    bool ok = false;
    try {
        ok = nlohmann::json::sax_parse(first, last, &builder, nlohmann::json::input_format_t::json,
            /*strict=*/true, /*ignore_comments=*/false);
    } catch (const std::exception &e) {
        errors.add({}, "JSON error: " + sanitize(e.what(), 200));
        ok = false;
    }
    if (limitHit)
        *limitHit = builder.limitHit;
    if (ok && !builder.gotRoot) {
        errors.add({}, "the document is empty");
        return false;
    }
    return ok;
}

} // namespace cw::io
