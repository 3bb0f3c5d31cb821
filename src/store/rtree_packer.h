#pragma once

// Builds the GeoPackage R-tree of a feature table in one pass, as a packed tree: the rows'
// boxes are sorted along a Hilbert curve, cut into full leaves, and the levels above are built
// the same way; the nodes are then written straight into the R-tree's shadow tables
// (rtree_<t>_geom_node, _rowid, _parent) in SQLite's own node format. Inserting a million points
// one by one through the R-tree module costs about 13 µs each; this costs well under one.
//
// Memory stays bounded: the boxes are sorted in chunks written to temporary files and merged,
// and only the levels above the leaves (one box per leaf) are kept in memory.
//
// The result is a valid SQLite R-tree (rtreecheck() passes) that later inserts, updates and
// deletes through the ordinary triggers keep up to date. Call inside the caller's transaction.

#include "core/geometry.h"
#include "core/result.h"

#include <QString>

#include <cstdint>
#include <cstdio>
#include <limits>
#include <vector>

namespace lb::store {

class Database;

// A point feature the caller already holds, so that its row need not be read back.
struct RTreePoint {
    std::int64_t fid = 0;
    double x = 0, y = 0;
};

// Points collected while rows are written, kept in a temporary file in blocks, so that their
// number does not show in memory (24 bytes a point on disk). Should the file not be writable,
// they stay in memory.
class PointSpool {
public:
    PointSpool() = default;
    ~PointSpool();
    PointSpool(PointSpool &&other) noexcept;
    PointSpool &operator=(PointSpool &&other) noexcept;

    void push_back(const RTreePoint &p);
    std::int64_t size() const { return m_size; }
    void clear();
    // Calls f(const RTreePoint &) for every point in the order given; false on a read error.
    template <typename F> bool forEach(F &&f) const
    {
        std::vector<RTreePoint> block;
        for (std::int64_t done = 0; done < m_written;) {
            if (!readBlock(done, block))
                return false;
            for (const RTreePoint &p : block)
                f(p);
            done += static_cast<std::int64_t>(block.size());
        }
        for (const RTreePoint &p : m_buffer)
            f(p);
        return true;
    }

private:
    bool readBlock(std::int64_t first, std::vector<RTreePoint> &out) const;
    std::FILE *m_file = nullptr;
    bool m_fileFailed = false;
    std::int64_t m_written = 0; // points in the file
    std::int64_t m_size = 0;
    std::vector<RTreePoint> m_buffer;
};

// What the tree is built over: the table's rows up to a feature id, plus points the caller
// collected (rows written after that id, whose positions it kept).
struct RTreeInput {
    std::int64_t tableUpToFid = std::numeric_limits<std::int64_t>::max();
    PointSpool points;
};

// Replaces the contents of rtree_<table>_geom with a packed tree over the input, which must
// cover every row of `table` that has a geometry. Returns the extent of all the geometries.
Result<Extent> rebuildRTree(const Database &db, const QString &table, RTreeInput input = {});

} // namespace lb::store
