#include "io/osm_background.h"

#include "io/gdal_dataset.h"
#include "io/network_guard.h"
#include "io/raster_warp.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <ogr_srs_api.h>

namespace lb::io {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::io::OsmBackground)
};

struct GeometryDeleter {
    void operator()(OGRGeometryH g) const { OGR_G_DestroyGeometry(g); }
};
using GeometryPtr = std::unique_ptr<std::remove_pointer_t<OGRGeometryH>, GeometryDeleter>;

QString field(OGRFeatureH f, const char *name)
{
    const int i = OGR_F_GetFieldIndex(f, name);
    return i >= 0 && OGR_F_IsFieldSetAndNotNull(f, i) ? QString::fromUtf8(OGR_F_GetFieldAsString(f, i)) : QString();
}

// The store's road class of an OSM highway value; empty for paths, tracks and the like.
QString roadClass(const QString &highway)
{
    static const QStringList main = {QStringLiteral("motorway"), QStringLiteral("trunk"), QStringLiteral("primary"),
                                     QStringLiteral("secondary")};
    static const QStringList street = {QStringLiteral("tertiary"), QStringLiteral("residential"),
                                       QStringLiteral("unclassified"), QStringLiteral("living_street"),
                                       QStringLiteral("pedestrian")};
    QString base = highway;
    base.remove(QLatin1String("_link"));
    if (main.contains(base))
        return QStringLiteral("main");
    if (street.contains(base))
        return QStringLiteral("street");
    return {};
}

bool isWater(OGRFeatureH f)
{
    const QString natural = field(f, "natural"), landuse = field(f, "landuse"), other = field(f, "other_tags");
    return natural == QLatin1String("water") || landuse == QLatin1String("reservoir") ||
           other.contains(QLatin1String("\"waterway\"=>\"riverbank\""));
}

std::vector<PointXY> points(OGRGeometryH g)
{
    std::vector<PointXY> out(size_t(OGR_G_GetPointCount(g)));
    for (int i = 0; i < int(out.size()); ++i)
        out[size_t(i)] = {OGR_G_GetX(g, i), OGR_G_GetY(g, i)};
    return out;
}

void collect(OGRGeometryH g, BaseFeature &f)
{
    switch (wkbFlatten(OGR_G_GetGeometryType(g))) {
    case wkbLineString:
        f.lines.push_back(points(g));
        break;
    case wkbPolygon: {
        Polygon p;
        for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i)
            p.rings.push_back(points(OGR_G_GetGeometryRef(g, i)));
        f.polygons.push_back(std::move(p));
        break;
    }
    case wkbMultiLineString:
    case wkbMultiPolygon:
    case wkbGeometryCollection:
        for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i)
            collect(OGR_G_GetGeometryRef(g, i), f);
        break;
    default:
        break;
    }
}

GeometryPtr clipGeometry(const MultiPolygon &clip)
{
    if (clip.empty())
        return nullptr;
    GeometryPtr multi(OGR_G_CreateGeometry(wkbMultiPolygon));
    for (const Polygon &poly : clip) {
        OGRGeometryH p = OGR_G_CreateGeometry(wkbPolygon);
        for (const LinearRing &ring : poly.rings) {
            OGRGeometryH r = OGR_G_CreateGeometry(wkbLinearRing);
            for (const PointXY &pt : ring)
                OGR_G_AddPoint_2D(r, pt.x, pt.y);
            OGR_G_AddGeometryDirectly(p, r);
        }
        OGR_G_AddGeometryDirectly(multi.get(), p);
    }
    // Boundaries from some sources self-touch; a buffer of 0 makes them valid for GEOS.
    if (!OGR_G_IsValid(multi.get()))
        multi.reset(OGR_G_Buffer(multi.get(), 0.0, 8));
    return multi;
}
} // namespace

Result<OsmBackground> readOsmBackground(const QString &path, int storeEpsg, const MultiPolygon &clip,
                                        Feedback &feedback)
{
    if (const QString refused = networkPathError(path); !refused.isEmpty())
        return Error{refused};
    if (!QFileInfo(path).isFile())
        return Error{Tr::tr("%1 does not exist.").arg(path)};
    disableNetworkAccess();
    GDALAllRegister();
    QuietGdalErrors quiet;
    const char *drivers[] = {"OSM", nullptr};
    GdalDatasetPtr ds(
        GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr));
    if (!ds)
        return Error{Tr::tr("%1 is not an OpenStreetMap file (.osm.pbf or .osm): %2").arg(path, quiet.message())};

    OGRSpatialReferenceH wgs84 = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(wgs84, 4326);
    OGRSpatialReferenceH target = OSRNewSpatialReference(epsgWkt(storeEpsg).toUtf8().constData());
    OSRSetAxisMappingStrategy(wgs84, OAMS_TRADITIONAL_GIS_ORDER);
    OSRSetAxisMappingStrategy(target, OAMS_TRADITIONAL_GIS_ORDER);
    OGRCoordinateTransformationH ct = OCTNewCoordinateTransformation(wgs84, target);
    const GeometryPtr clipGeom = clipGeometry(clip);
    OGREnvelope clipEnv{};
    if (clipGeom)
        OGR_G_GetEnvelope(clipGeom.get(), &clipEnv);

    OsmBackground out;
    std::int64_t seen = 0;
    // The OSM driver reads the file once, handing out features of all layers interleaved.
    GDALDatasetResetReading(ds.get());
    for (;;) {
        OGRLayerH layer = nullptr;
        OgrFeaturePtr feature(GDALDatasetGetNextFeature(ds.get(), &layer, nullptr, nullptr, nullptr));
        if (!feature)
            break;
        if (++seen % 10000 == 0 && feedback.isCanceled())
            break;
        const auto f = static_cast<OGRFeatureH>(feature.get());
        const QString layerName = QString::fromUtf8(OGR_L_GetName(layer));
        BaseFeature base;
        if (layerName == QLatin1String("lines"))
            base.featureClass = roadClass(field(f, "highway"));
        else if (layerName == QLatin1String("multipolygons") && isWater(f))
            base.featureClass = QStringLiteral("lake");
        if (base.featureClass.isEmpty())
            continue;
        OGRGeometryH g = OGR_F_GetGeometryRef(f);
        if (!g || !ct || OGR_G_Transform(g, ct) != OGRERR_NONE)
            continue;
        GeometryPtr kept;
        if (clipGeom) {
            OGREnvelope env;
            OGR_G_GetEnvelope(g, &env);
            if (env.MaxX < clipEnv.MinX || env.MinX > clipEnv.MaxX || env.MaxY < clipEnv.MinY ||
                env.MinY > clipEnv.MaxY)
                continue;
            kept.reset(OGR_G_Intersection(g, clipGeom.get()));
            if (!kept || OGR_G_IsEmpty(kept.get()))
                continue;
            g = kept.get();
        }
        collect(g, base);
        base.name = field(f, "name");
        if (base.featureClass == QLatin1String("lake")) {
            base.lines.clear();
            if (!base.polygons.empty())
                out.water.push_back(std::move(base));
        } else {
            base.polygons.clear();
            if (!base.lines.empty())
                out.roads.push_back(std::move(base));
        }
    }
    if (ct)
        OCTDestroyCoordinateTransformation(ct);
    OSRDestroySpatialReference(wgs84);
    OSRDestroySpatialReference(target);
    if (feedback.isCanceled())
        return Error{Tr::tr("Canceled.")};
    return out;
}

} // namespace lb::io
