#include "io/export_raster.h"

#include "io/network_guard.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cpl_conv.h>
#include <gdal.h>
#include <ogr_srs_api.h>

#include <memory>
#include <mutex>

namespace lb::io {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::io::ExportRaster)
};

struct DatasetCloser {
    void operator()(void *ds) const { GDALClose(static_cast<GDALDatasetH>(ds)); }
};
using DatasetPtr = std::unique_ptr<void, DatasetCloser>;

void ensureGdal()
{
    static std::once_flag once;
    std::call_once(once, [] {
        disableNetworkAccess();
        GDALAllRegister();
    });
}

QString gdalMessage()
{
    return QString::fromUtf8(CPLGetLastErrorMsg());
}

QString wktOf(int epsg)
{
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    QString wkt;
    if (OSRImportFromEPSG(srs, epsg) == OGRERR_NONE) {
        char *text = nullptr;
        if (OSRExportToWkt(srs, &text) == OGRERR_NONE)
            wkt = QString::fromUtf8(text);
        CPLFree(text);
    }
    OSRDestroySpatialReference(srs);
    return wkt;
}
} // namespace

Status writeGeoTiff(const QString &path, const RasterLayout &layout, std::span<const float> values,
                    const RasterBandInfo &band)
{
    if (layout.cols <= 0 || layout.rows <= 0 ||
        values.size() != static_cast<std::size_t>(layout.cols) * static_cast<std::size_t>(layout.rows))
        return Error{Tr::tr("Cannot write %1: the raster has no cells or the wrong number of values.").arg(path)};
    ensureGdal();
    GDALDriverH driver = GDALGetDriverByName("GTiff");
    if (!driver)
        return Error{Tr::tr("GDAL has no GeoTIFF driver.")};
    const QString temp = path + QStringLiteral(".part.tif");
    // Fast deflate on all cores: rasters are rewritten often, and QGIS reads them all the same.
    const char *options[] = {"COMPRESS=DEFLATE", "PREDICTOR=3",      "ZLEVEL=1", "NUM_THREADS=ALL_CPUS",
                             "TILED=YES",        "BIGTIFF=IF_SAFER", nullptr};
    {
        DatasetPtr ds(GDALCreate(driver, QFile::encodeName(temp).constData(), layout.cols, layout.rows, 1, GDT_Float32,
                                 const_cast<char **>(options)));
        if (!ds)
            return Error{Tr::tr("Cannot create %1: %2").arg(path, gdalMessage())};
        double transform[6] = {layout.originX, layout.cellSize, 0.0, layout.originY, 0.0, -layout.cellSize};
        GDALSetGeoTransform(ds.get(), transform);
        const QString wkt = wktOf(layout.epsg);
        if (!wkt.isEmpty())
            GDALSetProjection(ds.get(), wkt.toUtf8().constData());
        GDALRasterBandH b = GDALGetRasterBand(ds.get(), 1);
        if (band.noData)
            GDALSetRasterNoDataValue(b, *band.noData);
        if (!band.description.isEmpty())
            GDALSetDescription(b, band.description.toUtf8().constData());
        if (!band.unit.isEmpty())
            GDALSetRasterUnitType(b, band.unit.toUtf8().constData());
        if (GDALRasterIO(b, GF_Write, 0, 0, layout.cols, layout.rows, const_cast<float *>(values.data()), layout.cols,
                         layout.rows, GDT_Float32, 0, 0) != CE_None) {
            const QString message = gdalMessage();
            ds.reset();
            QFile::remove(temp);
            return Error{Tr::tr("Cannot write %1: %2").arg(path, message)};
        }
    }
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        QFile::remove(temp);
        return Error{Tr::tr("Cannot replace %1.").arg(path)};
    }
    if (!QFile::rename(temp, path))
        return Error{Tr::tr("Cannot move the finished raster to %1.").arg(path)};
    return Status::success();
}

Result<RasterData> readRaster(const QString &path)
{
    ensureGdal();
    if (const QString refused = networkPathError(path); !refused.isEmpty())
        return Error{refused};
    DatasetPtr ds(GDALOpen(QFile::encodeName(path).constData(), GA_ReadOnly));
    if (!ds)
        return Error{Tr::tr("Cannot open %1: %2").arg(path, gdalMessage())};
    RasterData r;
    double t[6];
    GDALGetGeoTransform(ds.get(), t);
    r.layout.originX = t[0];
    r.layout.originY = t[3];
    r.layout.cellSize = t[1];
    r.layout.cols = GDALGetRasterXSize(ds.get());
    r.layout.rows = GDALGetRasterYSize(ds.get());
    GDALRasterBandH b = GDALGetRasterBand(ds.get(), 1);
    int hasNoData = 0;
    const double nd = GDALGetRasterNoDataValue(b, &hasNoData);
    if (hasNoData)
        r.noData = nd;
    r.values.resize(static_cast<std::size_t>(r.layout.cols) * static_cast<std::size_t>(r.layout.rows));
    if (GDALRasterIO(b, GF_Read, 0, 0, r.layout.cols, r.layout.rows, r.values.data(), r.layout.cols, r.layout.rows,
                     GDT_Float32, 0, 0) != CE_None)
        return Error{Tr::tr("Cannot read %1: %2").arg(path, gdalMessage())};
    return r;
}

} // namespace lb::io
