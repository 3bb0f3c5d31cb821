#include "io/vector_reader.h"

#include "core/crs.h"
#include "io/network_guard.h"

#include <QCoreApplication>
#include <QUuid>

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <memory>

namespace lb::io {

namespace {

struct DatasetCloser {
    void operator()(GDALDatasetH ds) const { GDALClose(ds); }
};
using DatasetPtr = std::unique_ptr<void, DatasetCloser>;

struct FeatureDestroyer {
    void operator()(OGRFeatureH f) const { OGR_F_Destroy(f); }
};
using FeaturePtr = std::unique_ptr<void, FeatureDestroyer>;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::io::VectorReader)
};

std::vector<PointXY> readPoints(OGRGeometryH g)
{
    const int n = OGR_G_GetPointCount(g);
    std::vector<PointXY> pts(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        pts[static_cast<size_t>(i)] = {OGR_G_GetX(g, i), OGR_G_GetY(g, i)};
    return pts;
}

void collect(OGRGeometryH g, VectorFeature &f)
{
    switch (wkbFlatten(OGR_G_GetGeometryType(g))) {
    case wkbPoint:
        f.points.push_back({OGR_G_GetX(g, 0), OGR_G_GetY(g, 0)});
        break;
    case wkbLineString:
        f.lines.push_back(readPoints(g));
        break;
    case wkbPolygon: {
        Polygon poly;
        for (int i = 0; i < OGR_G_GetGeometryCount(g); ++i)
            poly.rings.push_back(readPoints(OGR_G_GetGeometryRef(g, i)));
        f.polygons.push_back(std::move(poly));
        break;
    }
    case wkbMultiPoint:
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

void transformFeature(VectorFeature &f, const CoordinateTransform &t)
{
    t.transform(f.points);
    for (LineString &l : f.lines)
        t.transform(l);
    for (Polygon &p : f.polygons)
        for (LinearRing &r : p.rings)
            t.transform(r);
}

int layerEpsg(OGRLayerH layer)
{
    OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(layer);
    if (!srs)
        return 4326;
    if (OSRAutoIdentifyEPSG(srs) == OGRERR_NONE || OSRGetAuthorityCode(srs, nullptr)) {
        const char *name = OSRGetAuthorityName(srs, nullptr);
        const char *code = OSRGetAuthorityCode(srs, nullptr);
        if (name && code && QString::fromLatin1(name).compare(QLatin1String("EPSG"), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(code).toInt();
    }
    return 0;
}

} // namespace

Result<std::vector<VectorFeature>> readVectorFile(const QString &path, int targetEpsg, const QString &layerName)
{
    disableNetworkAccess();
    if (const QString refused = networkPathError(path); !refused.isEmpty())
        return Error{refused};
    GDALAllRegister();
    DatasetPtr ds(GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!ds)
        return Error{Tr::tr("Cannot read %1 as a vector file: %2").arg(path, QString::fromUtf8(CPLGetLastErrorMsg()))};
    OGRLayerH layer = layerName.isEmpty() ? GDALDatasetGetLayer(ds.get(), 0)
                                          : GDALDatasetGetLayerByName(ds.get(), layerName.toUtf8().constData());
    if (!layer)
        return Error{Tr::tr("%1 has no layer %2.").arg(path, layerName)};
    const int sourceEpsg = layerEpsg(layer);
    if (sourceEpsg == 0)
        return Error{Tr::tr("The coordinate reference system of %1 has no EPSG code.").arg(path)};
    auto transform = CoordinateTransform::create(sourceEpsg, targetEpsg);
    if (!transform)
        return transform.error();

    std::vector<VectorFeature> out;
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    OGR_L_ResetReading(layer);
    while (FeaturePtr feature{OGR_L_GetNextFeature(layer)}) {
        VectorFeature f;
        if (OGRGeometryH g = OGR_F_GetGeometryRef(feature.get()))
            collect(g, f);
        for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i) {
            const QString name = QString::fromUtf8(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i)));
            if (OGR_F_IsFieldSetAndNotNull(feature.get(), i))
                f.attributes.insert(name, QString::fromUtf8(OGR_F_GetFieldAsString(feature.get(), i)));
        }
        transformFeature(f, *transform);
        out.push_back(std::move(f));
    }
    return out;
}

Result<std::vector<VectorFeature>> readVectorData(const QByteArray &data, const QString &fileName, int targetEpsg)
{
    disableNetworkAccess();
    GDALAllRegister();
    const QString vsiPath =
        QStringLiteral("/vsimem/lb_%1_%2").arg(QUuid::createUuid().toString(QUuid::Id128), fileName);
    const QByteArray vsi = vsiPath.toUtf8();
    VSILFILE *fp =
        VSIFileFromMemBuffer(vsi.constData(), reinterpret_cast<GByte *>(const_cast<char *>(data.constData())),
                             static_cast<vsi_l_offset>(data.size()), FALSE);
    if (!fp)
        return Error{Tr::tr("Cannot read %1 from memory.").arg(fileName)};
    VSIFCloseL(fp);
    auto result = readVectorFile(vsiPath, targetEpsg);
    VSIUnlink(vsi.constData());
    return result;
}

} // namespace lb::io
