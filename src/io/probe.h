#pragma once

// Looks into a file before importing it: its layers, their fields with sample values, and where
// the positions are — the layer's geometry and CRS, or guessed coordinate columns and a guessed
// CRS. What the probe proposes is what an import uses unless the user overrides it.
//
// Pure function over the file; any thread.

#include "core/geometry.h"
#include "core/result.h"
#include "io/crs_guess.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

namespace lb::io {

struct ProbeField {
    QString name;
    QStringList samples; // the first distinct non-empty values
};

struct ProbeLayer {
    QString name;
    QString geometryType;           // empty when the layer has no geometry
    int epsg = -1;                  // the layer's CRS: -1 none, 0 not recognised
    std::int64_t featureCount = -1; // -1 when unknown without reading everything
    std::vector<ProbeField> fields;
    CoordinateColumns coordinates; // guessed x/y columns for tables without geometry
    CrsGuess crs;                  // the CRS in effect: from the file or guessed
    bool crsFromFile = false;
    QString encoding; // CSV only: "UTF-8", "Windows-1252" or "ASCII"
    // Polygons among the rows read that are invalid (a ring crossing itself or left open); an
    // import rejects them unless it is asked to repair them.
    int invalidPolygons = 0;
    // What the user should know before importing, translated: rows that cannot be read, text
    // that is not UTF-8, invalid polygons.
    QStringList warnings;
    // The built-in profile (see builtin_profiles.h) that fits the layer, or empty.
    QString profile;
};

struct ProbeResult {
    QString path;
    QString driver;
    std::vector<ProbeLayer> layers;
};

// `samples` values are kept per field; up to `scanRows` rows are read per layer for guessing.
// `referenceLonLat` (the municipality's centre) settles the SWEREF 99 local zones.
Result<ProbeResult> probeFile(const QString &path, int samples = 5, int scanRows = 500,
                              std::optional<PointXY> referenceLonLat = std::nullopt);

} // namespace lb::io
