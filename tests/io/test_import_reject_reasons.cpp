// One test per reject reason that needs its own fixture: a position PROJ cannot transform, a row
// the store refuses, a required value left empty, an area the store does not know and a geometry
// of the wrong kind. Each fixture mixes good rows with rows that fail for that reason only, so the
// test can check the count, the rejects table (row number, code, the source values) and that the
// good rows were kept.

#include "import_test_support.h"
#include "io/importer.h"
#include "store/import_catalog.h"
#include "support/catch_qt.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace lb;
using namespace lb::io;
using namespace lb::test;

namespace {

QJsonObject rawValues(const store::ImportReject &r)
{
    return QJsonDocument::fromJson(r.rawValues.toUtf8()).object();
}

QString rawText(const store::ImportReject &r, const char *column)
{
    return rawValues(r).value(QString::fromUtf8(column)).toString();
}

FieldMapping incidentMapping()
{
    FieldMapping m;
    m.kind = ImportKind::Incidents;
    m.columns = {{QStringLiteral("ref"), QStringLiteral("id")},
                 {QStringLiteral("time"), QStringLiteral("datum")},
                 {QStringLiteral("category"), QStringLiteral("kategori")},
                 {QStringLiteral("x"), QStringLiteral("lon")},
                 {QStringLiteral("y"), QStringLiteral("lat")}};
    m.sourceEpsg = 4326;
    return m;
}

FieldMapping answerMapping()
{
    FieldMapping m;
    m.kind = ImportKind::Answers;
    m.columns = {{QStringLiteral("area"), QStringLiteral("område")},
                 {QStringLiteral("indicator"), QStringLiteral("indikator")},
                 {QStringLiteral("share"), QStringLiteral("andel")}};
    m.constants = {{QStringLiteral("survey"), QStringLiteral("Trygghetsmätning")},
                   {QStringLiteral("survey_year"), QStringLiteral("2023")}};
    return m;
}

FieldMapping pinMapping()
{
    FieldMapping m;
    m.kind = ImportKind::Pins;
    m.columns = {{QStringLiteral("x"), QStringLiteral("lon")},
                 {QStringLiteral("y"), QStringLiteral("lat")},
                 {QStringLiteral("survey"), QStringLiteral("enkät")},
                 {QStringLiteral("rating"), QStringLiteral("betyg")},
                 {QStringLiteral("comment"), QStringLiteral("kommentar")}};
    m.constants = {{QStringLiteral("survey_year"), QStringLiteral("2023")}};
    m.sourceEpsg = 4326;
    return m;
}

// A district around the reference point, so answers can name an area besides the municipality.
void addDistrict(store::Store &store, const QString &name)
{
    Area d;
    d.name = name;
    d.kind = QStringLiteral("district");
    d.geometry = {Polygon{
        {LinearRing{{670000, 6575000}, {675000, 6575000}, {675000, 6585000}, {670000, 6585000}, {670000, 6575000}}}}};
    Area areas[] = {d};
    REQUIRE(store.insertAreas(areas).ok());
}

// A trigger stands in for any constraint the store may enforce: it refuses the incidents W2 and W4.
void refuseIncidentsW2AndW4(store::Store &store)
{
    REQUIRE(store.database()
                .exec(QStringLiteral("CREATE TRIGGER test_refuse BEFORE INSERT ON incidents "
                                     "WHEN NEW.source_ref IN ('W2', 'W4') "
                                     "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"))
                .ok());
}

const QByteArray kRefusedIncidentsCsv = "id;datum;kategori;lat;lon\n"
                                        "W1;2023-03-29 14:05;Klotter;59,3293;18,0686\n"
                                        "W2;2023-03-29 14:10;Klotter;59,3310;18,0700\n"
                                        "W3;2023-03-29 14:15;Klotter;59,33;18,07\n"
                                        "W4;2023-03-29 14:20;Klotter;59,3350;18,0600\n"
                                        "W5;2023-03-29 14:25;Klotter;59,34;18,05\n";

QStringList incidentRefs(store::Store &store)
{
    auto rows = store.incidents();
    REQUIRE(rows.ok());
    QStringList refs;
    for (const Incident &i : *rows)
        refs << i.sourceRef;
    refs.sort();
    return refs;
}

} // namespace

TEST_CASE("a latitude beyond the pole is rejected as transform_failed", "[io][import][rejects]")
{
    QTemporaryDir dir;
    auto store = makeStore(dir);
    // Latitudes beyond ±90° have no transverse Mercator position: `echo "91 18" | cs2cs EPSG:4326
    // EPSG:3006` prints "* *". Rows 2 and 4 fail that way; the others lie in the municipality.
    const QString path = writeFile(dir, QStringLiteral("pole.csv"),
                                   "id;datum;kategori;lat;lon\n"
                                   "T1;2023-03-29 14:05;Klotter;59,3293;18,0686\n"
                                   "T2;2023-03-29 14:10;Klotter;91,5;18,0686\n"
                                   "T3;2023-03-29 14:15;Klotter;59,33;18,07\n"
                                   "T4;2023-03-29 14:20;Klotter;-95;18,05\n"
                                   "T5;2023-03-29 14:25;Klotter;59,34;18,05\n");
    auto summary = runImport(*store, path, incidentMapping());
    REQUIRE(summary.ok());
    CHECK(summary->rowsRead == 5);
    CHECK(summary->accepted == 3);
    CHECK(summary->rejected == 2);
    CHECK(rejectedFor(*summary, RejectReason::TransformFailed) == 2);

    const auto rejects = rejectsOf(*store, summary->batchId);
    REQUIRE(rejects.size() == 2);
    CHECK(rejects[0].rowNumber == 2);
    CHECK(rejects[0].reasonCode == QStringLiteral("transform_failed"));
    CHECK(rawText(rejects[0], "id") == QStringLiteral("T2"));
    CHECK(rawText(rejects[0], "lat") == QStringLiteral("91,5"));
    CHECK(rawText(rejects[0], "lon") == QStringLiteral("18,0686"));
    CHECK(rejects[0].reason.contains(QStringLiteral("EPSG:4326")));
    CHECK(rejects[1].rowNumber == 4);
    CHECK(rejects[1].reasonCode == QStringLiteral("transform_failed"));
    CHECK(rawText(rejects[1], "lat") == QStringLiteral("-95"));

    CHECK(incidentRefs(*store) == QStringList{QStringLiteral("T1"), QStringLiteral("T3"), QStringLiteral("T5")});
    CHECK(countRows(*store, QStringLiteral("rtree_incidents_geom")) == 3);
}

TEST_CASE("a polygon with a vertex beyond the pole is rejected as transform_failed", "[io][import][rejects]")
{
    QTemporaryDir dir;
    auto store = makeStore(dir);
    const QString path = writeFile(dir, QStringLiteral("districts.geojson"), R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"namn":"Södermalm"},"geometry":{"type":"Polygon","coordinates":[[[18.03,59.31],[18.11,59.31],[18.11,59.32],[18.03,59.32],[18.03,59.31]]]}},
{"type":"Feature","properties":{"namn":"Polen"},"geometry":{"type":"Polygon","coordinates":[[[18.03,59.31],[18.11,59.31],[18.11,91.0],[18.03,59.32],[18.03,59.31]]]}}]})");
    FieldMapping m;
    m.kind = ImportKind::Areas;
    m.columns = {{QStringLiteral("name"), QStringLiteral("namn")}};
    auto summary = runImport(*store, path, m);
    REQUIRE(summary.ok());
    CHECK(summary->accepted == 1);
    CHECK(summary->rejected == 1);
    CHECK(rejectedFor(*summary, RejectReason::TransformFailed) == 1);
    const auto rejects = rejectsOf(*store, summary->batchId);
    REQUIRE(rejects.size() == 1);
    CHECK(rejects[0].rowNumber == 2);
    CHECK(rejects[0].reasonCode == QStringLiteral("transform_failed"));
    CHECK(rawText(rejects[0], "namn") == QStringLiteral("Polen"));
    CHECK(rawText(rejects[0], "geometry").startsWith(QStringLiteral("POLYGON")));
    auto districts = store->areas(QStringLiteral("district"));
    REQUIRE(districts.ok());
    REQUIRE(districts->size() == 1);
    CHECK(districts->front().name == QStringLiteral("Södermalm"));
}

TEST_CASE("a row the store refuses is rejected as write_failed and the other rows are kept", "[io][import][rejects]")
{
    QTemporaryDir dir;
    auto store = makeStore(dir);

    SECTION("incidents")
    {
        refuseIncidentsW2AndW4(*store);
        const QString path = writeFile(dir, QStringLiteral("refused.csv"), kRefusedIncidentsCsv);
        auto summary = runImport(*store, path, incidentMapping());
        REQUIRE(summary.ok());
        CHECK(summary->rowsRead == 5);
        CHECK(summary->accepted == 3);
        CHECK(summary->rejected == 2);
        CHECK(rejectedFor(*summary, RejectReason::WriteFailed) == 2);

        const auto rejects = rejectsOf(*store, summary->batchId);
        REQUIRE(rejects.size() == 2);
        CHECK(rejects[0].rowNumber == 2);
        CHECK(rejects[0].reasonCode == QStringLiteral("write_failed"));
        CHECK(rejects[0].reason.contains(QStringLiteral("refused by the test")));
        CHECK(rejects[1].rowNumber == 4);
        CHECK(rejects[1].reasonCode == QStringLiteral("write_failed"));
        // The source values of a refused incident: see the hidden test case below.

        CHECK(incidentRefs(*store) == QStringList{QStringLiteral("W1"), QStringLiteral("W3"), QStringLiteral("W5")});
        CHECK(countRows(*store, QStringLiteral("rtree_incidents_geom")) == 3);
        auto batch = store::ImportCatalog(*store).batch(summary->batchId);
        REQUIRE(batch.ok());
        CHECK(batch->rowsAccepted == 3);
        CHECK(batch->rowsRejected == 2);
    }
    SECTION("survey pins")
    {
        REQUIRE(store->database()
                    .exec(QStringLiteral("CREATE TRIGGER test_refuse BEFORE INSERT ON survey_pins "
                                         "WHEN NEW.comment = 'avvisas' "
                                         "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"))
                    .ok());
        const QString path = writeFile(dir, QStringLiteral("pins.csv"),
                                       "enkät,lat,lon,betyg,kommentar\n"
                                       "Trygghetsmätning,59.33,18.07,1,Mörk gångtunnel\n"
                                       "Trygghetsmätning,59.331,18.071,2,avvisas\n"
                                       "Trygghetsmätning,59.34,18.06,4,Bra belysning\n");
        auto summary = runImport(*store, path, pinMapping());
        REQUIRE(summary.ok());
        CHECK(summary->rowsRead == 3);
        CHECK(summary->accepted == 2);
        CHECK(summary->rejected == 1);
        CHECK(rejectedFor(*summary, RejectReason::WriteFailed) == 1);

        const auto rejects = rejectsOf(*store, summary->batchId);
        REQUIRE(rejects.size() == 1);
        CHECK(rejects[0].rowNumber == 2);
        CHECK(rejects[0].reasonCode == QStringLiteral("write_failed"));
        CHECK(rejects[0].reason.contains(QStringLiteral("refused by the test")));
        CHECK(rawText(rejects[0], "kommentar") == QStringLiteral("avvisas"));
        CHECK(rawText(rejects[0], "lat") == QStringLiteral("59.331"));
        CHECK(rawText(rejects[0], "betyg") == QStringLiteral("2"));

        auto pins = store->surveyPins();
        REQUIRE(pins.ok());
        REQUIRE(pins->size() == 2);
        QStringList comments{pins->at(0).comment, pins->at(1).comment};
        comments.sort();
        CHECK(comments == QStringList{QStringLiteral("Bra belysning"), QStringLiteral("Mörk gångtunnel")});
        CHECK(countRows(*store, QStringLiteral("rtree_survey_pins_geom")) == 2);
    }
}

// Incidents are written many rows per statement after the reader has moved on; a refused one must
// still be recorded with its source row (column name -> text, see store/import_catalog.h), so
// that the user can find and fix it in the file.
TEST_CASE("a refused incident's reject keeps the values of the source row", "[io][import][rejects]")
{
    QTemporaryDir dir;
    auto store = makeStore(dir);
    refuseIncidentsW2AndW4(*store);
    auto summary =
        runImport(*store, writeFile(dir, QStringLiteral("refused.csv"), kRefusedIncidentsCsv), incidentMapping());
    REQUIRE(summary.ok());
    const auto rejects = rejectsOf(*store, summary->batchId);
    REQUIRE(rejects.size() == 2);
    INFO("raw values: " << rejects[0].rawValues.toStdString());
    CHECK(rawText(rejects[0], "id") == QStringLiteral("W2"));
    CHECK(rawText(rejects[0], "datum") == QStringLiteral("2023-03-29 14:10"));
    CHECK(rawText(rejects[0], "lat") == QStringLiteral("59,3310"));
    CHECK(rawText(rejects[0], "lon") == QStringLiteral("18,0700"));
    CHECK(rawText(rejects[1], "id") == QStringLiteral("W4"));
}

TEST_CASE("an empty required value is rejected as missing_value", "[io][import][rejects]")
{
    QTemporaryDir dir;
    auto store = makeStore(dir);

    SECTION("answers need an area, an indicator and a share")
    {
        const QString path = writeFile(dir, QStringLiteral("answers.csv"),
                                       "område;indikator;andel\n"
                                       "Teststad;unsafe_evening;42 %\n"
                                       ";unsafe_evening;0,3\n"
                                       "Teststad;;0,3\n"
                                       "Teststad;unsafe_night;\n"
                                       "Teststad;worried_burglary;0,25\n");
        auto summary = runImport(*store, path, answerMapping());
        REQUIRE(summary.ok());
        CHECK(summary->rowsRead == 5);
        CHECK(summary->accepted == 2);
        CHECK(summary->rejected == 3);
        CHECK(rejectedFor(*summary, RejectReason::MissingValue) == 3);

        const auto rejects = rejectsOf(*store, summary->batchId);
        REQUIRE(rejects.size() == 3);
        for (size_t k = 0; k < rejects.size(); ++k) {
            CHECK(rejects[k].rowNumber == static_cast<std::int64_t>(k) + 2);
            CHECK(rejects[k].reasonCode == QStringLiteral("missing_value"));
        }
        CHECK(rawValues(rejects[0]).contains(QStringLiteral("område")));
        CHECK(rawText(rejects[0], "område").isEmpty());
        CHECK(rawText(rejects[0], "andel") == QStringLiteral("0,3"));
        CHECK(rawText(rejects[1], "område") == QStringLiteral("Teststad"));
        CHECK(rawText(rejects[2], "indikator") == QStringLiteral("unsafe_night"));

        auto answers = store->surveyAnswers();
        REQUIRE(answers.ok());
        REQUIRE(answers->size() == 2);
        QStringList indicators{answers->at(0).indicator, answers->at(1).indicator};
        indicators.sort();
        CHECK(indicators == QStringList{QStringLiteral("unsafe_evening"), QStringLiteral("worried_burglary")});
    }
    SECTION("survey pins need a survey")
    {
        const QString path = writeFile(dir, QStringLiteral("pins.csv"),
                                       "enkät,lat,lon,betyg,kommentar\n"
                                       "Trygghetsmätning,59.33,18.07,1,Mörk gångtunnel\n"
                                       ",59.331,18.071,2,Utan enkät\n"
                                       "Trygghetsmätning,59.34,18.06,4,Bra belysning\n");
        auto summary = runImport(*store, path, pinMapping());
        REQUIRE(summary.ok());
        CHECK(summary->accepted == 2);
        CHECK(summary->rejected == 1);
        CHECK(rejectedFor(*summary, RejectReason::MissingValue) == 1);
        const auto rejects = rejectsOf(*store, summary->batchId);
        REQUIRE(rejects.size() == 1);
        CHECK(rejects[0].rowNumber == 2);
        CHECK(rejects[0].reasonCode == QStringLiteral("missing_value"));
        CHECK(rawText(rejects[0], "kommentar") == QStringLiteral("Utan enkät"));
        CHECK(rawText(rejects[0], "lat") == QStringLiteral("59.331"));
        CHECK(store->surveyPins()->size() == 2);
    }
}

TEST_CASE("an area name the store does not have is rejected as unknown_area", "[io][import][rejects]")
{
    QTemporaryDir dir;
    auto store = makeStore(dir);
    addDistrict(*store, QStringLiteral("Södermalm"));
    // Area names match whatever their case and spacing, but not a near miss like "Södermalms".
    const QString path = writeFile(dir, QStringLiteral("answers.csv"),
                                   "område;indikator;andel\n"
                                   "Teststad;unsafe_evening;0,42\n"
                                   "Kungsholmen;unsafe_evening;0,30\n"
                                   "  södermalm ;unsafe_evening;0,35\n"
                                   "Södermalms;unsafe_night;0,20\n");
    auto summary = runImport(*store, path, answerMapping());
    REQUIRE(summary.ok());
    CHECK(summary->rowsRead == 4);
    CHECK(summary->accepted == 2);
    CHECK(summary->rejected == 2);
    CHECK(rejectedFor(*summary, RejectReason::UnknownArea) == 2);

    const auto rejects = rejectsOf(*store, summary->batchId);
    REQUIRE(rejects.size() == 2);
    CHECK(rejects[0].rowNumber == 2);
    CHECK(rejects[0].reasonCode == QStringLiteral("unknown_area"));
    CHECK(rejects[0].reason.contains(QStringLiteral("Kungsholmen")));
    CHECK(rawText(rejects[0], "område") == QStringLiteral("Kungsholmen"));
    CHECK(rawText(rejects[0], "andel") == QStringLiteral("0,30"));
    CHECK(rejects[1].rowNumber == 4);
    CHECK(rejects[1].reasonCode == QStringLiteral("unknown_area"));
    CHECK(rawText(rejects[1], "område") == QStringLiteral("Södermalms"));

    auto answers = store->surveyAnswers();
    REQUIRE(answers.ok());
    REQUIRE(answers->size() == 2);
    double shares = answers->at(0).share + answers->at(1).share;
    CHECK(shares == Approx(0.42 + 0.35));
}

TEST_CASE("a geometry of the wrong kind is rejected as wrong_geometry", "[io][import][rejects]")
{
    QTemporaryDir dir;
    auto store = makeStore(dir);

    SECTION("incidents need a point")
    {
        const QString path =
            writeFile(dir, QStringLiteral("incidents.geojson"), R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"id":"G1","datum":"2023-03-29","kategori":"Klotter"},"geometry":{"type":"Point","coordinates":[18.0686,59.3293]}},
{"type":"Feature","properties":{"id":"G2","datum":"2023-03-29","kategori":"Klotter"},"geometry":{"type":"LineString","coordinates":[[18.05,59.33],[18.06,59.34]]}},
{"type":"Feature","properties":{"id":"G3","datum":"2023-03-29","kategori":"Klotter"},"geometry":{"type":"Polygon","coordinates":[[[18.03,59.31],[18.11,59.31],[18.11,59.32],[18.03,59.31]]]}},
{"type":"Feature","properties":{"id":"G4","datum":"2023-03-29","kategori":"Klotter"},"geometry":{"type":"MultiPoint","coordinates":[[18.05,59.33],[18.06,59.34]]}},
{"type":"Feature","properties":{"id":"G5","datum":"2023-03-29","kategori":"Klotter"},"geometry":{"type":"Point","coordinates":[18.07,59.33]}}]})");
        FieldMapping m = incidentMapping();
        m.columns.remove(QStringLiteral("x"));
        m.columns.remove(QStringLiteral("y"));
        m.sourceEpsg = 0; // from the file
        auto summary = runImport(*store, path, m);
        REQUIRE(summary.ok());
        CHECK(summary->rowsRead == 5);
        CHECK(summary->accepted == 2);
        CHECK(summary->rejected == 3);
        CHECK(rejectedFor(*summary, RejectReason::WrongGeometry) == 3);

        const auto rejects = rejectsOf(*store, summary->batchId);
        REQUIRE(rejects.size() == 3);
        const char *expected[][2] = {{"G2", "LINESTRING"}, {"G3", "POLYGON"}, {"G4", "MULTIPOINT"}};
        for (size_t k = 0; k < rejects.size(); ++k) {
            INFO("reject " << k);
            CHECK(rejects[k].rowNumber == static_cast<std::int64_t>(k) + 2);
            CHECK(rejects[k].reasonCode == QStringLiteral("wrong_geometry"));
            CHECK(rawText(rejects[k], "id") == QLatin1String(expected[k][0]));
            CHECK(rawText(rejects[k], "geometry").startsWith(QLatin1String(expected[k][1])));
        }
        CHECK(incidentRefs(*store) == QStringList{QStringLiteral("G1"), QStringLiteral("G5")});
    }
    SECTION("areas need a polygon")
    {
        const QString path =
            writeFile(dir, QStringLiteral("districts.geojson"), R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"namn":"Punkt"},"geometry":{"type":"Point","coordinates":[18.0,59.3]}},
{"type":"Feature","properties":{"namn":"Södermalm"},"geometry":{"type":"Polygon","coordinates":[[[18.03,59.31],[18.11,59.31],[18.11,59.32],[18.03,59.32],[18.03,59.31]]]}},
{"type":"Feature","properties":{"namn":"Gata"},"geometry":{"type":"LineString","coordinates":[[18.05,59.33],[18.06,59.34]]}},
{"type":"Feature","properties":{"namn":"Öarna"},"geometry":{"type":"MultiPolygon","coordinates":[[[[18.10,59.33],[18.12,59.33],[18.12,59.34],[18.10,59.33]]],[[[18.13,59.33],[18.14,59.33],[18.14,59.34],[18.13,59.33]]]]}}]})");
        FieldMapping m;
        m.kind = ImportKind::Areas;
        m.columns = {{QStringLiteral("name"), QStringLiteral("namn")}};
        auto summary = runImport(*store, path, m);
        REQUIRE(summary.ok());
        CHECK(summary->rowsRead == 4);
        CHECK(summary->accepted == 2);
        CHECK(summary->rejected == 2);
        CHECK(rejectedFor(*summary, RejectReason::WrongGeometry) == 2);

        const auto rejects = rejectsOf(*store, summary->batchId);
        REQUIRE(rejects.size() == 2);
        CHECK(rejects[0].rowNumber == 1);
        CHECK(rejects[0].reasonCode == QStringLiteral("wrong_geometry"));
        CHECK(rawText(rejects[0], "namn") == QStringLiteral("Punkt"));
        CHECK(rawText(rejects[0], "geometry").startsWith(QStringLiteral("POINT")));
        CHECK(rejects[1].rowNumber == 3);
        CHECK(rejects[1].reasonCode == QStringLiteral("wrong_geometry"));
        CHECK(rawText(rejects[1], "namn") == QStringLiteral("Gata"));
        CHECK(rawText(rejects[1], "geometry").startsWith(QStringLiteral("LINESTRING")));

        auto districts = store->areas(QStringLiteral("district"));
        REQUIRE(districts.ok());
        QStringList names;
        for (const Area &a : *districts)
            names << a.name;
        names.sort();
        CHECK(names == QStringList{QStringLiteral("Södermalm"), QStringLiteral("Öarna")});
        CHECK(countRows(*store, QStringLiteral("rtree_areas_geom")) == 3); // the municipality and the two districts
    }
}
