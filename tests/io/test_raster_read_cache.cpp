// The raster background map keeps its GDAL handles open between views, so GDAL's block cache
// serves blocks read before: drawing the same view again, or panning back, reads (almost) nothing
// from the file, while a view over another part of the raster reads its blocks. Bytes read are
// the process's own count (rchar in /proc/self/io). Also: the pixels are where the
// georeferencing puts them.

#include "io/base_map_reader.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include <cpl_conv.h>
#include <cpl_string.h>
#include <gdal.h>
#include <ogr_srs_api.h>

#include <vector>

using namespace lb;

namespace {

// Bytes this process has read through read() and its kin so far, or -1 when unknown.
qint64 bytesRead()
{
    QFile io(QStringLiteral("/proc/self/io"));
    if (!io.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : io.readAll().split('\n'))
        if (line.startsWith("rchar:"))
            return line.mid(6).trimmed().toLongLong();
    return -1;
}

// A 3000 × 3000 RGB GeoTIFF (27 MB, 256-pixel tiles, no compression, no overviews) in SWEREF 99 TM
// at 1 m per pixel from (600 000, 6 553 000): red in the west half, blue in the east half.
QString writeRaster(const QString &path)
{
    GDALAllRegister();
    const int n = 3000;
    char **options = nullptr;
    options = CSLSetNameValue(options, "TILED", "YES");
    GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GTiff"), path.toUtf8().constData(), n, n, 3, GDT_Byte, options);
    CSLDestroy(options);
    REQUIRE(ds);
    double transform[6] = {600000.0, 1.0, 0.0, 6553000.0, 0.0, -1.0};
    GDALSetGeoTransform(ds, transform);
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(srs, 3006);
    char *wkt = nullptr;
    OSRExportToWkt(srs, &wkt);
    GDALSetProjection(ds, wkt);
    CPLFree(wkt);
    OSRDestroySpatialReference(srs);
    std::vector<unsigned char> row(n);
    bool written = true;
    for (int band = 1; band <= 3; ++band)
        for (int y = 0; y < n; ++y) {
            for (int x = 0; x < n; ++x)
                row[size_t(x)] = band == 1 ? (x < n / 2 ? 255 : 0) : band == 3 ? (x < n / 2 ? 0 : 255) : 0;
            written = written && GDALRasterIO(GDALGetRasterBand(ds, band), GF_Write, 0, y, n, 1, row.data(), n, 1,
                                              GDT_Byte, 0, 0) == CE_None;
        }
    REQUIRE(written);
    GDALClose(ds);
    return path;
}

} // namespace

TEST_CASE("panning over a raster background map does not read the same blocks again", "[io][basemap][cache]")
{
    if (bytesRead() < 0) {
        WARN("this system does not count the bytes a process reads");
        return;
    }
    QTemporaryDir dir;
    const QString tif = writeRaster(dir.filePath(QStringLiteral("ortho.tif")));
    auto map = io::RasterBaseMap::open(tif, 3006);
    REQUIRE(map.ok());
    CHECK((*map)->extent().minX == Approx(600000.0));
    CHECK((*map)->extent().maxY == Approx(6553000.0));

    // A 1 km view at full resolution, in the west (red) part.
    const Extent west{600500, 6551000, 601500, 6552000};
    const QSize size(1000, 1000);
    Feedback feedback;
    const qint64 before = bytesRead();
    auto first = (*map)->image(west, size, feedback);
    REQUIRE(first.ok());
    const qint64 firstRead = bytesRead() - before;
    // 1000 × 1000 pixels of three bands lie in at least 3 MB of the file.
    CHECK(firstRead > 3'000'000);
    CHECK(first->pixelColor(500, 500) == QColor(255, 0, 0));

    // The same view again, and panned back to it after a view elsewhere: from the block cache.
    qint64 mark = bytesRead();
    REQUIRE((*map)->image(west, size, feedback).ok());
    CHECK(bytesRead() - mark < firstRead / 20);

    // A view over the east half reads its own blocks, and the colours are where they lie.
    const Extent east{602000, 6551000, 603000, 6552000};
    mark = bytesRead();
    auto other = (*map)->image(east, size, feedback);
    REQUIRE(other.ok());
    CHECK(bytesRead() - mark > 3'000'000);
    CHECK(other->pixelColor(500, 500) == QColor(0, 0, 255));
    // The boundary at x = 601 500 in a view from 601 000: column 500.
    const Extent across{601000, 6551000, 602000, 6552000};
    auto edge = (*map)->image(across, size, feedback);
    REQUIRE(edge.ok());
    CHECK(edge->pixelColor(495, 500) == QColor(255, 0, 0));
    CHECK(edge->pixelColor(505, 500) == QColor(0, 0, 255));

    mark = bytesRead();
    REQUIRE((*map)->image(west, size, feedback).ok());
    CHECK(bytesRead() - mark < firstRead / 20);
}
