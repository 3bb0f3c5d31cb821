#pragma once

// Counts how often each 8-byte content hash has occurred so far in one source file, so that the
// n-th row with identical values can be told from the first: police open data places crimes on
// anonymised points and gives only the month, and several different crimes then share one row's
// exact values. The counts are exact and kept in a store::HashLedger, whose memory does not grow
// with the file (about 16 MB at most; the rest spills to temporary files).
//
// Owned by one RowConverter and used on the thread that converts the rows.

#include "store/hash_ledger.h"

#include <cstdint>

namespace lb::io {

class OccurrenceCounter {
public:
    OccurrenceCounter() = default;
    // For tests: a table of `tableSlots` slots, so that a few keys already spill to files.
    OccurrenceCounter(std::size_t tableSlots, std::size_t filterBytes);

    // Counts the hash (its first 8 bytes) and returns its occurrences so far, this one included:
    // 1 the first time.
    std::uint32_t add(const char *hash8);

private:
    store::HashLedger m_ledger;
};

} // namespace lb::io
