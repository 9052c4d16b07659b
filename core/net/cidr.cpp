// SPDX-License-Identifier: MIT
#include "net/cidr.h"

#include "net/u128.h"

#include <algorithm>
#include <array>
#include <boost/asio/ip/network_v4.hpp>
#include <boost/asio/ip/network_v6.hpp>
#include <cmath>
#include <exception>

namespace cw::net {
namespace {

using detail::U128;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/// Input echoed in a reason, cut so one bad value cannot flood a message.
std::string cut(std::string_view s)
{
    constexpr std::size_t kMax = 48;
    return std::string(s.substr(0, kMax)) + (s.size() > kMax ? "..." : "");
}

std::string quoted(std::string_view s)
{
    return "'" + cut(s) + "'";
}

bool allDigits(std::string_view s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), isDigit);
}

/// Checks an IPv4 address text for the mistakes people make, so the reason names the part that
/// is wrong; Boost (inet_pton) would only say "invalid argument". Empty result = looks valid.
std::string ipv4TextProblem(std::string_view addr)
{
    // Messages are built only on failure: this runs for every block of every model.
    const auto text = [addr] { return quoted(addr); };
    if (!std::all_of(addr.begin(), addr.end(), [](char c) { return isDigit(c) || c == '.'; }))
        return "invalid address " + text() + ": expected IPv4 (a.b.c.d) or IPv6";
    std::array<std::string_view, 4> parts;
    std::size_t count = 0;
    std::size_t start = 0;
    while (true) {
        const std::size_t dot = addr.find('.', start);
        if (count < parts.size())
            parts[count] = addr.substr(start, dot == std::string_view::npos ? dot : dot - start);
        ++count;
        if (dot == std::string_view::npos)
            break;
        start = dot + 1;
    }
    if (count != 4)
        return "IPv4 address " + text() + " has " + std::to_string(count)
            + (count == 1 ? " part" : " parts") + ", expected 4";
    for (std::string_view part : parts) {
        if (part.empty())
            return "IPv4 address " + text() + " has an empty part";
        if (part.size() > 1 && part[0] == '0')
            return "IPv4 address " + text() + ": octet " + quoted(part) + " has a leading zero";
        int value = 0;
        for (char c : part.substr(0, 3))
            value = value * 10 + (c - '0');
        if (part.size() > 3 || value > 255)
            return "IPv4 address " + text() + ": octet " + quoted(part) + " exceeds 255";
    }
    return {};
}

std::string hex16(unsigned v)
{
    static constexpr char kHex[] = "0123456789abcdef";
    std::string s;
    bool started = false;
    for (int shift = 12; shift >= 0; shift -= 4) {
        const unsigned d = (v >> shift) & 0xf;
        if (d != 0 || started || shift == 0) {
            s += kHex[d];
            started = true;
        }
    }
    return s;
}

/// RFC 5952 text as Python's ipaddress prints it: lowercase, no leading zeros, the first
/// longest run of two or more zero groups written as "::", never dotted IPv4.
std::string ipv6Text(const std::array<std::uint8_t, 16> &b)
{
    std::array<unsigned, 8> groups {};
    for (int i = 0; i < 8; ++i)
        groups[i] = (unsigned(b[2 * i]) << 8) | b[2 * i + 1];
    int bestStart = -1, bestLen = 0;
    for (int i = 0; i < 8;) {
        if (groups[i] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && groups[j] == 0)
            ++j;
        if (j - i > bestLen) {
            bestStart = i;
            bestLen = j - i;
        }
        i = j;
    }
    if (bestLen < 2)
        bestStart = -1;
    std::string s;
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            s += "::";
            i += bestLen - 1;
            continue;
        }
        if (!s.empty() && s.back() != ':')
            s += ':';
        s += hex16(groups[i]);
    }
    return s;
}

} // namespace

std::optional<Cidr> Cidr::parse(std::string_view text, std::string *error)
{
    auto fail = [error](std::string reason) -> std::optional<Cidr> {
        if (error)
            *error = std::move(reason);
        return std::nullopt;
    };
    try {
        if (text.empty())
            return fail("empty CIDR");
        for (char c : text) {
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f')
                return fail("contains whitespace");
            if (static_cast<unsigned char>(c) < 0x21 || static_cast<unsigned char>(c) > 0x7e)
                return fail("contains a control or non-ASCII character");
        }
        const std::size_t slash = text.find('/');
        if (slash == std::string_view::npos)
            return fail(text.size() > 45 // longer than any address: no example
                    ? std::string("missing prefix length: write the block as address/bits")
                    : "missing prefix length: write the block as address/bits, e.g. "
                        + std::string(text) + (text.find(':') == text.npos ? "/32" : "/128"));
        if (text.find('/', slash + 1) != std::string_view::npos)
            return fail("more than one '/'");
        const std::string_view addr = text.substr(0, slash);
        const std::string_view bits = text.substr(slash + 1);
        if (addr.empty())
            return fail("missing address before '/'");
        const bool v6 = addr.find(':') != std::string_view::npos;
        const int maxBits = v6 ? 128 : 32;
        if (bits.empty())
            return fail("missing prefix length after '/'");
        if (!allDigits(bits))
            return fail("prefix length " + quoted(bits) + " is not a number");
        if (bits.size() > 1 && bits[0] == '0')
            return fail("prefix length " + quoted(bits) + " has a leading zero");
        if (bits.size() > 3 || std::stoi(std::string(bits)) > maxBits)
            return fail("prefix length " + cut(bits) + " exceeds " + std::to_string(maxBits)
                + (v6 ? " for IPv6" : " for IPv4"));

        Cidr result;
        boost::system::error_code ec;
        if (v6) {
            if (addr.find('%') != std::string_view::npos)
                return fail("IPv6 zone index ('%...') is not allowed in a CIDR");
            const auto network = boost::asio::ip::make_network_v6(std::string(text), ec);
            if (ec)
                return fail("invalid IPv6 address " + quoted(addr));
            result.m_family = Family::V6;
            result.m_prefix = network.prefix_length();
            result.m_bytes = network.address().to_bytes();
            const auto &b = result.m_bytes;
            const bool mapped
                = std::all_of(b.begin(), b.begin() + 10, [](auto x) { return x == 0; })
                && b[10] == 0xff && b[11] == 0xff;
            if (mapped && result.m_prefix >= 96) {
                std::array<std::uint8_t, 16> v4 { b[12], b[13], b[14], b[15] };
                const Cidr same = fromBytes(Family::V4, v4, result.m_prefix - 96);
                return fail("IPv4-mapped IPv6 address; write the IPv4 block " + same.toString()
                    + " instead");
            }
        } else {
            if (std::string problem = ipv4TextProblem(addr); !problem.empty())
                return fail(problem);
            const auto network = boost::asio::ip::make_network_v4(std::string(text), ec);
            if (ec)
                return fail("invalid IPv4 address " + quoted(addr));
            result.m_family = Family::V4;
            result.m_prefix = network.prefix_length();
            const auto b4 = network.address().to_bytes();
            std::copy(b4.begin(), b4.end(), result.m_bytes.begin());
        }
        return result;
    } catch (const std::exception &e) {
        // Boost and std::string may throw (bad_alloc, out_of_range); callers expect a reason.
        return fail(std::string("cannot parse: ") + e.what());
    }
}

Cidr Cidr::fromBytes(Family family, const std::array<std::uint8_t, 16> &bytes, int prefix)
{
    Cidr c;
    c.m_family = family;
    c.m_prefix = std::clamp(prefix, 0, c.maxPrefix());
    c.m_bytes = bytes;
    if (family == Family::V4)
        std::fill(c.m_bytes.begin() + 4, c.m_bytes.end(), std::uint8_t { 0 });
    return c;
}

bool Cidr::isCanonical() const
{
    return detail::addressOf(*this) == detail::startOf(*this);
}

Cidr Cidr::canonical() const
{
    return detail::makeCidr(m_family, detail::startOf(*this), m_prefix);
}

Cidr Cidr::first() const
{
    return detail::makeCidr(m_family, detail::startOf(*this), maxPrefix());
}

Cidr Cidr::last() const
{
    return detail::makeCidr(m_family, detail::endOf(*this), maxPrefix());
}

bool Cidr::contains(const Cidr &other) const
{
    return m_family == other.m_family && m_prefix <= other.m_prefix
        && detail::startOf(*this)
        == (detail::startOf(other) & ~detail::hostMask(m_family, m_prefix));
}

bool Cidr::overlaps(const Cidr &other) const
{
    // Blocks are either disjoint or nested, so overlapping means one contains the other.
    return contains(other) || other.contains(*this);
}

double Cidr::size() const
{
    return std::ldexp(1.0, maxPrefix() - m_prefix);
}

std::string Cidr::toString() const
{
    std::string s;
    if (m_family == Family::V4) {
        for (int i = 0; i < 4; ++i) {
            if (i)
                s += '.';
            s += std::to_string(m_bytes[i]);
        }
    } else {
        s = ipv6Text(m_bytes);
    }
    return s + '/' + std::to_string(m_prefix);
}

int reservedAddresses(Provider provider)
{
    switch (provider) {
    case Provider::Aws:
        return 5; // network, VPC router, DNS, future use, broadcast
    case Provider::Azure:
        return 5; // network, gateway, 2 x Azure DNS, broadcast
    case Provider::Gcp:
        return 4; // network, gateway, second-to-last, broadcast
    }
    return 0;
}

double usableAddresses(const Cidr &subnet, Provider provider)
{
    return std::max(0.0, subnet.size() - reservedAddresses(provider));
}

} // namespace cw::net
