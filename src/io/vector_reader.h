#pragma once

// Reads the polygon and line features of a vector file (any GDAL vector format) into plain
// geometries, reprojected into a target CRS. Used for boundaries and background layers; the
// import module handles records with attributes, mapping and rejects.

#include "core/geometry.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QVariantMap>

#include <vector>

namespace lb::io {

struct VectorFeature {
    MultiPolygon polygons;
    MultiLineString lines;
    std::vector<PointXY> points;
    QVariantMap attributes;
};

// Reads every feature of the first layer (or `layer` when given). Coordinates are transformed
// from the file's CRS (WGS 84 when the file has none) into targetEpsg.
Result<std::vector<VectorFeature>> readVectorFile(const QString &path, int targetEpsg, const QString &layer = {});

// The same for a file held in memory (e.g. a Qt resource); `fileName` gives GDAL the extension.
Result<std::vector<VectorFeature>> readVectorData(const QByteArray &data, const QString &fileName, int targetEpsg);

} // namespace lb::io
