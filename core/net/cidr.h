// SPDX-License-Identifier: MIT
#pragma once

#include "model/model.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

/// CIDR arithmetic for IPv4 and IPv6, parsed with Boost.Asio's ip::network_v4/v6.
namespace cw::net {

enum class Family { V4, V6 };

/// An address block. Addresses are stored big-endian in 16 bytes (IPv4 in the first 4),
/// so blocks of one family compare and sort as unsigned integers.
class Cidr
{
public:
    Cidr() = default;

    /// Parses "10.0.0.0/16" or "2001:db8::/56". Host bits may be set (see isCanonical()).
    /// On failure returns nullopt and, if error is given, a one-line reason.
    static std::optional<Cidr> parse(std::string_view text, std::string *error = nullptr);
    /// Builds a block from big-endian bytes (IPv4 in the first 4, the rest ignored); prefix is
    /// clamped to 0..maxPrefix(). For arithmetic code that computes addresses.
    static Cidr fromBytes(Family family, const std::array<std::uint8_t, 16> &bytes, int prefix);

    Family family() const { return m_family; }
    int prefix() const { return m_prefix; }
    int maxPrefix() const { return m_family == Family::V4 ? 32 : 128; }
    const std::array<std::uint8_t, 16> &bytes() const { return m_bytes; }

    /// True when the host bits are zero, as providers require.
    bool isCanonical() const;
    /// The same block with host bits cleared.
    Cidr canonical() const;
    /// First and last address of the block (host bits cleared / set), as single-address blocks
    /// (/32 or /128).
    Cidr first() const;
    Cidr last() const;

    bool contains(const Cidr &other) const; ///< other lies entirely inside this (same family)
    bool overlaps(const Cidr &other) const; ///< the blocks share an address (same family)

    /// 2^(max-prefix) as a double (exact up to 2^53; IPv6 sizes are huge).
    double size() const;

    std::string toString() const; ///< "10.0.0.0/16" (address as given, canonical or not)

    auto operator<=>(const Cidr &) const = default;

private:
    Family m_family = Family::V4;
    int m_prefix = 0;
    std::array<std::uint8_t, 16> m_bytes {};
};

/// Addresses a provider reserves in every subnet: AWS 5, Azure 5, GCP 4.
int reservedAddresses(Provider provider);

/// Usable host addresses of a subnet for a provider (never negative).
double usableAddresses(const Cidr &subnet, Provider provider);

/// The first block of the given prefix inside range that overlaps none of used, aligned to its
/// size; nullopt when none is free. used may be in any order and may include blocks outside range.
std::optional<Cidr> nextFree(const Cidr &range, int prefix, const std::vector<Cidr> &used);

/// The addresses of range that no block of used covers, as the fewest maximal aligned blocks in
/// address order; O(n log n). used may be in any order, overlap, or lie partly outside range.
std::vector<Cidr> freeBlocks(const Cidr &range, const std::vector<Cidr> &used);

/// A pair of indices into the input whose blocks overlap (first < second in input order).
struct Overlap
{
    std::size_t first = 0;
    std::size_t second = 0;
};

/// Every overlapping pair among blocks of one family, found by sort and sweep in O(n log n + k):
/// CIDR blocks are either disjoint or nested, so a block overlaps an earlier one iff it starts
/// before the end of the open enclosing block. Each overlapping block is reported once, against
/// the block that encloses or duplicates it. Mixed families are compared within each family.
std::vector<Overlap> findOverlaps(const std::vector<Cidr> &blocks);

/// For each block in inner, the index of a block in outer that contains it, or -1; O((n+m) log m).
std::vector<long> findContainers(const std::vector<Cidr> &inner, const std::vector<Cidr> &outer);

} // namespace cw::net
