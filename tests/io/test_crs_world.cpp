// Coordinates outside Sweden: columns named longitude and latitude are WGS 84 anywhere in the
// world, projected values are matched against the store's own CRS, and a plain table is analysed
// in its own CRS rather than reprojected into SWEREF 99 TM.
//
// Expected positions from cs2cs: `echo "53.4808 -2.2426" | cs2cs EPSG:4326 EPSG:27700` gives
// 383997.43 398258.32 (central Manchester in the British National Grid).

#include "import_test_support.h"
#include "io/crs_guess.h"
#include "support/test_support.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace lb;
using namespace lb::io;
using namespace lb::test;

namespace {

std::unique_ptr<store::Store> britishStore(const QTemporaryDir &dir)
{
    store::StoreOptions options;
    options.epsg = 27700;
    auto s = store::Store::create(dir.filePath(QStringLiteral("manchester.gpkg")), options);
    REQUIRE(s.ok());
    return std::move(*s);
}

// The first row of the file as the importer would store it.
QMap<QString, QString> firstStored(store::Store &store, const QString &path, FieldMapping m, QString *crs)
{
    auto imp = Importer::create(store, path, m);
    INFO((imp ? QString() : imp.errorMessage()).toStdString());
    REQUIRE(imp.ok());
    *crs = (*imp)->crsExplanation();
    auto rows = (*imp)->preview(1);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    INFO(rows->front().detail.toStdString());
    REQUIRE(rows->front().status == PreviewRow::Status::Accepted);
    return rows->front().stored;
}

FieldMapping incidents(const QString &x, const QString &y)
{
    FieldMapping m;
    m.kind = ImportKind::Incidents;
    m.columns = {{QStringLiteral("x"), x},
                 {QStringLiteral("y"), y},
                 {QStringLiteral("time"), QStringLiteral("Month")},
                 {QStringLiteral("category"), QStringLiteral("Crime type")}};
    return m;
}

} // namespace

TEST_CASE("Longitude and Latitude columns are WGS 84 outside Sweden too", "[io][crs][world]")
{
    QTemporaryDir dir;
    auto store = britishStore(dir);
    const QString path = writeFile(dir, QStringLiteral("street.csv"),
                                   "Month,Longitude,Latitude,Crime type\n"
                                   "2024-01,-2.2426,53.4808,Burglary and theft\n");
    QString crs;
    const auto stored =
        firstStored(*store, path, incidents(QStringLiteral("Longitude"), QStringLiteral("Latitude")), &crs);
    CHECK(crs.contains(QStringLiteral("EPSG:4326")));
    const QStringList xy = stored.value(QStringLiteral("geom")).split(QLatin1Char(' '));
    REQUIRE(xy.size() == 2);
    CHECK(xy[0].toDouble() == Approx(383997.43).margin(0.5));
    CHECK(xy[1].toDouble() == Approx(398258.32).margin(0.5));

    // The names decide: the same values in columns called a and b are not taken for degrees.
    const std::vector<PointXY> pts{{-2.2426, 53.4808}};
    CHECK(guessCrs(pts, CrsHints{std::nullopt, 0, true}).epsg == 4326);
    CHECK(guessCrs(pts, CrsHints{std::nullopt, 0, false}).epsg == 0);
}

TEST_CASE("projected values are matched against the store's CRS", "[io][crs][world]")
{
    QTemporaryDir dir;
    auto store = britishStore(dir);
    const QString path = writeFile(dir, QStringLiteral("easting.csv"),
                                   "Month,Easting,Northing,Crime type\n"
                                   "2024-01,383997.43,398258.32,Burglary and theft\n");
    QString crs;
    const auto stored =
        firstStored(*store, path, incidents(QStringLiteral("Easting"), QStringLiteral("Northing")), &crs);
    CHECK(crs.contains(QStringLiteral("EPSG:27700")));
    CHECK(stored.value(QStringLiteral("geom")) == QStringLiteral("383997.43 398258.32"));
}

TEST_CASE("a plain table is analysed in its own CRS, not SWEREF 99 TM", "[io][crs][world][cli]")
{
    if (!haveProgram(QStringLiteral("ogrinfo")))
        return;
    QTemporaryDir dir;
    // Six points in the British National Grid, with a value each.
    QByteArray geojson =
        R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::27700"}},"features":[)";
    for (int i = 0; i < 6; ++i) {
        if (i)
            geojson += ',';
        geojson += QStringLiteral(
                       R"({"type":"Feature","properties":{"v":%1},"geometry":{"type":"Point","coordinates":[%2,%3]}})")
                       .arg(i * i)
                       .arg(383000 + 500 * i)
                       .arg(398000 + 300 * (i % 3))
                       .toUtf8();
    }
    geojson += "]}";
    const QString table = writeFile(dir, QStringLiteral("bng.geojson"), geojson);
    const QString out = dir.filePath(QStringLiteral("lisa.gpkg"));
    QString stdOut, stdErr;
    const int rc = runCli({QStringLiteral("analyse"), QStringLiteral("lisa"), QStringLiteral("--table"), table,
                           QStringLiteral("--value"), QStringLiteral("v"), QStringLiteral("--knn"), QStringLiteral("2"),
                           QStringLiteral("--out"), out},
                          &stdOut, &stdErr);
    INFO(stdOut.toStdString() << stdErr.toStdString());
    REQUIRE(rc == 0);
    CHECK(stdOut.contains(QStringLiteral("its own CRS, EPSG:27700")));
    QString info;
    REQUIRE(runProgram(QStringLiteral("ogrinfo"), {QStringLiteral("-so"), out, QStringLiteral("results")}, &info) == 0);
    CHECK(info.contains(QStringLiteral("27700")));
    CHECK_FALSE(info.contains(QStringLiteral("3006")));
    CHECK(info.contains(QStringLiteral("383000")));
}
