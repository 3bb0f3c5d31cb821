#pragma once

// Helpers for the import tests: a store with a known municipality and files written on the fly.
//
// The municipality is a rectangle in SWEREF 99 TM around central Stockholm, so the published
// reference point (59.3293 N, 18.0686 E = E 674571.87, N 6580743.01, from cs2cs) lies inside it.

#include "io/importer.h"
#include "store/import_catalog.h"
#include "store/store.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace lb::test {

inline constexpr double kMunMinX = 660000, kMunMinY = 6570000, kMunMaxX = 690000, kMunMaxY = 6595000;
// Stockholm, from TOOLCHAIN.md: `echo "59.3293 18.0686" | cs2cs EPSG:4326 EPSG:3006`.
inline constexpr double kRefLat = 59.3293, kRefLon = 18.0686, kRefN = 6580743.01, kRefE = 674571.87;

// Creates `dir/name` with the rectangular municipality as the "municipality" area.
std::unique_ptr<store::Store> makeStore(const QTemporaryDir &dir, const QString &name = QStringLiteral("s.gpkg"));

// Writes bytes to dir/name and returns the path.
QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes);

// Runs ogr2ogr with the arguments; true on success (tests that need it REQUIRE this).
bool ogr2ogr(const QStringList &args);

std::int64_t countRows(const store::Store &store, const QString &table, const QString &where = {});

// Imports `path` into `store` with mapping `m`, as the importer's own caller would.
Result<io::ImportSummary> runImport(store::Store &store, const QString &path, const io::FieldMapping &m);

// Rows rejected for reason `r` in a summary.
std::int64_t rejectedFor(const io::ImportSummary &s, io::RejectReason r);

// The rejected rows of import batch `batchId` (REQUIREs that they can be read).
std::vector<store::ImportReject> rejectsOf(store::Store &store, std::int64_t batchId);

} // namespace lb::test
