#include "support/base_map_fixture.h"

#include "core/crs.h"
#include "support/sample_store.h"

#include <catch2/catch.hpp>

#include <cpl_conv.h>
#include <gdal.h>
#include <ogr_srs_api.h>

#include <vector>

namespace lb::test {

PointXY centreLonLat()
{
    auto t = CoordinateTransform::create(3006, 4326);
    REQUIRE(t.ok());
    return t->transform(sampleExtent().center());
}

QString writeGeoTiff(const QString &path)
{
    GDALAllRegister();
    const PointXY c = centreLonLat();
    const int w = 200, h = 100;
    GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GTiff"), path.toUtf8().constData(), w, h, 3, GDT_Byte, nullptr);
    REQUIRE(ds);
    double transform[6] = {c.x - 0.02, 0.04 / w, 0.0, c.y + 0.01, 0.0, -0.02 / h};
    GDALSetGeoTransform(ds, transform);
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(srs, 4326);
    char *wkt = nullptr;
    OSRExportToWkt(srs, &wkt);
    GDALSetProjection(ds, wkt);
    CPLFree(wkt);
    OSRDestroySpatialReference(srs);
    std::vector<unsigned char> red(w * h), green(w * h), blue(w * h, 0);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            red[y * w + x] = x < w / 2 ? 255 : 0;
            green[y * w + x] = x < w / 2 ? 0 : 255;
        }
    REQUIRE(GDALRasterIO(GDALGetRasterBand(ds, 1), GF_Write, 0, 0, w, h, red.data(), w, h, GDT_Byte, 0, 0) == CE_None);
    REQUIRE(GDALRasterIO(GDALGetRasterBand(ds, 2), GF_Write, 0, 0, w, h, green.data(), w, h, GDT_Byte, 0, 0) ==
            CE_None);
    REQUIRE(GDALRasterIO(GDALGetRasterBand(ds, 3), GF_Write, 0, 0, w, h, blue.data(), w, h, GDT_Byte, 0, 0) == CE_None);
    GDALClose(ds);
    return path;
}

} // namespace lb::test
