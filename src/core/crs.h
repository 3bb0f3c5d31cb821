#pragma once

// Coordinate reference systems and transforms, backed by PROJ. The rest of the program sees
// EPSG codes and x = east, y = north, whatever axis order the EPSG definition uses.
//
// A CoordinateTransform owns its own PROJ context, so each thread can hold its own transform;
// one transform must not be used from two threads at once.

#include "core/geometry.h"
#include "core/result.h"

#include <QString>

#include <memory>
#include <span>

namespace lb {

struct CrsInfo {
    int epsg = 0;
    QString name;           // e.g. "SWEREF99 TM"
    QString wkt;            // OGC WKT 1 as GeoPackage's gpkg_spatial_ref_sys expects
    bool projected = false; // true for projected CRSs
    bool metric = false;    // true when the axis unit is the metre
    Extent areaOfUseLonLat; // the CRS's area of use in degrees (WGS 84), when PROJ knows it
};

// Looks an EPSG code up in PROJ's database.
Result<CrsInfo> crsInfo(int epsg);

// Parses "EPSG:3006" or "3006"; returns 0 for anything else.
int parseEpsg(const QString &text);

class CoordinateTransform {
public:
    static Result<CoordinateTransform> create(int sourceEpsg, int targetEpsg);

    CoordinateTransform(CoordinateTransform &&) noexcept;
    CoordinateTransform &operator=(CoordinateTransform &&) noexcept;
    ~CoordinateTransform();

    int sourceEpsg() const { return m_source; }
    int targetEpsg() const { return m_target; }

    // Transforms in place. Points that cannot be transformed become infinite; the return
    // value counts them.
    size_t transform(std::span<PointXY> points) const;
    PointXY transform(PointXY p) const;

private:
    struct Handles;
    CoordinateTransform(int source, int target, std::unique_ptr<Handles> handles);
    int m_source = 0;
    int m_target = 0;
    std::unique_ptr<Handles> m_handles;
};

} // namespace lb
