// Broken and hostile source files: a quote that is never closed, a line far too long, NUL
// bytes, coordinates of 1e308 or inf, polygons that cross themselves or stay open, and a zipped
// file whose progress must be measured against what is inside the archive.

#include "import_test_support.h"
#include "io/importer.h"
#include "store/import_catalog.h"
#include "support/catch_qt.h"
#include "support/test_support.h"

#include <QRegularExpression>

#include <cmath>
#include <map>

#include <catch2/catch.hpp>

using namespace lb;
using namespace lb::io;
using namespace lb::test;

namespace {

FieldMapping incidentMapping()
{
    FieldMapping m;
    m.kind = ImportKind::Incidents;
    m.columns = {{QStringLiteral("ref"), QStringLiteral("id")},
                 {QStringLiteral("time"), QStringLiteral("datum")},
                 {QStringLiteral("category"), QStringLiteral("kategori")},
                 {QStringLiteral("description"), QStringLiteral("text")},
                 {QStringLiteral("x"), QStringLiteral("lon")},
                 {QStringLiteral("y"), QStringLiteral("lat")}};
    m.sourceEpsg = 4326;
    return m;
}

// Row i of an incident file inside the test municipality; every 50th row has a quoted text.
QByteArray incidentRow(int i)
{
    const QByteArray text = i % 50 == 0 ? QByteArray("\"Klotter; på vägg\"") : QByteArray("Klotter på vägg");
    return "W" + QByteArray::number(i) + ";2023-03-29 14:05;Klotter;" + text + ";59,3293;18,0686\n";
}

const QByteArray kHeader = "id;datum;kategori;text;lat;lon\n";

} // namespace

TEST_CASE("a quote that is never closed rejects its row and the rest of the file is read", "[io][import][hostile][csv]")
{
    QTemporaryDir dir;
    auto store = makeStore(dir);
    QByteArray csv = kHeader;
    for (int i = 1; i <= 10000; ++i)
        csv +=
            i == 101 ? QByteArray("W101;\"2023-03-29 14:05;Klotter;Klotter på vägg;59,3293;18,0686\n") : incidentRow(i);
    const QString path = writeFile(dir, QStringLiteral("oavslutat.csv"), csv);
    auto s = runImport(*store, path, incidentMapping());
    REQUIRE(s.ok());
    CHECK(s->rowsRead == 10000);
    CHECK(s->accepted == 9999);
    CHECK(s->rejected == 1);
    CHECK(rejectedFor(*s, RejectReason::BadRow) == 1);
    const auto rejects = rejectsOf(*store, s->batchId);
    REQUIRE(rejects.size() == 1);
    CHECK(rejects[0].rowNumber == 101);
    CHECK(rejects[0].reasonCode == QStringLiteral("bad_row"));
    CHECK(rejects[0].reason.contains(QStringLiteral("quote")));
    CHECK(countRows(*store, QStringLiteral("incidents"), QStringLiteral("source_ref = 'W102'")) == 1);
    CHECK(countRows(*store, QStringLiteral("incidents"), QStringLiteral("source_ref = 'W10000'")) == 1);
}

TEST_CASE("a quoted value over several lines is still one value", "[io][import][hostile][csv]")
{
    QTemporaryDir dir;
    auto store = makeStore(dir);
    // Row 2's text holds a line break and a separator; row 4 opens a quote that never closes
    // before the end of the file, which must not take row 3 with it.
    const QByteArray csv = kHeader + incidentRow(1) +
                           "W2;2023-03-29 14:05;Klotter;\"Rad ett;\nrad två\";59,3293;18,0686\n" + incidentRow(3) +
                           "W4;2023-03-29 14:05;Klotter;\"aldrig stängd;59,3293;18,0686\n" + incidentRow(5);
    const QString path = writeFile(dir, QStringLiteral("flerrad.csv"), csv);
    auto s = runImport(*store, path, incidentMapping());
    REQUIRE(s.ok());
    CHECK(s->rowsRead == 5);
    CHECK(s->accepted == 4);
    const auto rejects = rejectsOf(*store, s->batchId);
    REQUIRE(rejects.size() == 1);
    CHECK(rejects[0].rowNumber == 4);
    auto incidents = store->incidents();
    REQUIRE(incidents.ok());
    bool found = false;
    for (const Incident &i : *incidents)
        if (i.sourceRef == QStringLiteral("W2")) {
            found = true;
            CHECK(i.description == QStringLiteral("Rad ett;\nrad två"));
        }
    CHECK(found);
}

TEST_CASE("a line longer than the limit is refused with its row and the limit", "[io][import][hostile][csv]")
{
    QTemporaryDir dir;
    auto store = makeStore(dir);
    // 5 MiB in one text value: past the 4 MiB (4,194,304 byte) limit on a row.
    const QByteArray huge = "W2;2023-03-29 14:05;Klotter;" + QByteArray(5 << 20, 'x') + ";59,3293;18,0686\n";
    const QString path = writeFile(dir, QStringLiteral("lang.csv"), kHeader + incidentRow(1) + huge + incidentRow(3));
    QString out, err;
    REQUIRE(runCli({QStringLiteral("probe"), path}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("Row 2 ")));
    CHECK(out.contains(QStringLiteral("4194304 bytes")));

    auto s = runImport(*store, path, incidentMapping());
    REQUIRE(s.ok());
    CHECK(s->rowsRead == 3);
    CHECK(s->accepted == 2);
    const auto rejects = rejectsOf(*store, s->batchId);
    REQUIRE(rejects.size() == 1);
    CHECK(rejects[0].rowNumber == 2);
    CHECK(rejects[0].reasonCode == QStringLiteral("bad_row"));
    CHECK(rejects[0].reason.contains(QStringLiteral("4194304")));
}

TEST_CASE("a NUL byte in a value rejects the row", "[io][import][hostile][csv]")
{
    QTemporaryDir dir;
    auto store = makeStore(dir);
    const QByteArray nul = QByteArray("W2;2023-03-29 14:05;Klot") + '\0' + QByteArray("ter;x;59,3293;18,0686\n");
    const QString path = writeFile(dir, QStringLiteral("nul.csv"), kHeader + incidentRow(1) + nul + incidentRow(3));
    auto s = runImport(*store, path, incidentMapping());
    REQUIRE(s.ok());
    CHECK(s->accepted == 2);
    const auto rejects = rejectsOf(*store, s->batchId);
    REQUIRE(rejects.size() == 1);
    CHECK(rejects[0].rowNumber == 2);
    CHECK(rejects[0].reason.contains(QStringLiteral("NUL")));
}

TEST_CASE("coordinates that are not finite or lie far away are rejected even with keep-outside",
          "[io][import][hostile]")
{
    QTemporaryDir dir;
    auto store = makeStore(dir);
    // In the store's own CRS (SWEREF 99 TM), so no transformation hides anything. The area of use
    // of EPSG:3006 reaches about 7.7 million m north; 8.0 million is within the 1000 km that
    // --keep-outside keeps, 9.8 million is not.
    const QByteArray csv = "id;datum;kategori;x;y\n"
                           "K1;2023-03-29;Klotter;674571,87;6580743,01\n"
                           "K2;2023-03-29;Klotter;1e308;6580743\n"
                           "K3;2023-03-29;Klotter;inf;6580743\n"
                           "K4;2023-03-29;Klotter;674571;nan\n"
                           "K5;2023-03-29;Klotter;674571;9800000\n"
                           "K6;2023-03-29;Klotter;674571;8000000\n";
    const QString path = writeFile(dir, QStringLiteral("koordinater.csv"), csv);
    FieldMapping m;
    m.kind = ImportKind::Incidents;
    m.columns = {{QStringLiteral("ref"), QStringLiteral("id")},
                 {QStringLiteral("time"), QStringLiteral("datum")},
                 {QStringLiteral("category"), QStringLiteral("kategori")},
                 {QStringLiteral("x"), QStringLiteral("x")},
                 {QStringLiteral("y"), QStringLiteral("y")}};
    m.sourceEpsg = 3006;
    m.keepOutside = true;
    auto s = runImport(*store, path, m);
    REQUIRE(s.ok());
    CHECK(s->accepted == 2);
    CHECK(rejectedFor(*s, RejectReason::BadCoordinates) == 2);
    CHECK(rejectedFor(*s, RejectReason::OutsideCrsArea) == 2);
    CHECK(countRows(*store, QStringLiteral("incidents"), QStringLiteral("source_ref IN ('K1', 'K6')")) == 2);
    auto layers = store->layers();
    REQUIRE(layers.ok());
    for (const store::LayerInfo &l : *layers)
        if (l.table == QStringLiteral("incidents")) {
            CHECK(std::isfinite(l.extent.maxX));
            CHECK(l.extent.maxX < 1e7);
        }
}

TEST_CASE("invalid polygons are rejected with the reason, or repaired when asked", "[io][import][hostile][geometry]")
{
    QTemporaryDir dir;
    auto store = makeStore(dir);
    // Kilometre squares in SWEREF 99 TM inside the test municipality: a valid one, a bow tie
    // whose edges cross at its centre, and one whose ring is not closed.
    const QByteArray geojson = R"({"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {"namn": "Hel"}, "geometry": {"type": "Polygon", "coordinates":
  [[[670000, 6575000], [671000, 6575000], [671000, 6576000], [670000, 6576000], [670000, 6575000]]]}},
{"type": "Feature", "properties": {"namn": "Fluga"}, "geometry": {"type": "Polygon", "coordinates":
  [[[672000, 6575000], [673000, 6576000], [673000, 6575000], [672000, 6576000], [672000, 6575000]]]}},
{"type": "Feature", "properties": {"namn": "Öppen"}, "geometry": {"type": "Polygon", "coordinates":
  [[[674000, 6575000], [675000, 6575000], [675000, 6576000], [674000, 6576000]]]}}
]})";
    const QString path = writeFile(dir, QStringLiteral("omraden.geojson"), geojson);
    QString out, err;
    REQUIRE(runCli({QStringLiteral("probe"), path}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("2 of the first 3 polygons are invalid")));

    FieldMapping m;
    m.kind = ImportKind::Areas;
    m.columns = {{QStringLiteral("name"), QStringLiteral("namn")}};
    m.sourceEpsg = 3006;
    auto s = runImport(*store, path, m);
    REQUIRE(s.ok());
    CHECK(s->accepted == 1);
    CHECK(rejectedFor(*s, RejectReason::InvalidGeometry) == 2);
    const auto rejects = rejectsOf(*store, s->batchId);
    REQUIRE(rejects.size() == 2);
    CHECK(rejects[0].rowNumber == 2);
    CHECK(rejects[0].reason.contains(QStringLiteral("Self-intersection")));
    CHECK(rejects[1].rowNumber == 3);
    CHECK(rejects[1].reason.contains(QStringLiteral("not closed")));

    m.repairGeometry = true;
    s = runImport(*store, path, m);
    REQUIRE(s.ok());
    CHECK(s->accepted == 2);
    CHECK(s->repairedGeometries == 2);
    CHECK(s->rejected == 0);
    auto areas = store->areas(QStringLiteral("district"));
    REQUIRE(areas.ok());
    std::map<QString, double> areaOf;
    for (const Area &a : *areas)
        areaOf[a.name] = lb::area(a.geometry);
    // The bow tie becomes its two triangles, each 1000 m × 500 m / 2; the open square is closed.
    CHECK(areaOf[QStringLiteral("Fluga")] == Approx(500000.0));
    CHECK(areaOf[QStringLiteral("Öppen")] == Approx(1000000.0));
    CHECK(areaOf[QStringLiteral("Hel")] == Approx(1000000.0));
}

TEST_CASE("the progress of a zipped import follows the rows inside the archive", "[io][import][hostile][zip]")
{
    QTemporaryDir dir;
    QString out, err;
    const QString storePath = dir.filePath(QStringLiteral("s.gpkg"));
    makeStore(dir);
    // 20,000 nearly identical rows compress to a few per cent of their size.
    QByteArray csv = kHeader;
    for (int i = 1; i <= 20000; ++i)
        csv += incidentRow(i);
    writeFile(dir, QStringLiteral("rader.csv"), csv);
    REQUIRE(runProgram(QStringLiteral("/usr/bin/python3"),
                       {QStringLiteral("-c"),
                        QStringLiteral("import sys, zipfile; zipfile.ZipFile(sys.argv[1], 'w', "
                                       "zipfile.ZIP_DEFLATED).write(sys.argv[2], 'rader.csv')"),
                        dir.filePath(QStringLiteral("rader.zip")), dir.filePath(QStringLiteral("rader.csv"))}) == 0);
    REQUIRE(runCli({QStringLiteral("import"), dir.filePath(QStringLiteral("rader.zip")), QStringLiteral("--store"),
                    storePath, QStringLiteral("--kind"), QStringLiteral("incidents"), QStringLiteral("--map"),
                    QStringLiteral("ref=id"), QStringLiteral("--map"), QStringLiteral("time=datum"),
                    QStringLiteral("--map"), QStringLiteral("category=kategori"), QStringLiteral("--crs"),
                    QStringLiteral("EPSG:4326"), QStringLiteral("--progress")},
                   &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("Accepted: 20000")));
    // Progress lines read "P % N rows read, ..."; the first comes after one chunk of 2048 rows,
    // about a tenth of the file.
    QList<double> percents;
    static const QRegularExpression line(QStringLiteral("^(\\d+) % (\\d+) rows read"),
                                         QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(err); it.hasNext();) {
        const auto match = it.next();
        if (match.captured(2).toInt() < 20000)
            percents << match.captured(1).toDouble();
    }
    REQUIRE(percents.size() >= 3);
    CHECK(percents.front() < 30);
    CHECK(percents.back() < 100);
}

TEST_CASE("a file GDAL stops reading fails the import instead of losing the rest", "[io][import][hostile][csv]")
{
    QTemporaryDir dir;
    auto store = makeStore(dir);
    // A WKT column makes GDAL read the rows; its CSV reader refuses lines over 10 MB and then
    // reports the end of the layer, which row 3 would not survive.
    const QByteArray csv = "id,WKT,datum,kategori,text\n"
                           "G1,POINT (18.0686 59.3293),2023-03-29,Klotter,a\n"
                           "G2,POINT (18.0686 59.3293),2023-03-29,Klotter," +
                           QByteArray(11'000'000, 'x') +
                           "\n"
                           "G3,POINT (18.0686 59.3293),2023-03-29,Klotter,c\n";
    const QString path = writeFile(dir, QStringLiteral("wkt.csv"), csv);
    FieldMapping m;
    m.kind = ImportKind::Incidents;
    m.columns = {{QStringLiteral("ref"), QStringLiteral("id")},
                 {QStringLiteral("time"), QStringLiteral("datum")},
                 {QStringLiteral("category"), QStringLiteral("kategori")}};
    m.sourceEpsg = 4326;
    auto s = runImport(*store, path, m);
    REQUIRE_FALSE(s.ok());
    CHECK(s.errorMessage().contains(QStringLiteral("stopped after row 1")));
    CHECK(countRows(*store, QStringLiteral("incidents")) == 0);
}

TEST_CASE("a CSV saved as UTF-16 is refused with what to do", "[io][hostile][csv]")
{
    QTemporaryDir dir;
    const QString text = QStringLiteral("id;datum;kategori\nW1;2023-03-29;Klotter\n");
    QByteArray utf16("\xFF\xFE", 2);
    utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const QString path = writeFile(dir, QStringLiteral("unicode.csv"), utf16);
    QString out, err;
    CHECK(runCli({QStringLiteral("probe"), path}, &out, &err) == 1);
    CHECK(err.contains(QStringLiteral("UTF-16")));
    CHECK(err.contains(QStringLiteral("CSV UTF-8")));
}
