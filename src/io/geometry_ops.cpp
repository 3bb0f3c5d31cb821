#include "io/geometry_ops.h"

#include <QCoreApplication>

#include <ogr_api.h>

#include <memory>

namespace lb::io {

namespace {

struct GeometryTr {
    Q_DECLARE_TR_FUNCTIONS(lb::io::GeometryOps)
};

struct GeometryDestroyer {
    void operator()(OGRGeometryH g) const { OGR_G_DestroyGeometry(g); }
};
using GeometryPtr = std::unique_ptr<void, GeometryDestroyer>;

GeometryPtr toOgr(const MultiPolygon &polygons)
{
    GeometryPtr multi(OGR_G_CreateGeometry(wkbMultiPolygon));
    for (const Polygon &poly : polygons) {
        OGRGeometryH p = OGR_G_CreateGeometry(wkbPolygon);
        for (const LinearRing &ring : poly.rings) {
            OGRGeometryH r = OGR_G_CreateGeometry(wkbLinearRing);
            for (const PointXY &pt : ring)
                OGR_G_AddPoint_2D(r, pt.x, pt.y);
            OGR_G_CloseRings(r);
            OGR_G_AddGeometryDirectly(p, r);
        }
        OGR_G_AddGeometryDirectly(multi.get(), p);
    }
    return multi;
}

void collectPolygons(OGRGeometryH g, MultiPolygon &out)
{
    const OGRwkbGeometryType type = wkbFlatten(OGR_G_GetGeometryType(g));
    if (type == wkbPolygon) {
        Polygon poly;
        for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i) {
            OGRGeometryH r = OGR_G_GetGeometryRef(g, i);
            LinearRing ring;
            for (int k = 0; k < OGR_G_GetPointCount(r); ++k)
                ring.push_back({OGR_G_GetX(r, k), OGR_G_GetY(r, k)});
            poly.rings.push_back(std::move(ring));
        }
        if (!poly.rings.empty() && area(poly) > 0.0)
            out.push_back(std::move(poly));
    } else if (type == wkbMultiPolygon || type == wkbGeometryCollection) {
        for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i)
            collectPolygons(OGR_G_GetGeometryRef(g, i), out);
    }
}

} // namespace

Result<MultiPolygon> intersection(const MultiPolygon &a, const MultiPolygon &b)
{
    GeometryPtr ga = toOgr(a);
    GeometryPtr gb = toOgr(b);
    GeometryPtr result(OGR_G_Intersection(ga.get(), gb.get()));
    if (!result)
        return Error{GeometryTr::tr("Could not intersect the polygons (is the geometry engine available?).")};
    MultiPolygon out;
    collectPolygons(result.get(), out);
    return out;
}

} // namespace lb::io
