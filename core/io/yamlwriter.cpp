// SPDX-License-Identifier: MIT
// Canonical YAML: block style, two-space indents, small flat elements as one-line flow maps when
// they fit in kLineLimit columns. Strings stay plain only when the reader would read the very
// same string back; everything else is double-quoted with escapes.
#include "io/outtree.h"
#include "io/yamlscalar.h"

#include <cmath>

namespace cw::io {
namespace {

constexpr std::size_t kMaxImplicitKey = 1000;

bool isPlainSafeChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || std::string_view("-_./+=@()$%~^;:'\"!?<>*&|\\ #,[]{}`").find(c)
        != std::string_view::npos;
}

bool needsQuotes(std::string_view s, bool flow)
{
    if (s.empty() || plainScalarTag(s) != ScalarTag::String)
        return true;
    // Indicators that start something else than a plain scalar.
    if (std::string_view("-?:,[]{}#&*!|>'\"%@` ").find(s.front()) != std::string_view::npos)
        return true;
    if (s.back() == ' ' || s.back() == ':')
        return true;
    if (s.rfind("...", 0) == 0)
        return true;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (!isPlainSafeChar(c))
            return true; // control characters, tabs, non-ASCII
        if (c == ':' && (i + 1 == s.size() || s[i + 1] == ' '))
            return true;
        if (c == '#' && i > 0 && s[i - 1] == ' ')
            return true;
        if (flow && std::string_view(",[]{}").find(c) != std::string_view::npos)
            return true;
        if (flow && c == ':')
            return true; // "a:b" is fine in block style but ambiguous next to flow indicators
    }
    return false;
}

void appendEscaped(std::string &out, std::string_view s)
{
    static const char hex[] = "0123456789ABCDEF";
    out += '"';
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        switch (c) {
        case '"':
            out += "\\\"";
            continue;
        case '\\':
            out += "\\\\";
            continue;
        case '\n':
            out += "\\n";
            continue;
        case '\t':
            out += "\\t";
            continue;
        case '\r':
            out += "\\r";
            continue;
        default:
            break;
        }
        if (c < 0x20 || c == 0x7f) {
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 15];
            continue;
        }
        // Unicode line breaks, C1 controls and the BOM would be taken as structure or
        // dropped: escape them. Other UTF-8 stays as written.
        if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) <= 0x9F) {
            const auto c1 = static_cast<unsigned char>(s[++i]);
            out += "\\x";
            out += hex[c1 >> 4];
            out += hex[c1 & 15];
            continue;
        }
        if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80
            && (static_cast<unsigned char>(s[i + 2]) == 0xA8
                || static_cast<unsigned char>(s[i + 2]) == 0xA9)) {
            out += static_cast<unsigned char>(s[i + 2]) == 0xA8 ? "\\L" : "\\P";
            i += 2;
            continue;
        }
        if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBB
            && static_cast<unsigned char>(s[i + 2]) == 0xBF) {
            out += "\\uFEFF";
            i += 2;
            continue;
        }
        out += static_cast<char>(c);
    }
    out += '"';
}

std::string scalar(const OutNode &n, bool flow)
{
    switch (n.kind) {
    case OutNode::Kind::String: {
        if (!needsQuotes(n.text, flow))
            return std::string(n.text);
        std::string out;
        appendEscaped(out, n.text);
        return out;
    }
    case OutNode::Kind::Float:
        if (std::isnan(n.number))
            return ".nan";
        if (std::isinf(n.number))
            return n.number < 0 ? "-.inf" : ".inf";
        return formatNumber(n.number);
    case OutNode::Kind::Int:
        return std::to_string(n.integer);
    case OutNode::Kind::Bool:
        return n.boolean ? "true" : "false";
    default:
        return std::string(n.text);
    }
}

std::string key(std::string_view k, bool flow)
{
    if (!needsQuotes(k, flow))
        return std::string(k);
    std::string out;
    appendEscaped(out, k);
    return out;
}

std::string flowList(const OutNode &list)
{
    std::string out = "[";
    for (std::size_t i = 0; i < list.children.size(); ++i) {
        if (i)
            out += ", ";
        out += scalar(list.children[i], true);
    }
    return out + "]";
}

std::string flowMap(const OutNode &map)
{
    std::string out = "{ ";
    for (std::size_t i = 0; i < map.children.size(); ++i) {
        const OutNode &c = map.children[i];
        if (i)
            out += ", ";
        out += key(c.key, true) + ": " + (c.isScalar() ? scalar(c, true) : flowList(c));
    }
    return out + " }";
}

class YamlWriter
{
public:
    std::string out;

    void blockMap(const OutNode &map, std::size_t indent, bool afterDash)
    {
        for (std::size_t i = 0; i < map.children.size(); ++i) {
            if (i > 0 || !afterDash)
                out.append(indent, ' ');
            const OutNode &c = map.children[i];
            const std::string k = key(c.key, false);
            if (k.size() > kMaxImplicitKey) {
                // YAML caps implicit keys at 1024 characters; longer ones need "? key".
                out += "? " + k + '\n';
                out.append(indent, ' ');
            } else
                out += k;
            out += ':';
            value(c, indent);
        }
    }

private:
    std::size_t column() const
    {
        const auto nl = out.rfind('\n');
        return nl == std::string::npos ? out.size() : out.size() - nl - 1;
    }

    bool fits(std::size_t extra) const { return column() + extra <= kLineLimit; }

    /// A value after "key:".
    void value(const OutNode &v, std::size_t indent)
    {
        if (v.isScalar()) {
            out += ' ' + scalar(v, false) + '\n';
            return;
        }
        if (v.children.empty()) {
            out += v.kind == OutNode::Kind::Map ? " {}\n" : " []\n";
            return;
        }
        if (v.kind == OutNode::Kind::Map) {
            if (v.element && v.isFlat()) {
                const std::string flow = flowMap(v);
                if (fits(1 + flow.size())) {
                    out += ' ' + flow + '\n';
                    return;
                }
            }
            out += '\n';
            blockMap(v, indent + 2, false);
            return;
        }
        bool scalars = true;
        for (const OutNode &item : v.children)
            scalars = scalars && item.isScalar();
        if (scalars) {
            const std::string flow = flowList(v);
            if (fits(1 + flow.size())) {
                out += ' ' + flow + '\n';
                return;
            }
        }
        out += '\n';
        for (const OutNode &item : v.children)
            sequenceItem(item, indent + 2);
    }

    void sequenceItem(const OutNode &item, std::size_t indent)
    {
        out.append(indent, ' ');
        out += "- ";
        if (item.isScalar()) {
            out += scalar(item, false) + '\n';
            return;
        }
        if (item.kind == OutNode::Kind::Sequence) {
            // Not produced by the model; kept valid for completeness.
            out += flowList(item) + '\n';
            return;
        }
        if (item.children.empty()) {
            out += "{}\n";
            return;
        }
        if (item.element && item.isFlat()) {
            const std::string flow = flowMap(item);
            if (fits(flow.size())) {
                out += flow + '\n';
                return;
            }
        }
        blockMap(item, indent + 2, true);
    }
};

} // namespace

std::string writeYaml(const OutNode &root)
{
    YamlWriter w;
    w.out.reserve(4096);
    w.blockMap(root, 0, false);
    return w.out;
}

} // namespace cw::io
