#pragma once

// Counts 64-bit content hashes exactly, in memory that does not grow with their number: an import
// of ten million rows must not hold ten million hashes. The most recent hashes sit in an
// open-addressing table in memory; when it is full, its keys are sorted and written to a
// temporary file as a sorted run (a few runs are merged into one as they accumulate). A lookup
// that misses the table asks a fixed-size Bloom filter over every key written out, and only when
// the filter says "maybe" reads the runs (one block each, found through a small in-memory index
// of every run's block boundaries). Hashes come from SHA-1, so their bits are used directly.
//
// Memory: the table (up to `tableSlots` slots of 16 bytes), the filter (`filterBytes`, allocated
// at the first spill) and 8 bytes per 4 KB block of the runs. The files are deleted on
// destruction (tmpfile()). Not thread-safe; one owner.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <vector>

namespace lb::store {

class HashLedger {
public:
    // The defaults: 512 K slots (8 MB, half of them used before a spill) and an 8 MB filter (three
    // bits per key in one cache line: about 1 % false "maybe" at 10 million keys).
    explicit HashLedger(std::size_t tableSlots = std::size_t{1} << 19, std::size_t filterBytes = 8u << 20);
    ~HashLedger();
    HashLedger(const HashLedger &) = delete;
    HashLedger &operator=(const HashLedger &) = delete;

    // Counts the key and returns its occurrences so far, this one included: 1 the first time.
    std::uint64_t add(std::uint64_t key);
    // The occurrences so far (0 when never added).
    std::uint64_t count(std::uint64_t key);

    // Adds keys given in ascending order (each counted once) without passing through the table:
    // for a large set known in advance, e.g. the hashes a table already holds, read from its index.
    // Call begin, then push every key, then end; add() and count() only after end. A key added
    // before must not be among them.
    void beginSorted();
    void pushSorted(std::uint64_t key);
    void endSorted();

    // False after a file could not be written or read (disk full); counts are then not exact.
    bool ok() const { return m_ok; }
    // Keys written to the runs so far (for tests and diagnostics).
    std::uint64_t spilledKeys() const;

private:
    struct Entry {
        std::uint64_t key;
        std::uint64_t count;
    };
    struct Run;
    class RunWriter;

    Entry *findSlot(std::uint64_t key);
    std::uint64_t countInRuns(std::uint64_t key);
    void spill();
    void mergeRuns();
    void addToFilter(std::uint64_t key);
    bool mayBeInRuns(std::uint64_t key) const;

    std::vector<Entry> m_table; // count 0 marks an empty slot
    std::size_t m_used = 0;
    std::size_t m_maxSlots;
    std::size_t m_filterBytes;
    std::vector<std::uint64_t> m_filter; // empty until the first run exists
    std::vector<std::unique_ptr<Run>> m_runs;
    std::unique_ptr<RunWriter> m_sorted; // between beginSorted() and endSorted()
    bool m_ok = true;
};

} // namespace lb::store
