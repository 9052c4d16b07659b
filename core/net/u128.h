// SPDX-License-Identifier: MIT
#pragma once

#include "net/cidr.h"

#include <cstdint>

/// Internal helpers of cw::net: addresses as 128-bit unsigned integers, so block arithmetic
/// (ends, alignment, sweeps) is plain integer math. Not part of the public contract.
namespace cw::net::detail {

__extension__ typedef unsigned __int128 U128;

/// Number of address bits of a family.
inline int familyBits(Family family)
{
    return family == Family::V4 ? 32 : 128;
}

/// The address of a block as an integer (IPv4 in the low 32 bits).
inline U128 addressOf(const Cidr &cidr)
{
    const auto &b = cidr.bytes();
    const int n = cidr.family() == Family::V4 ? 4 : 16;
    U128 v = 0;
    for (int i = 0; i < n; ++i)
        v = (v << 8) | b[i];
    return v;
}

/// Mask of the host bits for a prefix in a family (all ones for a /0 IPv6 block).
inline U128 hostMask(Family family, int prefix)
{
    const int hostBits = familyBits(family) - prefix;
    if (hostBits >= 128)
        return ~U128 { 0 };
    return (U128 { 1 } << hostBits) - 1;
}

/// First and last address of a block, whatever its host bits.
inline U128 startOf(const Cidr &cidr)
{
    return addressOf(cidr) & ~hostMask(cidr.family(), cidr.prefix());
}
inline U128 endOf(const Cidr &cidr)
{
    return addressOf(cidr) | hostMask(cidr.family(), cidr.prefix());
}

/// The block of the given family and prefix that starts at address.
inline Cidr makeCidr(Family family, U128 address, int prefix)
{
    std::array<std::uint8_t, 16> bytes {};
    const int n = family == Family::V4 ? 4 : 16;
    for (int i = n - 1; i >= 0; --i) {
        bytes[i] = static_cast<std::uint8_t>(address & 0xff);
        address >>= 8;
    }
    return Cidr::fromBytes(family, bytes, prefix);
}

} // namespace cw::net::detail
