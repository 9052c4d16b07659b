// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace cw {

/// id -> number in one flat array (open addressing, linear probing, hashes kept in the slots).
/// A lookup touches one or two cache lines where a node-based map touches four; on models larger
/// than the cache those misses dominated validation. Keys are views: their text must outlive
/// the table. The first insertion of a key wins.
class IdTable
{
public:
    /// Sizes the table for n keys, so inserting them never rehashes.
    void reserve(std::size_t n);
    /// Adds key -> value unless key is present; returns whether it was added.
    bool insert(std::string_view key, std::uint32_t value);
    /// The value of key, or nullptr.
    const std::uint32_t *find(std::string_view key) const;
    std::size_t size() const { return m_size; }

private:
    static constexpr std::uint32_t kEmpty = 0xffffffffu;
    struct Slot
    {
        const char *data = nullptr;
        std::uint32_t length = 0;
        std::uint32_t hash = 0; ///< low 32 bits of the key's hash: most mismatches stop here
        std::uint32_t value = kEmpty;
    };

    void rehash(std::size_t slots);
    std::size_t home(std::uint64_t hash) const { return hash & (m_slots.size() - 1); }

    std::vector<Slot> m_slots; ///< a power of two in size, at most half full
    std::size_t m_size = 0;
};

} // namespace cw
