// SPDX-License-Identifier: MIT
#include "io/text.h"

#include <algorithm>
#include <cstring>

namespace cw::io {
namespace {

/// Length of the valid UTF-8 sequence starting at text[i], or 0 when it is invalid.
std::size_t utf8Length(std::string_view text, std::size_t i)
{
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char c = byte(i);
    if (c < 0x80)
        return 1;
    std::size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF)
        len = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0)
            lo = 0xA0;
        if (c == 0xED)
            hi = 0x9F; // no UTF-16 surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0)
            lo = 0x90;
        if (c == 0xF4)
            hi = 0x8F;
    } else
        return 0;
    if (i + len > text.size())
        return 0;
    if (byte(i + 1) < lo || byte(i + 1) > hi)
        return 0;
    for (std::size_t k = 2; k < len; ++k)
        if (byte(i + k) < 0x80 || byte(i + k) > 0xBF)
            return 0;
    return len;
}

} // namespace

std::string quoteForMessage(std::string_view text, std::size_t maxBytes)
{
    return "'" + sanitize(text, maxBytes) + "'";
}

std::string sanitize(std::string_view text, std::size_t maxBytes)
{
    static const char hex[] = "0123456789abcdef";
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        if (out.size() > maxBytes) {
            out += "...";
            break;
        }
        const auto c = static_cast<unsigned char>(text[i]);
        const std::size_t len = utf8Length(text, i);
        if (len == 0 || c < 0x20 || c == 0x7f) {
            if (c == '\n')
                out += "\\n";
            else if (c == '\t')
                out += "\\t";
            else {
                out += "\\x";
                out += hex[c >> 4];
                out += hex[c & 15];
            }
            ++i;
            continue;
        }
        out.append(text.substr(i, len));
        i += len;
    }
    return out;
}

std::size_t editDistance(std::string_view a, std::string_view b, std::size_t limit)
{
    const std::size_t n = a.size(), m = b.size();
    if ((n > m ? n - m : m - n) > limit)
        return limit + 1;
    // Three rows of the optimal-string-alignment table.
    std::vector<std::size_t> prev2(m + 1), prev(m + 1), cur(m + 1);
    for (std::size_t j = 0; j <= m; ++j)
        prev[j] = j;
    for (std::size_t i = 1; i <= n; ++i) {
        cur[0] = i;
        std::size_t rowMin = cur[0];
        for (std::size_t j = 1; j <= m; ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            std::size_t v = std::min({ prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost });
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                v = std::min(v, prev2[j - 2] + 1);
            cur[j] = v;
            rowMin = std::min(rowMin, v);
        }
        if (rowMin > limit)
            return limit + 1;
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return std::min(prev[m], limit + 1);
}

std::string closestMatch(std::string_view word, const std::vector<std::string> &candidates)
{
    // Short words tolerate one typo, longer ones two or three.
    const std::size_t limit = word.size() <= 4 ? 1 : word.size() <= 10 ? 2 : 3;
    if (word.size() > 200)
        return {};
    std::string best;
    std::size_t bestDistance = limit + 1;
    for (const auto &c : candidates) {
        const std::size_t d = editDistance(word, c, limit);
        if (d < bestDistance && d < std::max(word.size(), c.size())) {
            bestDistance = d;
            best = c;
        }
    }
    return best;
}

std::string didYouMean(std::string_view word, const std::vector<std::string> &candidates)
{
    const std::string best = closestMatch(word, candidates);
    return best.empty() ? std::string() : "; did you mean '" + best + "'?";
}

std::string joinNames(const std::vector<std::string> &names)
{
    std::string out;
    for (const auto &n : names) {
        if (!out.empty())
            out += ", ";
        out += n;
    }
    return out;
}

std::size_t findInvalidUtf8(std::string_view text)
{
    std::size_t i = 0;
    while (i < text.size()) {
        // Fast path over ASCII.
        if (static_cast<unsigned char>(text[i]) < 0x80) {
            ++i;
            continue;
        }
        const std::size_t len = utf8Length(text, i);
        if (len == 0)
            return i;
        i += len;
    }
    return std::string_view::npos;
}

LineIndex::LineIndex(std::string_view text)
{
    m_starts.push_back(0);
    const char *begin = text.data();
    const char *end = begin + text.size();
    for (const char *p = begin; p < end;) {
        const void *nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
        if (!nl)
            break;
        p = static_cast<const char *>(nl) + 1;
        m_starts.push_back(static_cast<std::size_t>(p - begin));
    }
}

SourceLoc LineIndex::at(std::size_t offset) const
{
    if (offset < m_starts[m_line]) {
        const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), offset);
        m_line = static_cast<std::size_t>(it - m_starts.begin()) - 1;
    }
    // Usually the same or a nearby line: walk forward.
    while (m_line + 1 < m_starts.size() && m_starts[m_line + 1] <= offset)
        ++m_line;
    return { static_cast<int>(m_line + 1), static_cast<int>(offset - m_starts[m_line] + 1) };
}

} // namespace cw::io
