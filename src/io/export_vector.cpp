#include "io/export_vector.h"

#include "io/network_guard.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cpl_conv.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <memory>
#include <mutex>

namespace lb::io {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::io::ExportVector)
};

struct DatasetCloser {
    void operator()(void *ds) const { GDALClose(static_cast<GDALDatasetH>(ds)); }
};
using DatasetPtr = std::unique_ptr<void, DatasetCloser>;

OGRFieldType ogrType(VectorField::Type t)
{
    switch (t) {
    case VectorField::Type::Integer:
        return OFTInteger64;
    case VectorField::Type::Real:
        return OFTReal;
    case VectorField::Type::Text:
        return OFTString;
    }
    return OFTString;
}

// Writes `count` features; geometry(i) makes feature i's OGR geometry, values(i) its attributes.
template <typename Geometry, typename Values>
Status writeLayer(const QString &path, const QString &layerName, int epsg, OGRwkbGeometryType type,
                  const std::vector<VectorField> &fields, std::size_t count, Geometry geometry, Values values)
{
    static std::once_flag once;
    std::call_once(once, [] {
        disableNetworkAccess();
        GDALAllRegister();
    });
    GDALDriverH driver = GDALGetDriverByName("GPKG");
    if (!driver)
        return Error{Tr::tr("GDAL has no GeoPackage driver.")};
    const QString temp = path + QStringLiteral(".part.gpkg");
    QFile::remove(temp);
    {
        DatasetPtr ds(GDALCreate(driver, QFile::encodeName(temp).constData(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!ds)
            return Error{Tr::tr("Cannot create %1: %2").arg(path, QString::fromUtf8(CPLGetLastErrorMsg()))};
        OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
        OSRImportFromEPSG(srs, epsg);
        OGRLayerH layer = GDALDatasetCreateLayer(ds.get(), layerName.toUtf8().constData(), srs, type, nullptr);
        OSRDestroySpatialReference(srs);
        if (!layer)
            return Error{Tr::tr("Cannot create the layer %1 in %2.").arg(layerName, path)};
        for (const VectorField &f : fields) {
            OGRFieldDefnH def = OGR_Fld_Create(f.name.toUtf8().constData(), ogrType(f.type));
            const OGRErr err = OGR_L_CreateField(layer, def, TRUE);
            OGR_Fld_Destroy(def);
            if (err != OGRERR_NONE)
                return Error{Tr::tr("Cannot create the field %1 in %2.").arg(f.name, path)};
        }
        GDALDatasetStartTransaction(ds.get(), FALSE);
        OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
        for (std::size_t k = 0; k < count; ++k) {
            OGRFeatureH f = OGR_F_Create(defn);
            OGR_F_SetGeometryDirectly(f, geometry(k));
            const std::vector<QVariant> &featureValues = values(k);
            for (std::size_t i = 0; i < fields.size() && i < featureValues.size(); ++i) {
                const QVariant &v = featureValues[i];
                const int idx = static_cast<int>(i);
                if (!v.isValid() || v.isNull()) {
                    OGR_F_SetFieldNull(f, idx);
                    continue;
                }
                switch (fields[i].type) {
                case VectorField::Type::Integer:
                    OGR_F_SetFieldInteger64(f, idx, v.toLongLong());
                    break;
                case VectorField::Type::Real:
                    OGR_F_SetFieldDouble(f, idx, v.toDouble());
                    break;
                case VectorField::Type::Text:
                    OGR_F_SetFieldString(f, idx, v.toString().toUtf8().constData());
                    break;
                }
            }
            const OGRErr err = OGR_L_CreateFeature(layer, f);
            OGR_F_Destroy(f);
            if (err != OGRERR_NONE)
                return Error{
                    Tr::tr("Cannot write a feature to %1: %2").arg(path, QString::fromUtf8(CPLGetLastErrorMsg()))};
        }
        if (GDALDatasetCommitTransaction(ds.get()) != OGRERR_NONE)
            return Error{Tr::tr("Cannot finish %1: %2").arg(path, QString::fromUtf8(CPLGetLastErrorMsg()))};
    }
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        QFile::remove(temp);
        return Error{Tr::tr("Cannot replace %1.").arg(path)};
    }
    if (!QFile::rename(temp, path))
        return Error{Tr::tr("Cannot move the finished layer to %1.").arg(path)};
    return Status::success();
}
} // namespace

Status writePolygonLayer(const QString &path, const QString &layerName, int epsg,
                         const std::vector<VectorField> &fields, const std::vector<PolygonFeature> &features)
{
    return writeLayer(
        path, layerName, epsg, wkbPolygon, fields, features.size(),
        [&](std::size_t k) {
            OGRGeometryH poly = OGR_G_CreateGeometry(wkbPolygon);
            for (const LinearRing &ring : features[k].geometry.rings) {
                OGRGeometryH r = OGR_G_CreateGeometry(wkbLinearRing);
                for (const PointXY &p : ring)
                    OGR_G_AddPoint_2D(r, p.x, p.y);
                OGR_G_AddGeometryDirectly(poly, r);
            }
            return poly;
        },
        [&](std::size_t k) -> const std::vector<QVariant> & { return features[k].values; });
}

Status writePointLayer(const QString &path, const QString &layerName, int epsg, const std::vector<VectorField> &fields,
                       const std::vector<PointFeature> &features)
{
    return writeLayer(
        path, layerName, epsg, wkbPoint, fields, features.size(),
        [&](std::size_t k) {
            OGRGeometryH point = OGR_G_CreateGeometry(wkbPoint);
            OGR_G_SetPoint_2D(point, 0, features[k].position.x, features[k].position.y);
            return point;
        },
        [&](std::size_t k) -> const std::vector<QVariant> & { return features[k].values; });
}

} // namespace lb::io
