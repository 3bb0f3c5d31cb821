#include "io/occurrence_counter.h"

#include <cstring>
#include <utility>

namespace lb::io {

OccurrenceCounter::OccurrenceCounter()
{
    m_slots.assign(1024, 0);
}

std::uint32_t OccurrenceCounter::add(const char *hash8)
{
    std::uint64_t key;
    std::memcpy(&key, hash8, 8);
    if (insert(key))
        return 1;
    auto [it, added] = m_repeats.try_emplace(key, 1);
    return ++it->second;
}

bool OccurrenceCounter::insert(std::uint64_t key)
{
    if (key == 0)
        return !std::exchange(m_hasZero, true);
    if ((m_used + 1) * 2 > m_slots.size())
        grow();
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = static_cast<std::size_t>(key) & mask;; i = (i + 1) & mask) {
        if (m_slots[i] == key)
            return false;
        if (m_slots[i] == 0) {
            m_slots[i] = key;
            ++m_used;
            return true;
        }
    }
}

void OccurrenceCounter::grow()
{
    std::vector<std::uint64_t> old(m_slots.size() * 2, 0);
    old.swap(m_slots);
    const std::size_t mask = m_slots.size() - 1;
    for (std::uint64_t key : old) {
        if (key == 0)
            continue;
        std::size_t i = static_cast<std::size_t>(key) & mask;
        while (m_slots[i] != 0)
            i = (i + 1) & mask;
        m_slots[i] = key;
    }
}

} // namespace lb::io
