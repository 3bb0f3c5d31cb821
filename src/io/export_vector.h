#pragma once

// Writes analysis results as a GeoPackage polygon or point layer (hot spot cells, districts,
// cluster centres) with plain
// attribute columns, so QGIS opens them directly. A layer is written into a new file next to the
// target and moved into place when complete. Any thread may call it.

#include "core/geometry.h"
#include "core/result.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace lb::io {

struct VectorField {
    enum class Type { Integer, Real, Text };
    QString name;
    Type type = Type::Real;
};

struct PolygonFeature {
    Polygon geometry;
    std::vector<QVariant> values; // one per field; an invalid QVariant is NULL
};

struct PointFeature {
    PointXY position;
    std::vector<QVariant> values; // one per field; an invalid QVariant is NULL
};

Status writePolygonLayer(const QString &path, const QString &layerName, int epsg,
                         const std::vector<VectorField> &fields, const std::vector<PolygonFeature> &features);
// The same for points (survey pin cluster centres and other point results).
Status writePointLayer(const QString &path, const QString &layerName, int epsg, const std::vector<VectorField> &fields,
                       const std::vector<PointFeature> &features);

} // namespace lb::io
