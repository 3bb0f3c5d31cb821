#pragma once

// Values per feature for the analyses on districts or on a plain table (gistar --table, lisa):
// reading them, choosing neighbours and writing the per-feature results. Used only from the
// command's thread.

#include "analysis/spatial_weights.h"
#include "core/result.h"
#include "io/export_vector.h"
#include "store/store.h"
#include "store/store_reader.h"

#include <QStringList>
#include <QVariant>

#include <vector>

namespace lb::cli {

struct ValueTable {
    std::vector<MultiPolygon> polygons; // empty for points
    std::vector<PointXY> centres;       // polygon centroids or the points
    std::vector<double> values;
    QStringList names;
};

// The CRS a table file is analysed in: `requested` when given (> 0); else the file's own when it
// is projected in metres; else, for longitudes and latitudes, the store's CRS (`storeEpsg` > 0) or
// the UTM zone of the table's centre. A CSV with x and y in metres has no CRS of its own: it takes
// `requested` or the store's. `note` says which was chosen and why; nothing is reprojected into
// a CRS the user did not see.
Result<int> tableCrs(const QString &path, const QString &layer, int requested, int storeEpsg, QString *note);

// A GIS file's features (reprojected to `epsg`) or a CSV with columns x, y (metres) and `column`.
Result<ValueTable> readValueTable(const QString &path, const QString &layer, const QString &column, int epsg);

// The store's districts with incidents per 1,000 residents under the filter; districts without a
// population are left out and named in `notes`.
Result<ValueTable> districtRates(const store::StoreReader &store, const store::IncidentFilter &filter,
                                 QStringList *notes);

struct NeighbourChoice {
    int k = 0;         // > 0: k nearest
    double band = 0.0; // > 0: distance band in metres
    // otherwise: shared borders (queen contiguity), polygons only
};
Result<analysis::NeighbourList> neighboursFor(const ValueTable &table, const NeighbourChoice &choice);

// A CSV table, or a GeoPackage layer "results" when the path ends in .gpkg.
Status writeFeatureResults(const QString &path, const ValueTable &table, int epsg,
                           const std::vector<io::VectorField> &fields,
                           const std::vector<std::vector<QVariant>> &values);

} // namespace lb::cli
