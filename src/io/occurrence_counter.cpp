#include "io/occurrence_counter.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace lb::io {

OccurrenceCounter::OccurrenceCounter(std::size_t tableSlots, std::size_t filterBytes)
    : m_ledger(tableSlots, filterBytes)
{}

std::uint32_t OccurrenceCounter::add(const char *hash8)
{
    std::uint64_t key;
    std::memcpy(&key, hash8, 8);
    return static_cast<std::uint32_t>(
        std::min<std::uint64_t>(m_ledger.add(key), std::numeric_limits<std::uint32_t>::max()));
}

} // namespace lb::io
