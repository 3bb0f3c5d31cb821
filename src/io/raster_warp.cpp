#include "io/raster_warp.h"

#include "io/gdal_dataset.h"

#include <QCoreApplication>

#include <cpl_conv.h>
#include <gdal_utils.h>
#include <ogr_srs_api.h>

#include <vector>

namespace lb::io {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::io::RasterBaseMap)
};

// GDAL's utilities take argv-style options; this keeps the strings alive for the call.
class ArgList {
public:
    ArgList &operator<<(const QString &s)
    {
        m_strings.push_back(s.toUtf8());
        return *this;
    }
    char **argv()
    {
        m_ptrs.clear();
        for (QByteArray &s : m_strings)
            m_ptrs.push_back(s.data());
        m_ptrs.push_back(nullptr);
        return m_ptrs.data();
    }

private:
    std::vector<QByteArray> m_strings;
    std::vector<char *> m_ptrs;
};

int cancelProgress(double, const char *, void *data)
{
    return static_cast<Feedback *>(data)->isCanceled() ? FALSE : TRUE;
}

// An in-memory VRT with three colour bands (and the source's alpha when it has one) of bytes, so
// that palettes, grey scales and 16-bit or float rasters all warp into RGBA the same way.
GdalDatasetPtr rgbView(GDALDatasetH source)
{
    if (!source)
        return {};
    const int bands = GDALGetRasterCount(source);
    GDALRasterBandH first = GDALGetRasterBand(source, 1);
    ArgList args;
    args << QStringLiteral("-of") << QStringLiteral("VRT");
    if (GDALGetRasterColorTable(first)) {
        args << QStringLiteral("-expand") << QStringLiteral("rgba");
    } else {
        const bool hasAlpha =
            bands >= 2 && GDALGetRasterColorInterpretation(GDALGetRasterBand(source, bands)) == GCI_AlphaBand;
        const int colours = hasAlpha ? bands - 1 : bands;
        for (int b : colours >= 3 ? std::vector<int>{1, 2, 3} : std::vector<int>{1, 1, 1})
            args << QStringLiteral("-b") << QString::number(b);
        if (hasAlpha)
            args << QStringLiteral("-b") << QString::number(bands);
        if (GDALGetRasterDataType(first) != GDT_Byte)
            args << QStringLiteral("-ot") << QStringLiteral("Byte") << QStringLiteral("-scale");
    }
    GDALTranslateOptions *options = GDALTranslateOptionsNew(args.argv(), nullptr);
    GdalDatasetPtr out(GDALTranslate("", source, options, nullptr));
    GDALTranslateOptionsFree(options);
    return out;
}
} // namespace

QString epsgWkt(int epsg)
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

GDALDatasetH rgbColourView(GDALDatasetH source)
{
    GDALAllRegister();
    return static_cast<GDALDatasetH>(rgbView(source).release());
}

Result<QImage> warpToImage(GDALDatasetH source, const QString &targetWkt, const Extent &extent, QSize size,
                           Feedback &feedback)
{
    GDALAllRegister();
    QuietGdalErrors quiet;
    GdalDatasetPtr rgb = rgbView(source);
    if (!rgb)
        return Error{Tr::tr("Cannot read the raster's colours: %1").arg(quiet.message())};
    return warpRgbToImage(rgb.get(), targetWkt, extent, size, feedback);
}

Result<QImage> warpRgbToImage(GDALDatasetH rgb, const QString &targetWkt, const Extent &extent, QSize size,
                              Feedback &feedback)
{
    GDALAllRegister();
    QuietGdalErrors quiet;
    if (size.isEmpty() || extent.isEmpty())
        return Error{Tr::tr("The map view is empty.")};
    GDALDriverH mem = GDALGetDriverByName("MEM");
    GdalDatasetPtr target(GDALCreate(mem, "", size.width(), size.height(), 4, GDT_Byte, nullptr));
    if (!target)
        return Error{Tr::tr("Cannot make an image of %1×%2 pixels.").arg(size.width()).arg(size.height())};
    double transform[6] = {extent.minX, extent.width() / size.width(),   0.0, extent.maxY,
                           0.0,         -extent.height() / size.height()};
    GDALSetGeoTransform(target.get(), transform);
    GDALSetProjection(target.get(), targetWkt.toUtf8().constData());
    GDALSetRasterColorInterpretation(GDALGetRasterBand(target.get(), 4), GCI_AlphaBand);

    ArgList args;
    args << QStringLiteral("-r") << QStringLiteral("bilinear") << QStringLiteral("-dstalpha");
    GDALWarpAppOptions *options = GDALWarpAppOptionsNew(args.argv(), nullptr);
    GDALWarpAppOptionsSetProgress(options, cancelProgress, &feedback);
    GDALDatasetH sources[1] = {rgb};
    int usageError = FALSE;
    GDALDatasetH done = GDALWarp(nullptr, target.get(), 1, sources, options, &usageError);
    GDALWarpAppOptionsFree(options);
    if (feedback.isCanceled())
        return Error{Tr::tr("Canceled.")};
    if (!done)
        return Error{Tr::tr("Cannot reproject the raster: %1").arg(quiet.message())};

    QImage image(size, QImage::Format_ARGB32);
    // ARGB32 lies in memory as B, G, R, A on every little-endian machine this runs on.
    int bandMap[4] = {3, 2, 1, 4};
    if (GDALDatasetRasterIO(target.get(), GF_Read, 0, 0, size.width(), size.height(), image.bits(), size.width(),
                            size.height(), GDT_Byte, 4, bandMap, 4, image.bytesPerLine(), 1) != CE_None)
        return Error{Tr::tr("Cannot read the reprojected raster: %1").arg(quiet.message())};
    return image;
}

Extent transformedExtent(GDALDatasetH source, const QString &targetWkt)
{
    QuietGdalErrors quiet;
    double t[6];
    const char *wkt = GDALGetProjectionRef(source);
    if (GDALGetGeoTransform(source, t) != CE_None || !wkt || !*wkt)
        return {};
    const double w = GDALGetRasterXSize(source), h = GDALGetRasterYSize(source);
    const Extent own = Extent::fromCorners(t[0], t[3], t[0] + w * t[1] + h * t[2], t[3] + w * t[4] + h * t[5]);
    OGRSpatialReferenceH from = OSRNewSpatialReference(wkt);
    OGRSpatialReferenceH to = OSRNewSpatialReference(targetWkt.toUtf8().constData());
    OSRSetAxisMappingStrategy(from, OAMS_TRADITIONAL_GIS_ORDER);
    OSRSetAxisMappingStrategy(to, OAMS_TRADITIONAL_GIS_ORDER);
    Extent out;
    if (OGRCoordinateTransformationH ct = OCTNewCoordinateTransformation(from, to)) {
        double x0, y0, x1, y1;
        if (OCTTransformBounds(ct, own.minX, own.minY, own.maxX, own.maxY, &x0, &y0, &x1, &y1, 21))
            out = Extent::fromCorners(x0, y0, x1, y1);
        OCTDestroyCoordinateTransformation(ct);
    }
    OSRDestroySpatialReference(from);
    OSRDestroySpatialReference(to);
    return out;
}

} // namespace lb::io
