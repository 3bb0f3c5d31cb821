#pragma once

// Districts from a vector file (any format GDAL reads: GeoPackage, shapefile, GeoJSON, …), each
// polygon feature a "district" area named by the field the user chose. Runs through the importer
// (ImportKind::Areas), the same code as the import wizard and `lagesbild-cli import --kind areas`,
// so every feature is stored or rejected with its row and reason, and the import is one batch the
// user can undo. Used by the desktop program's New store dialog right after the store is made.
// Call on the thread that owns the store.

#include "core/feedback.h"
#include "core/result.h"
#include "io/importer.h"

#include <QString>
#include <QStringList>

namespace lb::store {
class Store;
}

namespace lb::io {

struct DistrictFields {
    QStringList fields; // the first layer's fields, in the file's order
    QString suggested;  // the field that most likely holds the names, or empty
};

// The fields of the file's first layer, and which one looks like the districts' names.
Result<DistrictFields> districtNameFields(const QString &path);

// Imports every feature of the file's first layer as a district named by `nameField`.
Result<ImportSummary> importDistricts(store::Store &store, const QString &path, const QString &nameField,
                                      Feedback &feedback);

} // namespace lb::io
