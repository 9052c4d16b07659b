// SPDX-License-Identifier: MIT
// Canonical JSON: two-space indents; lists of scalars and small flat elements on one line when
// they fit in kLineLimit columns, as in the YAML form.
#include "io/outtree.h"

#include <cmath>

namespace cw::io {
namespace {

void appendString(std::string &out, std::string_view s)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    std::size_t run = 0; // start of the pending run of characters that need no escape
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(s.data() + run, i - run);
        run = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    out.append(s.data() + run, s.size() - run);
    out += '"';
}

std::string scalar(const OutNode &n)
{
    switch (n.kind) {
    case OutNode::Kind::String: {
        std::string out;
        appendString(out, n.text);
        return out;
    }
    case OutNode::Kind::Float:
        return std::isfinite(n.number) ? formatNumber(n.number) : "null";
    case OutNode::Kind::Int:
        return std::to_string(n.integer);
    case OutNode::Kind::Bool:
        return n.boolean ? "true" : "false";
    default:
        return std::string(n.text);
    }
}

std::string flowList(const OutNode &list)
{
    std::string out = "[";
    for (std::size_t i = 0; i < list.children.size(); ++i) {
        if (i)
            out += ", ";
        out += scalar(list.children[i]);
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
        appendString(out, c.key);
        out += ": ";
        out += c.isScalar() ? scalar(c) : flowList(c);
    }
    return out + " }";
}

class JsonWriter
{
public:
    std::string out;

    void value(const OutNode &v, std::size_t indent)
    {
        if (v.isScalar()) {
            out += scalar(v);
            return;
        }
        const bool isMap = v.kind == OutNode::Kind::Map;
        if (v.children.empty()) {
            out += isMap ? "{}" : "[]";
            return;
        }
        if (isMap ? v.element && v.isFlat() : allScalars(v)) {
            const std::string flow = isMap ? flowMap(v) : flowList(v);
            if (column() + flow.size() + 1 <= kLineLimit) {
                out += flow;
                return;
            }
        }
        out += isMap ? "{\n" : "[\n";
        for (std::size_t i = 0; i < v.children.size(); ++i) {
            const OutNode &c = v.children[i];
            out.append(indent + 2, ' ');
            if (isMap) {
                appendString(out, c.key);
                out += ": ";
            }
            value(c, indent + 2);
            if (i + 1 < v.children.size())
                out += ',';
            out += '\n';
        }
        out.append(indent, ' ');
        out += isMap ? '}' : ']';
    }

private:
    static bool allScalars(const OutNode &list)
    {
        for (const OutNode &c : list.children)
            if (!c.isScalar())
                return false;
        return true;
    }

    std::size_t column() const
    {
        const auto nl = out.rfind('\n');
        return nl == std::string::npos ? out.size() : out.size() - nl - 1;
    }
};

} // namespace

std::string writeJson(const OutNode &root)
{
    JsonWriter w;
    w.out.reserve(4096);
    w.value(root, 0);
    w.out += '\n';
    return w.out;
}

} // namespace cw::io
