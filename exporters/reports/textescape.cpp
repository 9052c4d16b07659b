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

std::string markdownEscape(std::string_view text)
{
    static const char *kSpecial = "\\`*_{}[]()<>#+-!|~&";
    std::string out;
    out.reserve(text.size() + 16);
    for (char c : text) {
        if (c == '\n' || c == '\r' || c == '\t')
            out += ' ';
        else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            continue;
        else if (std::strchr(kSpecial, c)) {
            out += '\\';
            out += c;
        } else
            out += c;
    }
    return out;
}

} // namespace cw::reports
