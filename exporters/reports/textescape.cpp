// SPDX-License-Identifier: MIT
#include "reports/textescape.h"

#include <cstring>

namespace cw::reports {

std::string xmlEscape(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 16);
    for (char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            // XML 1.0 forbids most control characters even as references.
            if (static_cast<unsigned char>(c) >= 0x20 || c == '\n' || c == '\t')
                out += c;
            else if (c == '\r')
                out += ' ';
        }
    }
    return out;
}

namespace {

bool isAlnum(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isPunct(char c)
{
    return c > 0x20 && c < 0x7f && !isAlnum(c);
}

/// Whether text[at] ('&') starts what CommonMark reads as an entity or numeric character
/// reference: &name; &#123; &#x1F;.
bool startsEntity(std::string_view text, std::size_t at)
{
    std::size_t i = at + 1;
    auto run = [&](auto pred, std::size_t max) {
        const std::size_t from = i;
        while (i < text.size() && i - from < max && pred(text[i]))
            ++i;
        return i - from;
    };
    if (i < text.size() && text[i] == '#') {
        ++i;
        const bool hex = i < text.size() && (text[i] == 'x' || text[i] == 'X');
        if (hex)
            ++i;
        const std::size_t n = hex
            ? run(
                [](char c) {
                    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
                },
                6)
            : run(isDigit, 7);
        return n > 0 && i < text.size() && text[i] == ';';
    }
    if (i >= text.size() || !isAlnum(text[i]) || isDigit(text[i]))
        return false;
    run(isAlnum, 32);
    return i < text.size() && text[i] == ';';
}

/// The model text on one line: line breaks and tabs as spaces, other control characters dropped,
/// blanks at both ends trimmed (Markdown drops them, and four leading ones make a code block).
std::string oneLine(std::string_view text)
{
    std::string s;
    s.reserve(text.size());
    for (char c : text) {
        if (c == '\n' || c == '\r' || c == '\t')
            s += ' ';
        else if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f)
            s += c;
    }
    const auto first = s.find_first_not_of(' ');
    if (first == std::string::npos)
        return {};
    return s.substr(first, s.find_last_not_of(' ') - first + 1);
}

/// The index of the character at the start of s that would begin a block (heading, list item,
/// quote, thematic break, setext underline) and must be escaped; npos when s starts plain text.
std::size_t leadingMarker(const std::string &s)
{
    if (s.empty())
        return std::string::npos;
    const auto spaceOrEnd = [&](std::size_t i) { return i >= s.size() || s[i] == ' '; };
    switch (s[0]) {
    case '>':
    case '=':
        return 0;
    case '-':
    case '+':
    case '*':
        return spaceOrEnd(1) || s[1] == s[0] ? 0 : std::string::npos;
    case '#': {
        std::size_t i = 0;
        while (i < s.size() && s[i] == '#')
            ++i;
        return spaceOrEnd(i) ? 0 : std::string::npos;
    }
    default: {
        std::size_t i = 0;
        while (i < s.size() && i < 10 && isDigit(s[i]))
            ++i;
        if (i > 0 && i < 10 && i < s.size() && (s[i] == '.' || s[i] == ')') && spaceOrEnd(i + 1))
            return i;
        return std::string::npos;
    }
    }
}

} // namespace

std::string markdownEscape(std::string_view text)
{
    // Links, images, code spans, strikethrough, math and table cells need one of these; escaping
    // them wherever they stand keeps every span literal whatever text follows.
    static const std::string_view kAlways = "`[]|~$";
    const std::string s = oneLine(text);
    const std::size_t marker = leadingMarker(s);
    // "Title ##" would lose its trailing #s as the closing sequence of a heading.
    std::size_t closingHashes = std::string::npos;
    if (!s.empty() && s.back() == '#') {
        std::size_t i = s.size();
        while (i > 0 && s[i - 1] == '#')
            --i;
        if (i > 0 && s[i - 1] == ' ')
            closingHashes = i;
    }
    std::string out;
    out.reserve(s.size() + 8);
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        const char next = i + 1 < s.size() ? s[i + 1] : '\0';
        bool escape
            = i == marker || i == closingHashes || kAlways.find(c) != std::string_view::npos;
        if (c == '\\') // only an escape or a hard break when punctuation or the end follows
            escape = next == '\0' || isPunct(next);
        else if (c == '<') // HTML and autolinks start with a letter, / ! or ?
            escape = (isAlnum(next) && !isDigit(next)) || next == '/' || next == '!' || next == '?';
        else if (c == '*') // " * " neither opens nor closes emphasis
            escape = i == marker || !(i > 0 && s[i - 1] == ' ' && next == ' ');
        else if (c == '_') // intraword underscores never emphasise (a_b, snake_case)
            escape = !(i > 0 && isAlnum(s[i - 1]) && isAlnum(next));
        else if (c == '&')
            escape = startsEntity(s, i);
        if (escape)
            out += '\\';
        out += c;
    }
    return out;
}

} // namespace cw::reports
