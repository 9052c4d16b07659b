// SPDX-License-Identifier: MIT
#include "model/idtable.h"

#include <cstring>
#include <functional>

namespace cw {

namespace {

std::uint64_t hashOf(std::string_view key)
{
    return std::hash<std::string_view> {}(key);
}

} // namespace

void IdTable::reserve(std::size_t n)
{
    std::size_t slots = 16;
    while (slots < 2 * n)
        slots *= 2;
    if (slots > m_slots.size())
        rehash(slots);
}

void IdTable::rehash(std::size_t slots)
{
    std::vector<Slot> old = std::move(m_slots);
    m_slots.assign(slots, Slot {});
    for (const Slot &s : old) {
        if (s.value == kEmpty)
            continue;
        std::size_t i = home(hashOf({ s.data, s.length }));
        while (m_slots[i].value != kEmpty)
            i = (i + 1) & (m_slots.size() - 1);
        m_slots[i] = s;
    }
}

bool IdTable::insert(std::string_view key, std::uint32_t value)
{
    if (2 * (m_size + 1) > m_slots.size())
        rehash(m_slots.empty() ? 16 : 2 * m_slots.size());
    const std::uint64_t h = hashOf(key);
    const auto h32 = static_cast<std::uint32_t>(h);
    std::size_t i = home(h);
    for (;; i = (i + 1) & (m_slots.size() - 1)) {
        Slot &s = m_slots[i];
        if (s.value == kEmpty)
            break;
        if (s.hash == h32 && s.length == key.size()
            && std::memcmp(s.data, key.data(), key.size()) == 0)
            return false;
    }
    m_slots[i] = { key.data(), static_cast<std::uint32_t>(key.size()), h32, value };
    ++m_size;
    return true;
}

const std::uint32_t *IdTable::find(std::string_view key) const
{
    if (m_slots.empty())
        return nullptr;
    const std::uint64_t h = hashOf(key);
    const auto h32 = static_cast<std::uint32_t>(h);
    for (std::size_t i = home(h);; i = (i + 1) & (m_slots.size() - 1)) {
        const Slot &s = m_slots[i];
        if (s.value == kEmpty)
            return nullptr;
        if (s.hash == h32 && s.length == key.size()
            && std::memcmp(s.data, key.data(), key.size()) == 0)
            return &s.value;
    }
}

} // namespace cw
