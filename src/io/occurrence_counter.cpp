#include "io/occurrence_counter.h"

#include <cstring>

namespace lb::io {

OccurrenceCounter::OccurrenceCounter()
{
    m_slots.resize(1024);
}

std::uint32_t OccurrenceCounter::add(const char *hash8)
{
    std::uint64_t key;
    std::memcpy(&key, hash8, 8);
    if ((m_used + 1) * 2 > m_slots.size())
        grow();
    const size_t mask = m_slots.size() - 1;
    for (size_t i = static_cast<size_t>(key) & mask;; i = (i + 1) & mask) {
        Slot &s = m_slots[i];
        if (s.count == 0) {
            s.key = key;
            s.count = 1;
            ++m_used;
            return 1;
        }
        if (s.key == key)
            return ++s.count;
    }
}

void OccurrenceCounter::grow()
{
    std::vector<Slot> old(m_slots.size() * 2);
    old.swap(m_slots);
    const size_t mask = m_slots.size() - 1;
    for (const Slot &s : old) {
        if (s.count == 0)
            continue;
        size_t i = static_cast<size_t>(s.key) & mask;
        while (m_slots[i].count != 0)
            i = (i + 1) & mask;
        m_slots[i] = s;
    }
}

} // namespace lb::io
