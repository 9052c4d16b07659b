// SPDX-License-Identifier: MIT
#include "common/text.h"

#include <array>
#include <cstdio>

namespace cw::exporters {

namespace {

/// Decodes one code point at s[i]; returns its length, or 0 for an invalid sequence.
std::size_t decode(std::string_view s, std::size_t i, char32_t &cp)
{
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
    const unsigned char c = b(0);
    if (c < 0x80) {
        cp = c;
        return 1;
    }
    std::size_t n = 0;
    char32_t min = 0;
    if ((c & 0xE0) == 0xC0) {
        n = 2;
        cp = c & 0x1F;
        min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        n = 3;
        cp = c & 0x0F;
        min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
        n = 4;
        cp = c & 0x07;
        min = 0x10000;
    } else {
        return 0;
    }
    if (i + n > s.size())
        return 0;
    for (std::size_t k = 1; k < n; ++k) {
        if ((b(k) & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (b(k) & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return n;
}

void appendHex(std::string &out, const char *format, unsigned value)
{
    std::array<char, 16> buf {};
    std::snprintf(buf.data(), buf.size(), format, value);
    out += buf.data();
}

bool isIdentStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool isIdentChar(char c)
{
    return isIdentStart(c) || (c >= '0' && c <= '9');
}

bool isIdentifier(std::string_view s)
{
    if (s.empty() || !isIdentStart(s.front()))
        return false;
    for (char c : s)
        if (!isIdentChar(c))
            return false;
    return true;
}

/// U+0085, U+2028 and U+2029 end lines in some parsers and editors: always escaped.
unsigned lineSeparatorAt(std::string_view s, std::size_t i)
{
    if (i + 1 < s.size() && static_cast<unsigned char>(s[i]) == 0xC2
        && static_cast<unsigned char>(s[i + 1]) == 0x85)
        return 0x85;
    if (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2
        && static_cast<unsigned char>(s[i + 1]) == 0x80) {
        const auto c = static_cast<unsigned char>(s[i + 2]);
        if (c == 0xA8 || c == 0xA9)
            return 0x2000u + c - 0x80u;
    }
    return 0;
}

} // namespace

std::string validUtf8(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size();) {
        char32_t cp = 0;
        const std::size_t n = decode(s, i, cp);
        if (n == 0) {
            out += "\xEF\xBF\xBD";
            ++i;
        } else {
            out.append(s.substr(i, n));
            i += n;
        }
    }
    return out;
}

std::string hclString(std::string_view raw)
{
    const std::string s = validUtf8(raw);
    std::string out;
    out.reserve(s.size() + 2);
    out.push_back('"');
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        const char next = i + 1 < s.size() ? s[i + 1] : '\0';
        if (const unsigned sep = lineSeparatorAt(s, i)) {
            appendHex(out, "\\u%04X", sep);
            i += sep == 0x85 ? 1 : 2;
            continue;
        }
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '"':
            out += "\\\"";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '$':
        case '%':
            out.push_back(c);
            if (next == '{')
                out.push_back(c); // "$${" and "%%{" are literal "${" and "%{"
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
                appendHex(out, "\\u%04X", static_cast<unsigned char>(c));
            else
                out.push_back(c);
        }
    }
    out.push_back('"');
    return out;
}

std::string hclKey(std::string_view raw)
{
    static const std::array<std::string_view, 6> keywords { "true", "false", "null", "for", "in",
        "if" };
    bool keyword = false;
    for (auto k : keywords)
        keyword = keyword || raw == k;
    if (!keyword && isIdentifier(raw))
        return std::string(raw);
    const std::string quoted = hclString(raw);
    // Non-ASCII as escapes: the formatter aligns by characters, the writer counts bytes.
    std::string out;
    for (std::size_t i = 0; i < quoted.size();) {
        char32_t cp = 0;
        const std::size_t n = decode(quoted, i, cp);
        if (n <= 1) {
            out.push_back(quoted[i]);
            ++i;
            continue;
        }
        appendHex(out, cp > 0xFFFF ? "\\U%08X" : "\\u%04X", static_cast<unsigned>(cp));
        i += n;
    }
    return out;
}

std::string bicepString(std::string_view raw)
{
    const std::string s = validUtf8(raw);
    std::string out;
    out.reserve(s.size() + 2);
    out.push_back('\'');
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (const unsigned sep = lineSeparatorAt(s, i)) {
            appendHex(out, "\\u{%X}", sep);
            i += sep == 0x85 ? 1 : 2;
            continue;
        }
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\'':
            out += "\\'";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '$':
            out += (i + 1 < s.size() && s[i + 1] == '{') ? "\\$" : "$";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
                appendHex(out, "\\u{%X}", static_cast<unsigned char>(c));
            else
                out.push_back(c);
        }
    }
    out.push_back('\'');
    return out;
}

std::string bicepKey(std::string_view s)
{
    return isIdentifier(s) ? std::string(s) : bicepString(s);
}

std::string markdownText(std::string_view raw)
{
    static const std::string_view meta = "\\`*_{}[]<>#|!~&";
    const std::string s = validUtf8(raw);
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        if (c == '\n' || c == '\r' || c == '\t') {
            out.push_back(' ');
        } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
            continue;
        } else {
            // A leading list or heading marker would change the block; elsewhere it is text.
            const bool leading = out.empty() && (c == '-' || c == '+' || c == '=');
            if (leading || meta.find(c) != std::string_view::npos)
                out.push_back('\\');
            out.push_back(c);
        }
    }
    return out;
}

std::string snakeName(std::string_view id)
{
    std::string out;
    for (char c : id) {
        const char l = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        const bool keep = (l >= 'a' && l <= 'z') || (l >= '0' && l <= '9');
        if (keep)
            out.push_back(l);
        else if (!out.empty() && out.back() != '_')
            out.push_back('_');
    }
    while (!out.empty() && out.back() == '_')
        out.pop_back();
    if (out.empty())
        return "unnamed";
    if (out.front() >= '0' && out.front() <= '9')
        out.insert(0, "r_");
    return out;
}

std::string camelName(std::string_view id)
{
    std::string out;
    bool upperNext = false;
    for (char c : id) {
        const bool alnum
            = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum) {
            upperNext = !out.empty();
            continue;
        }
        if (upperNext && c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
        else if (out.empty() && c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
        out.push_back(c);
        upperNext = false;
    }
    if (out.empty())
        return "unnamed";
    if (out.front() >= '0' && out.front() <= '9')
        out.insert(0, "r");
    return out;
}

std::string lower(std::string_view s)
{
    std::string out(s);
    for (auto &c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

const std::string &NameTable::get(const std::string &key, const std::string &desired)
{
    if (auto it = m_byKey.find(key); it != m_byKey.end())
        return it->second;
    std::string name = desired;
    for (int n = 2;; ++n) {
        std::string folded = lower(name);
        if (!m_taken.count(folded) && !m_reserved.count(folded)) {
            m_taken.insert(std::move(folded));
            break;
        }
        name = desired + (m_camel ? "" : "_") + std::to_string(n);
    }
    return m_byKey.emplace(key, std::move(name)).first->second;
}

} // namespace cw::exporters
