#pragma once

// Counts how often each 8-byte content hash has occurred so far in one source file, so that the
// n-th row with identical values can be told from the first: police open data places crimes on
// anonymised points and gives only the month, and several different crimes then share one row's
// exact values. The hashes come from SHA-1, so their low bits index an open-addressing table of
// the hashes seen directly; the counts of the few hashes seen more than once are kept beside it.
// A million distinct hashes take 16 MB.
//
// Owned by one RowConverter and used on the thread that converts the rows.

#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace lb::io {

class OccurrenceCounter {
public:
    OccurrenceCounter();

    // Counts the hash (its first 8 bytes) and returns its occurrences so far, this one included:
    // 1 the first time.
    std::uint32_t add(const char *hash8);

private:
    bool insert(std::uint64_t key); // false when the key was there already
    void grow();

    std::vector<std::uint64_t> m_slots; // 0 marks an empty slot; the key 0 is held by m_hasZero
    std::size_t m_used = 0;
    bool m_hasZero = false;
    std::unordered_map<std::uint64_t, std::uint32_t> m_repeats; // key -> occurrences, when 2 or more
};

} // namespace lb::io
