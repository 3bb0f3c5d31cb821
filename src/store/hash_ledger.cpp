#include "store/hash_ledger.h"

#include <algorithm>
#include <bit>

#include <unistd.h>

namespace lb::store {

namespace {

constexpr std::size_t kBlockEntries = 256; // 4 KB of a run, read in one go
constexpr std::size_t kMaxRuns = 4;        // more are merged into one

// Spreads the bits of a key (murmur3's finaliser), so that keys that are not random (small
// numbers in a test, say) still fall evenly over the table and the filter.
std::uint64_t mix(std::uint64_t k)
{
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdULL;
    k ^= k >> 33;
    k *= 0xc4ceb9fe1a85ec53ULL;
    k ^= k >> 33;
    return k;
}

} // namespace

// A sorted run in a temporary file: entries ascending by key, each key once, with the first key
// of every block kept in memory.
struct HashLedger::Run {
    std::FILE *file = nullptr;
    std::uint64_t entries = 0;
    std::vector<std::uint64_t> fence;
    ~Run()
    {
        if (file)
            std::fclose(file);
    }
    // Reads `count` entries from `first` on; false on a read error.
    bool read(std::uint64_t first, std::size_t count, Entry *out) const
    {
        // One system call, and the stream's own position is left alone.
        const auto bytes = static_cast<ssize_t>(count * sizeof(Entry));
        return ::pread(fileno(file), out, static_cast<size_t>(bytes), static_cast<off_t>(first * sizeof(Entry))) ==
               bytes;
    }
};

// Writes entries in ascending key order into a new run.
class HashLedger::RunWriter {
public:
    RunWriter()
        : m_run(std::make_unique<Run>())
    {
        m_run->file = std::tmpfile();
        m_ok = m_run->file != nullptr;
        m_buffer.reserve(kBlockEntries);
    }
    void push(const Entry &e)
    {
        if (m_buffer.size() == kBlockEntries)
            flush();
        if (m_buffer.empty())
            m_run->fence.push_back(e.key);
        m_buffer.push_back(e);
        ++m_run->entries;
    }
    // The run, or null when it could not be written.
    std::unique_ptr<Run> finish()
    {
        flush();
        if (!m_ok || std::fflush(m_run->file) != 0)
            return nullptr;
        return std::move(m_run);
    }

private:
    void flush()
    {
        if (m_ok && !m_buffer.empty() &&
            std::fwrite(m_buffer.data(), sizeof(Entry), m_buffer.size(), m_run->file) != m_buffer.size())
            m_ok = false;
        m_buffer.clear();
    }
    std::unique_ptr<Run> m_run;
    std::vector<Entry> m_buffer;
    bool m_ok = true;
};

HashLedger::HashLedger(std::size_t tableSlots, std::size_t filterBytes)
    : m_maxSlots(std::bit_ceil(std::max<std::size_t>(tableSlots, 16)))
    , m_filterBytes(std::bit_ceil(std::max<std::size_t>(filterBytes, 64)))
{
    m_table.assign(std::min<std::size_t>(m_maxSlots, 1024), Entry{0, 0});
}

HashLedger::~HashLedger() = default;

HashLedger::Entry *HashLedger::findSlot(std::uint64_t key)
{
    const std::size_t mask = m_table.size() - 1;
    for (std::size_t i = static_cast<std::size_t>(mix(key)) & mask;; i = (i + 1) & mask) {
        Entry &e = m_table[i];
        if (e.count == 0 || e.key == key)
            return &e;
    }
}

std::uint64_t HashLedger::add(std::uint64_t key)
{
    Entry *e = findSlot(key);
    if (e->count > 0)
        return ++e->count;
    if ((m_used + 1) * 2 > m_table.size()) {
        if (m_table.size() < m_maxSlots) {
            std::vector<Entry> old(m_table.size() * 2, Entry{0, 0});
            old.swap(m_table);
            for (const Entry &o : old)
                if (o.count > 0)
                    *findSlot(o.key) = o;
        } else {
            spill();
        }
        e = findSlot(key);
    }
    // The table holds each key's whole count: what the runs had when it came back, plus since.
    e->key = key;
    e->count = countInRuns(key) + 1;
    ++m_used;
    return e->count;
}

std::uint64_t HashLedger::count(std::uint64_t key)
{
    const Entry *e = findSlot(key);
    return e->count > 0 ? e->count : countInRuns(key);
}

void HashLedger::addToFilter(std::uint64_t key)
{
    const std::uint64_t h = mix(key);
    // One 64-byte block per key (one cache line), three bits in it.
    const std::size_t block = static_cast<std::size_t>(h >> 40) & (m_filter.size() / 8 - 1);
    std::uint64_t *words = m_filter.data() + block * 8;
    for (int i = 0; i < 3; ++i) {
        const unsigned bit = static_cast<unsigned>(h >> (9 * i)) & 511u;
        words[bit / 64] |= std::uint64_t{1} << (bit % 64);
    }
}

bool HashLedger::mayBeInRuns(std::uint64_t key) const
{
    if (m_filter.empty())
        return false;
    const std::uint64_t h = mix(key);
    const std::size_t block = static_cast<std::size_t>(h >> 40) & (m_filter.size() / 8 - 1);
    const std::uint64_t *words = m_filter.data() + block * 8;
    for (int i = 0; i < 3; ++i) {
        const unsigned bit = static_cast<unsigned>(h >> (9 * i)) & 511u;
        if (!(words[bit / 64] & (std::uint64_t{1} << (bit % 64))))
            return false;
    }
    return true;
}

std::uint64_t HashLedger::countInRuns(std::uint64_t key)
{
    if (!mayBeInRuns(key))
        return 0;
    // A key that left the table more than once is in several runs; the newest count is the largest.
    std::uint64_t found = 0;
    Entry block[kBlockEntries];
    for (const auto &run : m_runs) {
        const auto next = std::upper_bound(run->fence.begin(), run->fence.end(), key);
        if (next == run->fence.begin())
            continue;
        const auto index = static_cast<std::uint64_t>(next - run->fence.begin() - 1);
        const std::uint64_t first = index * kBlockEntries;
        const auto n = static_cast<std::size_t>(std::min<std::uint64_t>(kBlockEntries, run->entries - first));
        if (!run->read(first, n, block)) {
            m_ok = false;
            continue;
        }
        const Entry *hit =
            std::lower_bound(block, block + n, key, [](const Entry &e, std::uint64_t k) { return e.key < k; });
        if (hit != block + n && hit->key == key)
            found = std::max(found, hit->count);
    }
    return found;
}

void HashLedger::spill()
{
    std::vector<Entry> entries;
    entries.reserve(m_used);
    for (const Entry &e : m_table)
        if (e.count > 0)
            entries.push_back(e);
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.key < b.key; });
    RunWriter writer;
    for (const Entry &e : entries)
        writer.push(e);
    auto run = writer.finish();
    if (!run) {
        // No room for the file: the counts stay exact in memory, which then grows.
        m_maxSlots *= 2;
        std::vector<Entry> old(m_table.size() * 2, Entry{0, 0});
        old.swap(m_table);
        for (const Entry &o : old)
            if (o.count > 0)
                *findSlot(o.key) = o;
        return;
    }
    if (m_filter.empty())
        m_filter.assign(m_filterBytes / 8, 0);
    for (const Entry &e : entries)
        addToFilter(e.key);
    m_runs.push_back(std::move(run));
    std::fill(m_table.begin(), m_table.end(), Entry{0, 0});
    m_used = 0;
    if (m_runs.size() > kMaxRuns)
        mergeRuns();
}

void HashLedger::mergeRuns()
{
    // Every run read block by block, the smallest key written next; equal keys keep the largest count.
    struct Cursor {
        const Run *run;
        std::vector<Entry> buffer;
        std::uint64_t next = 0; // entries of the run read into buffers so far
        std::size_t at = 0;
        bool refill(bool &ok)
        {
            at = 0;
            buffer.resize(static_cast<std::size_t>(std::min<std::uint64_t>(kBlockEntries, run->entries - next)));
            if (buffer.empty())
                return false;
            if (!run->read(next, buffer.size(), buffer.data())) {
                ok = false;
                buffer.clear();
                return false;
            }
            next += buffer.size();
            return true;
        }
    };
    bool readOk = true;
    std::vector<Cursor> cursors;
    for (const auto &run : m_runs) {
        Cursor c{run.get(), {}, 0, 0};
        if (c.refill(readOk))
            cursors.push_back(std::move(c));
    }
    RunWriter writer;
    while (!cursors.empty()) {
        std::size_t least = 0;
        for (std::size_t i = 1; i < cursors.size(); ++i)
            if (cursors[i].buffer[cursors[i].at].key < cursors[least].buffer[cursors[least].at].key)
                least = i;
        Entry e = cursors[least].buffer[cursors[least].at];
        for (Cursor &c : cursors)
            if (c.buffer[c.at].key == e.key) {
                e.count = std::max(e.count, c.buffer[c.at].count);
                if (++c.at == c.buffer.size())
                    c.refill(readOk);
            }
        writer.push(e);
        std::erase_if(cursors, [](const Cursor &c) { return c.at >= c.buffer.size(); });
    }
    // Without room for the merged run the runs stay as they are (lookups read one block more).
    if (auto merged = writer.finish(); merged && readOk) {
        m_runs.clear();
        m_runs.push_back(std::move(merged));
    }
}

void HashLedger::beginSorted()
{
    m_sorted = std::make_unique<RunWriter>();
    if (m_filter.empty())
        m_filter.assign(m_filterBytes / 8, 0);
}

void HashLedger::pushSorted(std::uint64_t key)
{
    m_sorted->push(Entry{key, 1});
    addToFilter(key);
}

void HashLedger::endSorted()
{
    if (auto run = m_sorted->finish())
        m_runs.push_back(std::move(run));
    else
        m_ok = false;
    m_sorted.reset();
    if (m_runs.size() > kMaxRuns)
        mergeRuns();
}

std::uint64_t HashLedger::spilledKeys() const
{
    std::uint64_t n = 0;
    for (const auto &run : m_runs)
        n += run->entries;
    return n;
}

} // namespace lb::store
