// One fixture per format and per CSV dialect, each with the same three incidents in central
// Stockholm. The first is the published reference point (59.3293 N, 18.0686 E), whose SWEREF 99
// TM position is known from cs2cs, so every format is also checked for correct reprojection.
// The old Excel format (.xls), which nothing here can write on the fly, comes from tests/data.

#include "import_test_support.h"
#include "io/importer.h"
#include "io/probe.h"
#include "support/test_support.h"

#include <QDateTime>
#include <QTimeZone>

#include <catch2/catch.hpp>

#include <map>

using namespace lb;
using namespace lb::io;
using namespace lb::test;

namespace {

const QString kDescription = QStringLiteral("Klotter på gården vid Åsögatan, Älvsjö");

FieldMapping csvMapping()
{
    FieldMapping m;
    m.kind = ImportKind::Incidents;
    m.columns = {{QStringLiteral("ref"), QStringLiteral("id")},
                 {QStringLiteral("time"), QStringLiteral("datum")},
                 {QStringLiteral("category"), QStringLiteral("kategori")},
                 {QStringLiteral("description"), QStringLiteral("beskrivning")},
                 {QStringLiteral("x"), QStringLiteral("lon")},
                 {QStringLiteral("y"), QStringLiteral("lat")}};
    return m;
}

// Imports and checks the three incidents.
void importAndCheck(const QString &path, const FieldMapping &mapping)
{
    QTemporaryDir dir;
    auto store = makeStore(dir);
    auto imp = Importer::create(*store, path, mapping);
    INFO(path.toStdString() << ": " << imp.errorMessage().toStdString());
    REQUIRE(imp.ok());
    Feedback fb;
    auto summary = (*imp)->run(fb);
    REQUIRE(summary.ok());
    CHECK(summary->rowsRead == 3);
    CHECK(summary->accepted == 3);
    CHECK(summary->rejected == 0);
    auto incidents = store->incidents();
    REQUIRE(incidents.ok());
    REQUIRE(incidents->size() == 3);
    const Incident *first = nullptr;
    for (const Incident &i : *incidents)
        if (i.sourceRef == QLatin1String("A1") || i.description == kDescription)
            first = &i;
    REQUIRE(first);
    CHECK(first->position.x == Approx(kRefE).margin(0.05));
    CHECK(first->position.y == Approx(kRefN).margin(0.05));
    CHECK(first->description == kDescription);
    CHECK(first->category == QLatin1String("klotter"));
}

QByteArray csvRows(char sep, bool decimalComma)
{
    const auto num = [&](const char *v) {
        QByteArray b(v);
        if (decimalComma)
            b.replace('.', ',');
        return b;
    };
    QByteArray out =
        QByteArray("id") + sep + "datum" + sep + "kategori" + sep + "lat" + sep + "lon" + sep + "beskrivning\n";
    out += QByteArray("A1") + sep + "2023-03-29 14:05" + sep + "Klotter" + sep + num("59.3293") + sep + num("18.0686") +
           sep + "\"" + kDescription.toUtf8() + "\"\n";
    out += QByteArray("A2") + sep + "29/3/2023" + sep + "Skadegörelse" + sep + num("59.33") + sep + num("18.07") + sep +
           "x\n";
    out +=
        QByteArray("A3") + sep + "mars 2023" + sep + "klotter" + sep + num("59.34") + sep + num("18.05") + sep + "y\n";
    return out;
}

} // namespace

TEST_CASE("CSV dialects", "[io][import][csv]")
{
    QTemporaryDir dir;
    SECTION("comma separated, decimal point, UTF-8")
    {
        importAndCheck(writeFile(dir, QStringLiteral("comma.csv"), csvRows(',', false)), csvMapping());
    }
    SECTION("semicolon separated, decimal comma, UTF-8 with byte order mark")
    {
        importAndCheck(writeFile(dir, QStringLiteral("semi.csv"), "\xEF\xBB\xBF" + csvRows(';', true)), csvMapping());
    }
    SECTION("tab separated")
    {
        importAndCheck(writeFile(dir, QStringLiteral("tab.tsv"), csvRows('\t', false)), csvMapping());
    }
    SECTION("Windows-1252 from Excel on a Swedish Windows")
    {
        QByteArray bytes = csvRows(';', true);
        bytes = QString::fromUtf8(bytes).toLatin1(); // å ä ö Å Ä Ö are the same bytes in Windows-1252
        REQUIRE(bytes.contains("\xE5"));
        importAndCheck(writeFile(dir, QStringLiteral("excel.csv"), bytes), csvMapping());
    }
    SECTION("quoted fields with separators and newlines")
    {
        QByteArray bytes = csvRows(',', false);
        bytes.replace(QByteArray("\"" + kDescription.toUtf8() + "\""), QByteArray("\"Rad ett,\nrad två\""));
        QTemporaryDir d2;
        auto store = makeStore(d2);
        auto imp = Importer::create(*store, writeFile(dir, QStringLiteral("quoted.csv"), bytes), csvMapping());
        REQUIRE(imp.ok());
        Feedback fb;
        auto summary = (*imp)->run(fb);
        REQUIRE(summary.ok());
        CHECK(summary->accepted == 3);
        auto rows = store->incidents();
        REQUIRE(rows.ok());
        bool found = false;
        for (const Incident &i : *rows)
            found = found || i.description == QStringLiteral("Rad ett,\nrad två");
        CHECK(found);
    }
}

TEST_CASE("GIS formats written by ogr2ogr", "[io][import][formats]")
{
    REQUIRE(haveProgram(QStringLiteral("ogr2ogr")));
    QTemporaryDir dir;
    const QByteArray geojson = QByteArray(R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"id":"A1","datum":"2023-03-29 14:05","kategori":"Klotter","beskrivning":")") +
                               kDescription.toUtf8() +
                               R"("},"geometry":{"type":"Point","coordinates":[18.0686,59.3293]}},
{"type":"Feature","properties":{"id":"A2","datum":"2023-03-29","kategori":"Skadegörelse","beskrivning":"x"},"geometry":{"type":"Point","coordinates":[18.07,59.33]}},
{"type":"Feature","properties":{"id":"A3","datum":"2023-03","kategori":"klotter","beskrivning":"y"},"geometry":{"type":"Point","coordinates":[18.05,59.34]}}]})";
    const QString src = writeFile(dir, QStringLiteral("incidents.geojson"), geojson);
    FieldMapping m = csvMapping();
    m.columns.remove(QStringLiteral("x"));
    m.columns.remove(QStringLiteral("y"));

    SECTION("GeoJSON")
    {
        importAndCheck(src, m);
    }
    SECTION("GeoPackage in SWEREF 99 TM")
    {
        const QString out = dir.filePath(QStringLiteral("i.gpkg"));
        REQUIRE(ogr2ogr({QStringLiteral("-f"), QStringLiteral("GPKG"), QStringLiteral("-t_srs"),
                         QStringLiteral("EPSG:3006"), out, src}));
        importAndCheck(out, m);
    }
    SECTION("shapefile in RT 90, plain and zipped")
    {
        m.columns.insert(QStringLiteral("description"), QStringLiteral("beskrivnin")); // dBase keeps 10 characters
        const QString out = dir.filePath(QStringLiteral("i.shp"));
        REQUIRE(
            ogr2ogr({QStringLiteral("-f"), QStringLiteral("ESRI Shapefile"), QStringLiteral("-t_srs"),
                     QStringLiteral("EPSG:3021"), QStringLiteral("-lco"), QStringLiteral("ENCODING=UTF-8"), out, src}));
        importAndCheck(out, m);
        const QString zipped = dir.filePath(QStringLiteral("i.shp.zip"));
        REQUIRE(ogr2ogr({QStringLiteral("-f"), QStringLiteral("ESRI Shapefile"), QStringLiteral("-t_srs"),
                         QStringLiteral("EPSG:3021"), QStringLiteral("-lco"), QStringLiteral("ENCODING=UTF-8"), zipped,
                         src}));
        importAndCheck(zipped, m);
        const QString plainZip = dir.filePath(QStringLiteral("from_gis_department.zip"));
        REQUIRE(QFile::copy(zipped, plainZip));
        importAndCheck(plainZip, m);
    }
    SECTION("FlatGeobuf")
    {
        const QString out = dir.filePath(QStringLiteral("i.fgb"));
        REQUIRE(ogr2ogr({QStringLiteral("-f"), QStringLiteral("FlatGeobuf"), out, src}));
        importAndCheck(out, m);
    }
    SECTION("KML and KMZ as from Google My Maps")
    {
        const QString kml = dir.filePath(QStringLiteral("i.kml"));
        REQUIRE(ogr2ogr({QStringLiteral("-f"), QStringLiteral("LIBKML"), kml, src}));
        importAndCheck(kml, m);
        const QString kmz = dir.filePath(QStringLiteral("i.kmz"));
        REQUIRE(ogr2ogr({QStringLiteral("-f"), QStringLiteral("LIBKML"), kmz, src}));
        importAndCheck(kmz, m);
    }
    SECTION("GPX waypoints from a phone")
    {
        const QByteArray gpx = QByteArray(R"(<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
<wpt lat="59.3293" lon="18.0686"><time>2023-03-29T12:05:00Z</time><name>A1</name><desc>)") +
                               kDescription.toUtf8() +
                               R"(</desc><type>Klotter</type></wpt>
<wpt lat="59.33" lon="18.07"><time>2023-03-29T12:00:00Z</time><name>A2</name><desc>x</desc><type>Skadegörelse</type></wpt>
<wpt lat="59.34" lon="18.05"><time>2023-03-29T12:10:00Z</time><name>A3</name><desc>y</desc><type>klotter</type></wpt>
</gpx>)";
        FieldMapping g;
        g.kind = ImportKind::Incidents;
        g.layer = QStringLiteral("waypoints");
        g.columns = {{QStringLiteral("ref"), QStringLiteral("name")},
                     {QStringLiteral("time"), QStringLiteral("time")},
                     {QStringLiteral("category"), QStringLiteral("type")},
                     {QStringLiteral("description"), QStringLiteral("desc")}};
        importAndCheck(writeFile(dir, QStringLiteral("walk.gpx"), gpx), g);
    }
    SECTION("Excel and OpenDocument spreadsheets")
    {
        const QString csv = writeFile(dir, QStringLiteral("sheet.csv"), csvRows(',', false));
        for (const char *fmt : {"XLSX", "ODS"}) {
            const QString out = dir.filePath(QStringLiteral("sheet.") + QString::fromLatin1(fmt).toLower());
            REQUIRE(ogr2ogr({QStringLiteral("-f"), QString::fromLatin1(fmt), out, csv}));
            INFO(fmt);
            importAndCheck(out, csvMapping());
        }
    }
}

TEST_CASE("an Excel 97-2003 workbook (.xls) is probed and imported with its dates and Swedish text",
          "[io][import][formats][xls]")
{
    // tests/data/incidents.xls is written by tests/data/make_incidents_xls.py: real date cells,
    // numeric coordinates and å, ä and ö in the values, the sheet name and a column name.
    const QString path = dataPath(QStringLiteral("incidents.xls"));
    auto probe = probeFile(path);
    INFO(probe.errorMessage().toStdString());
    REQUIRE(probe.ok());
    CHECK(probe->driver == QLatin1String("XLS"));
    REQUIRE(probe->layers.size() == 1);
    const ProbeLayer &layer = probe->layers.front();
    CHECK(layer.name == QStringLiteral("Händelser"));
    QStringList names;
    for (const ProbeField &f : layer.fields)
        names << f.name;
    CHECK(names == QStringList{QStringLiteral("id"), QStringLiteral("datum"), QStringLiteral("kategori"),
                               QStringLiteral("lat"), QStringLiteral("lon"), QStringLiteral("område"),
                               QStringLiteral("beskrivning")});
    REQUIRE(layer.fields.size() == 7);
    CHECK(layer.fields[5].samples ==
          QStringList{QStringLiteral("Södermalm"), QStringLiteral("Östermalm"), QStringLiteral("Årsta")});
    CHECK(layer.coordinates.x == QLatin1String("lon"));
    CHECK(layer.coordinates.y == QLatin1String("lat"));
    CHECK(layer.crs.epsg == 4326);

    QTemporaryDir dir;
    auto store = makeStore(dir);
    auto imp = Importer::create(*store, path, csvMapping());
    INFO(imp.errorMessage().toStdString());
    REQUIRE(imp.ok());
    Feedback fb;
    auto summary = (*imp)->run(fb);
    REQUIRE(summary.ok());
    CHECK(summary->rowsRead == 3);
    CHECK(summary->accepted == 3);
    CHECK(summary->rejected == 0);
    auto incidents = store->incidents();
    REQUIRE(incidents.ok());
    REQUIRE(incidents->size() == 3);
    std::map<QString, Incident> byRef;
    for (const Incident &i : *incidents)
        byRef[i.sourceRef] = i;
    REQUIRE(byRef.size() == 3);
    // The sheet holds Swedish local time: CEST (UTC+2) from 26 March 2023, CET (UTC+1) before.
    const auto utc = [](int y, int mo, int d, int h, int mi) {
        return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc()).toSecsSinceEpoch();
    };
    const Incident &a1 = byRef[QStringLiteral("A1")];
    CHECK(a1.occurredAt == utc(2023, 3, 29, 12, 5));
    CHECK(a1.timePrecision == TimePrecision::Exact);
    CHECK(a1.category == QLatin1String("klotter"));
    CHECK(a1.description == QStringLiteral("Klotter på gården vid Åsögatan, Älvsjö"));
    CHECK(a1.position.x == Approx(kRefE).margin(0.05));
    CHECK(a1.position.y == Approx(kRefN).margin(0.05));
    const Incident &a2 = byRef[QStringLiteral("A2")];
    CHECK(a2.occurredAt == utc(2023, 3, 30, 21, 45));
    CHECK(a2.category == QLatin1String("skadegorelse"));
    CHECK(a2.description == QStringLiteral("Krossad ruta i busskuret vid Ölandsgatan"));
    const Incident &a3 = byRef[QStringLiteral("A3")];
    CHECK(a3.occurredAt == utc(2023, 1, 15, 7, 0));
    CHECK(a3.category == QLatin1String("klotter"));
    CHECK(a3.description == QStringLiteral("Målat på väggen, ärende öppnat"));
}

TEST_CASE("an unsupported file gets a clear error", "[io][import][formats]")
{
    QTemporaryDir dir;
    auto store = makeStore(dir);
    const QString path = writeFile(dir, QStringLiteral("notes.txt"), "Det här är inte en tabell.\n");
    auto imp = Importer::create(*store, path, csvMapping());
    REQUIRE_FALSE(imp.ok());
    CHECK(imp.errorMessage().contains(QStringLiteral("not a supported format")));
    auto missing = Importer::create(*store, dir.filePath(QStringLiteral("missing.csv")), csvMapping());
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.errorMessage().contains(QStringLiteral("does not exist")));
}
