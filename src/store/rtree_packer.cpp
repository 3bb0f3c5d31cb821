#include "store/rtree_packer.h"

#include "store/gpkg_geometry.h"
#include "store/sqlite_db.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
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

} // namespace

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

    std::vector<Entry> entries;
    entries.reserve(input.points.size());
    Extent extent;
    const auto add = [&](std::int64_t id, const Extent &e) {
        entries.push_back({id, {down(e.minX), up(e.maxX), down(e.minY), up(e.maxY)}, 0});
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
    for (const RTreePoint &p : input.points)
        add(p.fid, Extent{p.x, p.y, p.x, p.y});
    input.points = {};
    const double minX = extent.minX, minY = extent.minY, maxX = extent.maxX, maxY = extent.maxY;
    const double w = std::max(maxX - minX, 1e-9), h = std::max(maxY - minY, 1e-9);
    for (Entry &e : entries) {
        const double cx = (static_cast<double>(e.box[0]) + e.box[1]) / 2,
                     cy = (static_cast<double>(e.box[2]) + e.box[3]) / 2;
        e.key = hilbert(static_cast<std::uint32_t>(std::clamp((cx - minX) / w, 0.0, 1.0) * 65535.0),
                        static_cast<std::uint32_t>(std::clamp((cy - minY) / h, 0.0, 1.0) * 65535.0));
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.key < b.key; });

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
    std::vector<Entry> level = std::move(entries);
    std::int64_t nextNode = 2;
    int depth = 0;
    std::vector<unsigned char> blob(static_cast<size_t>(*nodeSize));
    std::vector<std::pair<std::int64_t, std::int64_t>> leafOf; // feature id -> leaf node
    leafOf.reserve(level.size());
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
                leafOf.push_back({cells[i].id, nodeNo});
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

    // Each feature's leaf, written in feature-id order at the end: in Hilbert order the inserts
    // would land all over the rowid table's B-tree.
    const auto writeRowids = [&]() -> Status {
        std::sort(leafOf.begin(), leafOf.end());
        const size_t whole = leafOf.size() / kRowidsPerInsert * kRowidsPerInsert;
        for (size_t start = 0; start < whole; start += kRowidsPerInsert) {
            insertRowids->reset();
            for (int i = 0; i < kRowidsPerInsert; ++i) {
                const auto &[id, node] = leafOf[start + static_cast<size_t>(i)];
                insertRowids->bind(2 * i + 1, id).bind(2 * i + 2, node);
            }
            if (!insertRowids->exec())
                return Error{insertRowids->lastError()};
        }
        for (size_t i = whole; i < leafOf.size(); ++i) {
            insertRowid->reset();
            insertRowid->bind(1, leafOf[i].first).bind(2, leafOf[i].second);
            if (!insertRowid->exec())
                return Error{insertRowid->lastError()};
        }
        return {};
    };
    bool leaf = true;
    while (true) {
        const int count = static_cast<int>(level.size());
        if (count <= maxCells) {
            // The last level fits in one node: the root.
            if (Status s = writeNode(1, level.data(), count, leaf, true); !s)
                return s.error();
            if (Status s = writeRowids(); !s)
                return s.error();
            return extent;
        }
        std::vector<Entry> parents;
        parents.reserve(static_cast<size_t>(count / maxCells + 1));
        for (int start = 0; start < count; start += maxCells) {
            const int n = std::min(maxCells, count - start);
            const std::int64_t nodeNo = nextNode++;
            if (Status s = writeNode(nodeNo, level.data() + start, n, leaf, false); !s)
                return s.error();
            Entry p{nodeNo, {INFINITY, -INFINITY, INFINITY, -INFINITY}, 0};
            for (int i = start; i < start + n; ++i) {
                p.box[0] = std::min(p.box[0], level[static_cast<size_t>(i)].box[0]);
                p.box[1] = std::max(p.box[1], level[static_cast<size_t>(i)].box[1]);
                p.box[2] = std::min(p.box[2], level[static_cast<size_t>(i)].box[2]);
                p.box[3] = std::max(p.box[3], level[static_cast<size_t>(i)].box[3]);
            }
            parents.push_back(p);
        }
        level = std::move(parents);
        leaf = false;
        ++depth;
    }
}

} // namespace lb::store
