// SPDX-License-Identifier: MIT
#include "io/yamlscalar.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace cw::io {
namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isOctal(char c)
{
    return c >= '0' && c <= '7';
}
bool isHex(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

template<typename Pred> bool allOf(std::string_view s, Pred pred)
{
    if (s.empty())
        return false;
    for (char c : s)
        if (!pred(c))
            return false;
    return true;
}

bool isNull(std::string_view s)
{
    return s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL";
}

/// [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?
bool isDecimalFloat(std::string_view s)
{
    std::size_t i = 0;
    if (i < s.size() && (s[i] == '-' || s[i] == '+'))
        ++i;
    std::size_t intDigits = 0, fracDigits = 0;
    while (i < s.size() && isDigit(s[i]))
        ++i, ++intDigits;
    if (i < s.size() && s[i] == '.') {
        ++i;
        while (i < s.size() && isDigit(s[i]))
            ++i, ++fracDigits;
    }
    if (intDigits == 0 && fracDigits == 0)
        return false;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '-' || s[i] == '+'))
            ++i;
        if (!allOf(s.substr(i), isDigit))
            return false;
        i = s.size();
    }
    return i == s.size();
}

/// The value from_chars refused: infinity on overflow, zero on underflow. The decimal exponent
/// (significant integer digits + written exponent) tells which.
double outOfRange(std::string_view s)
{
    const bool negative = s[0] == '-';
    std::size_t i = negative ? 1 : 0;
    long magnitude = 0;
    bool significant = false;
    for (; i < s.size() && s[i] != 'e' && s[i] != 'E'; ++i) {
        if (s[i] == '.')
            break;
        significant = significant || s[i] != '0';
        if (significant)
            ++magnitude;
    }
    if (!significant) {
        // 0.000ddd: each leading fractional zero lowers the magnitude.
        for (std::size_t k = i + 1; k < s.size() && s[k] == '0'; ++k)
            --magnitude;
    }
    const std::size_t e = s.find_first_of("eE");
    if (e != std::string_view::npos) {
        long exponent = 0;
        std::string_view digits = s.substr(e + 1);
        const bool negativeExponent = !digits.empty() && digits[0] == '-';
        if (!digits.empty() && (digits[0] == '-' || digits[0] == '+'))
            digits.remove_prefix(1);
        for (char c : digits)
            exponent = std::min(exponent * 10 + (c - '0'), 1'000'000L);
        magnitude += negativeExponent ? -exponent : exponent;
    }
    const double v = magnitude > 0 ? std::numeric_limits<double>::infinity() : 0.0;
    return negative ? -v : v;
}

void setInt(Node &node, std::string_view digits, int base, bool negative)
{
    node.tag = ScalarTag::Int;
    std::uint64_t magnitude = 0;
    auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), magnitude, base);
    const std::uint64_t limit
        = negative ? std::uint64_t { 1 } << 63 : (std::uint64_t { 1 } << 63) - 1;
    if (ec != std::errc() || ptr != digits.data() + digits.size() || magnitude > limit) {
        node.inRange = false;
        return;
    }
    node.intValue = negative ? static_cast<std::int64_t>(0 - magnitude)
                             : static_cast<std::int64_t>(magnitude);
}

} // namespace

void resolvePlainScalar(std::string_view s, Node &node)
{
    node.kind = NodeKind::Scalar;
    node.plain = true;
    if (isNull(s)) {
        node.tag = ScalarTag::Null;
        return;
    }
    if (s == "true" || s == "True" || s == "TRUE" || s == "false" || s == "False" || s == "FALSE") {
        node.tag = ScalarTag::Bool;
        node.boolValue = s[0] == 't' || s[0] == 'T';
        return;
    }
    const bool signedDecimal = s.size() > 1 && (s[0] == '-' || s[0] == '+');
    const std::string_view unsignedPart = signedDecimal ? s.substr(1) : s;
    if (allOf(unsignedPart, isDigit)) {
        setInt(node, unsignedPart, 10, s[0] == '-');
        return;
    }
    if (s.size() > 2 && s[0] == '0' && s[1] == 'o' && allOf(s.substr(2), isOctal)) {
        setInt(node, s.substr(2), 8, false);
        return;
    }
    if (s.size() > 2 && s[0] == '0' && s[1] == 'x' && allOf(s.substr(2), isHex)) {
        setInt(node, s.substr(2), 16, false);
        return;
    }
    const std::string_view unsignedFloat
        = (!s.empty() && (s[0] == '-' || s[0] == '+')) ? s.substr(1) : s;
    if (unsignedFloat == ".inf" || unsignedFloat == ".Inf" || unsignedFloat == ".INF") {
        node.tag = ScalarTag::Float;
        node.floatValue = s[0] == '-' ? -std::numeric_limits<double>::infinity()
                                      : std::numeric_limits<double>::infinity();
        return;
    }
    if (s == ".nan" || s == ".NaN" || s == ".NAN") {
        node.tag = ScalarTag::Float;
        node.floatValue = std::numeric_limits<double>::quiet_NaN();
        return;
    }
    if (isDecimalFloat(s)) {
        node.tag = ScalarTag::Float;
        // from_chars rejects a leading '+'; the grammar above already validated the text.
        std::string_view digits = s[0] == '+' ? s.substr(1) : s;
        double value = 0;
        auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
        if (ec == std::errc::result_out_of_range)
            value = outOfRange(digits);
        node.floatValue = value;
        (void)ptr;
        return;
    }
    node.tag = ScalarTag::String;
}

ScalarTag plainScalarTag(std::string_view text)
{
    Node node;
    resolvePlainScalar(text, node);
    return node.tag;
}

} // namespace cw::io
