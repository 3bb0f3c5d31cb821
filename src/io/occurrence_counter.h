#pragma once

// Counts how often each 8-byte content hash has occurred so far in one source file, so that the
// n-th row with identical values can be told from the first: police open data places crimes on
// anonymised points and gives only the month, and several different crimes then share one row's
// exact values. The hashes come from SHA-1, so their low bits index an open-addressing table
// directly; a million distinct hashes take 16 MB.
//
// Owned by one RowConverter and used on the thread that converts the rows.

#include <cstddef>
#include <cstdint>
#include <vector>

namespace lb::io {

class OccurrenceCounter {
public:
    OccurrenceCounter();

    // Counts the hash (its first 8 bytes) and returns its occurrences so far, this one included:
    // 1 the first time.
    std::uint32_t add(const char *hash8);

private:
    struct Slot {
        std::uint64_t key = 0;
        std::uint32_t count = 0; // 0 marks an empty slot
    };
    void grow();

    std::vector<Slot> m_slots;
    std::size_t m_used = 0;
};

} // namespace lb::io
