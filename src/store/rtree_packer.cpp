#include "store/rtree_packer.h"

#include "store/gpkg_geometry.h"
#include "store/sqlite_db.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <functional>
#include <utility>
#include <vector>

namespace lb::store {

namespace {

struct Entry {
    std::int64_t id; // the feature id in a leaf, the child node number above
    float box[4];    // minx, maxx, miny, maxy, as SQLite's R-tree stores them
    std::uint32_t key;
};

// SQLite keeps 32-bit floats; rounding outwards keeps every box inside its stored box.
float down(double d)
{
    float f = static_cast<float>(d);
    if (static_cast<double>(f) > d)
        f = std::nextafter(f, -INFINITY);
    return f;
}
float up(double d)
{
    float f = static_cast<float>(d);
    if (static_cast<double>(f) < d)
        f = std::nextafter(f, INFINITY);
    return f;
}

// Position along a Hilbert curve over a 65536 x 65536 grid.
std::uint32_t hilbert(std::uint32_t x, std::uint32_t y)
{
    std::uint32_t d = 0;
    for (std::uint32_t s = 1u << 15; s > 0; s >>= 1) {
        const std::uint32_t rx = (x & s) ? 1 : 0;
        const std::uint32_t ry = (y & s) ? 1 : 0;
        d += s * s * ((3 * rx) ^ ry);
        if (ry == 0) {
            if (rx == 1) {
                x = s - 1 - x;
                y = s - 1 - y;
            }
            std::swap(x, y);
        }
    }
    return d;
}

void put16(unsigned char *p, int v)
{
    p[0] = static_cast<unsigned char>((v >> 8) & 0xFF);
    p[1] = static_cast<unsigned char>(v & 0xFF);
}
void put64(unsigned char *p, std::int64_t v)
{
    const auto u = static_cast<std::uint64_t>(v);
    for (int i = 0; i < 8; ++i)
        p[i] = static_cast<unsigned char>((u >> (56 - 8 * i)) & 0xFF);
}
void putFloat(unsigned char *p, float f)
{
    std::uint32_t u = 0;
    std::memcpy(&u, &f, 4);
    for (int i = 0; i < 4; ++i)
        p[i] = static_cast<unsigned char>((u >> (24 - 8 * i)) & 0xFF);
}

// Sorts more items than should be held in memory: chunks of `chunk` items are sorted and written
// to temporary files, then merged. Should a file not be writable, the items stay in memory.
template <typename T, typename Less> class SpillSort {
public:
    SpillSort(std::size_t chunk, Less less)
        : m_chunk(chunk)
        , m_less(less)
    {}
    ~SpillSort()
    {
        for (const Run &r : m_runs)
            std::fclose(r.file);
    }
    SpillSort(const SpillSort &) = delete;
    SpillSort &operator=(const SpillSort &) = delete;

    // True while every item is still in memory (items() then holds them, unsorted).
    bool inMemory() const { return m_runs.empty(); }
    std::vector<T> &items() { return m_items; }

    void add(const T &item)
    {
        if (m_items.size() >= m_chunk && !m_noFiles)
            spill();
        m_items.push_back(item);
    }

    // Calls f(const T &) for every item in order; false on a read error.
    template <typename F> bool forEach(F &&f)
    {
        std::sort(m_items.begin(), m_items.end(), m_less);
        if (m_runs.empty()) {
            for (const T &item : m_items)
                f(item);
            return true;
        }
        if (!m_items.empty())
            spill();
        struct Cursor {
            Run *run;
            std::vector<T> buffer;
            std::size_t at = 0;
        };
        bool ok = true;
        const auto refill = [&ok](Cursor &c) {
            c.at = 0;
            const auto n = static_cast<std::size_t>(std::min<std::uint64_t>(kBlock, c.run->count - c.run->read));
            c.buffer.resize(n);
            if (n > 0 && std::fread(c.buffer.data(), sizeof(T), n, c.run->file) != n) {
                ok = false;
                c.buffer.clear();
            }
            c.run->read += c.buffer.size();
        };
        std::vector<Cursor> cursors;
        for (Run &r : m_runs) {
            std::rewind(r.file);
            Cursor c{&r, {}, 0};
            refill(c);
            if (!c.buffer.empty())
                cursors.push_back(std::move(c));
        }
        while (!cursors.empty()) {
            std::size_t least = 0;
            for (std::size_t i = 1; i < cursors.size(); ++i)
                if (m_less(cursors[i].buffer[cursors[i].at], cursors[least].buffer[cursors[least].at]))
                    least = i;
            Cursor &c = cursors[least];
            f(c.buffer[c.at]);
            if (++c.at == c.buffer.size()) {
                refill(c);
                if (c.buffer.empty())
                    cursors.erase(cursors.begin() + static_cast<std::ptrdiff_t>(least));
            }
        }
        return ok;
    }

private:
    static constexpr std::size_t kBlock = 4096;
    struct Run {
        std::FILE *file;
        std::uint64_t count;
        std::uint64_t read;
    };
    void spill()
    {
        std::sort(m_items.begin(), m_items.end(), m_less);
        std::FILE *f = std::tmpfile();
        if (!f || std::fwrite(m_items.data(), sizeof(T), m_items.size(), f) != m_items.size() || std::fflush(f) != 0) {
            if (f)
                std::fclose(f);
            m_noFiles = true; // the rest stays in memory, and this chunk with it
            return;
        }
        m_runs.push_back({f, m_items.size(), 0});
        m_items.clear();
    }

    std::size_t m_chunk;
    Less m_less;
    std::vector<T> m_items;
    std::vector<Run> m_runs;
    bool m_noFiles = false;
};

template <typename T, typename Less> SpillSort<T, Less> makeSpillSort(std::size_t chunk, Less less)
{
    return SpillSort<T, Less>(chunk, less);
}

constexpr std::size_t kSpoolBlock = 65536;

} // namespace

PointSpool::~PointSpool()
{
    if (m_file)
        std::fclose(m_file);
}

PointSpool::PointSpool(PointSpool &&other) noexcept
    : m_file(std::exchange(other.m_file, nullptr))
    , m_fileFailed(other.m_fileFailed)
    , m_written(std::exchange(other.m_written, 0))
    , m_size(std::exchange(other.m_size, 0))
    , m_buffer(std::move(other.m_buffer))
{}

PointSpool &PointSpool::operator=(PointSpool &&other) noexcept
{
    if (this != &other) {
        clear();
        m_file = std::exchange(other.m_file, nullptr);
        m_fileFailed = other.m_fileFailed;
        m_written = std::exchange(other.m_written, 0);
        m_size = std::exchange(other.m_size, 0);
        m_buffer = std::move(other.m_buffer);
    }
    return *this;
}

void PointSpool::clear()
{
    if (m_file)
        std::fclose(m_file);
    m_file = nullptr;
    m_written = m_size = 0;
    m_buffer = {};
}

void PointSpool::push_back(const RTreePoint &p)
{
    if (m_buffer.size() >= kSpoolBlock && !m_fileFailed) {
        if (!m_file)
            m_file = std::tmpfile();
        if (m_file && std::fwrite(m_buffer.data(), sizeof(RTreePoint), m_buffer.size(), m_file) == m_buffer.size()) {
            m_written += static_cast<std::int64_t>(m_buffer.size());
            m_buffer.clear();
        } else {
            m_fileFailed = true; // kept in memory from here on
            if (m_file && m_written == 0) {
                std::fclose(m_file);
                m_file = nullptr;
            }
        }
    }
    m_buffer.push_back(p);
    ++m_size;
}

bool PointSpool::readBlock(std::int64_t first, std::vector<RTreePoint> &out) const
{
    if (first == 0 && std::fflush(m_file) != 0)
        return false;
    const auto n = static_cast<std::size_t>(std::min<std::int64_t>(kSpoolBlock, m_written - first));
    out.resize(n);
    return std::fseek(m_file, static_cast<long>(first * static_cast<std::int64_t>(sizeof(RTreePoint))), SEEK_SET) ==
               0 &&
           std::fread(out.data(), sizeof(RTreePoint), n, m_file) == n;
}

Result<Extent> rebuildRTree(const Database &db, const QString &table, RTreeInput input)
{
    const QString rtree = QStringLiteral("rtree_%1_geom").arg(table);
    // The node size is fixed when the R-tree is created; it is the length of the root node blob.
    const auto nodeSize = db.queryInt(QStringLiteral("SELECT length(data) FROM %1_node WHERE nodeno = 1").arg(rtree));
    if (!nodeSize || *nodeSize < 4 + 24 * 2)
        return Error{QCoreApplication::translate("lb::store::RecordWriter", "The spatial index of %1 cannot be read.")
                         .arg(table)};
    const int cellSize = 8 + 4 * 4;
    const int maxCells = static_cast<int>((*nodeSize - 4) / cellSize);
    const auto readError = [&table] {
        return Error{QCoreApplication::translate("lb::store::RecordWriter", "The spatial index of %1 cannot be read.")
                         .arg(table)};
    };

    // First the boxes in the order they come, and their extent, which the curve's keys need; a
    // half a million at a time in memory, the rest unsorted in runs of the same sorter (the key is 0).
    constexpr std::size_t kChunk = 1 << 19; // 16 MB of entries
    const auto byKey = [](const Entry &a, const Entry &b) {
        return a.key < b.key;
    };
    auto raw = makeSpillSort<Entry>(kChunk, byKey);
    Extent extent;
    const auto add = [&](std::int64_t id, const Extent &e) {
        raw.add({id, {down(e.minX), up(e.maxX), down(e.minY), up(e.maxY)}, 0});
        extent.minX = std::min(extent.minX, e.minX);
        extent.minY = std::min(extent.minY, e.minY);
        extent.maxX = std::max(extent.maxX, e.maxX);
        extent.maxY = std::max(extent.maxY, e.maxY);
    };
    {
        auto rows =
            db.prepare(QStringLiteral("SELECT fid, geom FROM %1 WHERE fid <= ? AND geom IS NOT NULL").arg(table));
        if (!rows)
            return rows.error();
        rows->bind(1, input.tableUpToFid);
        while (rows->step()) {
            int size = 0;
            const unsigned char *blob = rows->blob(1, &size);
            const auto e = blobExtent(blob, size);
            if (e && !e->isEmpty())
                add(rows->int64(0), *e);
        }
        if (rows->failed())
            return Error{rows->lastError()};
    }
    if (!input.points.forEach([&](const RTreePoint &p) { add(p.fid, Extent{p.x, p.y, p.x, p.y}); }))
        return readError();
    input.points.clear();
    const double minX = extent.minX, minY = extent.minY, maxX = extent.maxX, maxY = extent.maxY;
    const double w = std::max(maxX - minX, 1e-9), h = std::max(maxY - minY, 1e-9);
    const auto withKey = [&](Entry &e) {
        const double cx = (static_cast<double>(e.box[0]) + e.box[1]) / 2,
                     cy = (static_cast<double>(e.box[2]) + e.box[3]) / 2;
        e.key = hilbert(static_cast<std::uint32_t>(std::clamp((cx - minX) / w, 0.0, 1.0) * 65535.0),
                        static_cast<std::uint32_t>(std::clamp((cy - minY) / h, 0.0, 1.0) * 65535.0));
    };
    // Sorted in place when everything is in memory; else sorted once more, by key, through files.
    auto spilled = makeSpillSort<Entry>(raw.inMemory() ? 0 : kChunk, byKey);
    auto &sorted = raw.inMemory() ? raw : spilled;
    if (raw.inMemory()) {
        for (Entry &e : raw.items())
            withKey(e);
    } else if (!raw.forEach([&](const Entry &in) {
                   Entry e = in;
                   withKey(e);
                   spilled.add(e);
               })) {
        return readError();
    }

    if (Status s =
            db.exec(QStringLiteral("DELETE FROM %1_node; DELETE FROM %1_rowid; DELETE FROM %1_parent;").arg(rtree));
        !s)
        return s.error();
    auto insertNode = db.prepare(QStringLiteral("INSERT INTO %1_node (nodeno, data) VALUES (?, ?)").arg(rtree));
    // Feature ids go in many rows per statement: a million single-row inserts cost most of the build.
    constexpr int kRowidsPerInsert = 256;
    QString manyRowids = QStringLiteral("INSERT INTO %1_rowid (rowid, nodeno) VALUES (?, ?)").arg(rtree);
    for (int i = 1; i < kRowidsPerInsert; ++i)
        manyRowids += QStringLiteral(",(?, ?)");
    auto insertRowids = db.prepare(manyRowids);
    auto insertRowid = db.prepare(QStringLiteral("INSERT INTO %1_rowid (rowid, nodeno) VALUES (?, ?)").arg(rtree));
    auto insertParent =
        db.prepare(QStringLiteral("INSERT INTO %1_parent (nodeno, parentnode) VALUES (?, ?)").arg(rtree));
    if (!insertNode || !insertRowids || !insertRowid || !insertParent)
        return Error{db.lastError()};

    // Levels bottom-up. Node numbers: the root is 1 (SQLite's rule); the others count from 2.
    // A node's number is known before its parent's, so children record parents after the fact.
    std::int64_t nextNode = 2;
    int depth = 0;
    std::vector<unsigned char> blob(static_cast<size_t>(*nodeSize));
    // Each feature's leaf, written in feature-id order at the end: in curve order the inserts
    // would land all over the rowid table's B-tree.
    using LeafOf = std::pair<std::int64_t, std::int64_t>; // feature id -> leaf node
    auto leafOf = makeSpillSort<LeafOf>(2 * kChunk, std::less<LeafOf>());
    const auto writeNode = [&](std::int64_t nodeNo, const Entry *cells, int count, bool leaf, bool root) -> Status {
        std::fill(blob.begin(), blob.end(), 0);
        put16(blob.data(), root ? depth : 0);
        put16(blob.data() + 2, count);
        for (int i = 0; i < count; ++i) {
            unsigned char *c = blob.data() + 4 + i * cellSize;
            put64(c, cells[i].id);
            for (int k = 0; k < 4; ++k)
                putFloat(c + 8 + 4 * k, cells[i].box[k]);
            if (leaf) {
                leafOf.add({cells[i].id, nodeNo});
            } else {
                insertParent->reset();
                insertParent->bind(1, cells[i].id).bind(2, nodeNo);
                if (!insertParent->exec())
                    return Error{insertParent->lastError()};
            }
        }
        insertNode->reset();
        insertNode->bind(1, nodeNo).bindBlob(2, blob.data(), static_cast<int>(blob.size()));
        if (!insertNode->exec())
            return Error{insertNode->lastError()};
        return {};
    };
    const auto writeRowids = [&]() -> Status {
        std::vector<LeafOf> pending;
        pending.reserve(kRowidsPerInsert);
        Status failed;
        const auto flushMany = [&] {
            insertRowids->reset();
            for (int i = 0; i < kRowidsPerInsert; ++i)
                insertRowids->bind(2 * i + 1, pending[static_cast<size_t>(i)].first)
                    .bind(2 * i + 2, pending[static_cast<size_t>(i)].second);
            if (!insertRowids->exec() && failed)
                failed = Error{insertRowids->lastError()};
            pending.clear();
        };
        if (!leafOf.forEach([&](const LeafOf &p) {
                pending.push_back(p);
                if (pending.size() == static_cast<size_t>(kRowidsPerInsert))
                    flushMany();
            }))
            return readError();
        if (!failed)
            return failed;
        for (const LeafOf &p : pending) {
            insertRowid->reset();
            insertRowid->bind(1, p.first).bind(2, p.second);
            if (!insertRowid->exec())
                return Error{insertRowid->lastError()};
        }
        return {};
    };
    // A node's box: the union of its cells'.
    const auto parentOf = [](std::int64_t nodeNo, const Entry *cells, int n) {
        Entry p{nodeNo, {INFINITY, -INFINITY, INFINITY, -INFINITY}, 0};
        for (int i = 0; i < n; ++i) {
            p.box[0] = std::min(p.box[0], cells[i].box[0]);
            p.box[1] = std::max(p.box[1], cells[i].box[1]);
            p.box[2] = std::min(p.box[2], cells[i].box[2]);
            p.box[3] = std::max(p.box[3], cells[i].box[3]);
        }
        return p;
    };

    // The leaves, streamed in curve order; a single one is the root.
    std::vector<Entry> level; // the level above the leaves
    {
        std::vector<Entry> cells;
        Status failed;
        const auto emitLeaf = [&] {
            const std::int64_t nodeNo = nextNode++;
            if (Status s = writeNode(nodeNo, cells.data(), static_cast<int>(cells.size()), true, false); !s && failed)
                failed = s;
            level.push_back(parentOf(nodeNo, cells.data(), static_cast<int>(cells.size())));
            cells.clear();
        };
        if (!sorted.forEach([&](const Entry &e) {
                // A full leaf is written once another box follows: the last one may be the root.
                if (cells.size() == static_cast<size_t>(maxCells))
                    emitLeaf();
                cells.push_back(e);
            }))
            return readError();
        if (level.empty()) {
            // Everything fits in the root, a leaf.
            if (Status s = writeNode(1, cells.data(), static_cast<int>(cells.size()), true, true); !s)
                return s.error();
            if (Status s = writeRowids(); !s)
                return s.error();
            return extent;
        }
        emitLeaf();
        if (!failed)
            return failed.error();
    }
    if (Status s = writeRowids(); !s)
        return s.error();
    ++depth;
    while (true) {
        const int count = static_cast<int>(level.size());
        if (count <= maxCells) {
            // The last level fits in one node: the root.
            if (Status s = writeNode(1, level.data(), count, false, true); !s)
                return s.error();
            return extent;
        }
        std::vector<Entry> parents;
        parents.reserve(static_cast<size_t>(count / maxCells + 1));
        for (int start = 0; start < count; start += maxCells) {
            const int n = std::min(maxCells, count - start);
            const std::int64_t nodeNo = nextNode++;
            if (Status s = writeNode(nodeNo, level.data() + start, n, false, false); !s)
                return s.error();
            parents.push_back(parentOf(nodeNo, level.data() + start, n));
        }
        level = std::move(parents);
        ++depth;
    }
}

} // namespace lb::store
