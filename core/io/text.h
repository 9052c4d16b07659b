// SPDX-License-Identifier: MIT
#pragma once

#include "model/sourceloc.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

/// Small text helpers for the readers: message quoting, did-you-mean, UTF-8, line:column.
namespace cw::io {

/// text made safe for a message: control characters and invalid UTF-8 escaped, long text
/// shortened with "...".
std::string sanitize(std::string_view text, std::size_t maxBytes = 80);

/// 'text', sanitized.
std::string quoteForMessage(std::string_view text, std::size_t maxBytes = 80);

/// Optimal-string-alignment distance (an adjacent swap costs 1); stops early past limit.
std::size_t editDistance(std::string_view a, std::string_view b, std::size_t limit = 3);

/// The candidate closest to word when it is close enough to be a likely typo, else empty.
std::string closestMatch(std::string_view word, const std::vector<std::string> &candidates);

/// "; did you mean 'x'?" or "".
std::string didYouMean(std::string_view word, const std::vector<std::string> &candidates);

/// "a, b, c".
std::string joinNames(const std::vector<std::string> &names);

/// Offset of the first byte that is not valid UTF-8, or npos.
std::size_t findInvalidUtf8(std::string_view text);

/// Maps byte offsets to 1-based line:column (columns count bytes). Lookups in increasing
/// offset order, as a parser makes them, cost O(1) amortised.
class LineIndex
{
public:
    explicit LineIndex(std::string_view text);
    SourceLoc at(std::size_t offset) const;

private:
    std::vector<std::size_t> m_starts;
    mutable std::size_t m_line = 0; ///< 0-based line of the previous lookup
};

} // namespace cw::io
