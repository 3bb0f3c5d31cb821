#pragma once

// Builds the GeoPackage R-tree of a feature table in one pass, as a packed tree: the rows'
// boxes are sorted along a Hilbert curve, cut into full leaves, and the levels above are built
// the same way; the nodes are then written straight into the R-tree's shadow tables
// (rtree_<t>_geom_node, _rowid, _parent) in SQLite's own node format. Inserting a million points
// one by one through the R-tree module costs about 13 µs each; this costs well under one.
//
// The result is a valid SQLite R-tree (rtreecheck() passes) that later inserts, updates and
// deletes through the ordinary triggers keep up to date. Call inside the caller's transaction.

#include "core/geometry.h"
#include "core/result.h"

#include <QString>

#include <cstdint>
#include <limits>
#include <vector>

namespace lb::store {

class Database;

// A point feature the caller already holds, so that its row need not be read back.
struct RTreePoint {
    std::int64_t fid = 0;
    double x = 0, y = 0;
};

// What the tree is built over: the table's rows up to a feature id, plus points held in memory
// (rows written after that id, whose geometry the caller still has).
struct RTreeInput {
    std::int64_t tableUpToFid = std::numeric_limits<std::int64_t>::max();
    std::vector<RTreePoint> points;
};

// Replaces the contents of rtree_<table>_geom with a packed tree over the input, which must
// cover every row of `table` that has a geometry. Returns the extent of all the geometries.
Result<Extent> rebuildRTree(const Database &db, const QString &table, RTreeInput input = {});

} // namespace lb::store
