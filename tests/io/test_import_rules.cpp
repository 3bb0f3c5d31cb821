// The rules of the import: every row accepted or rejected with a reason, re-imports add nothing
// twice, a canceled import leaves the store as it was, batches undo as a whole (with the survey
// rounds and walks they created, unless still in use), profiles are saved and reused, and the
// other record kinds import with their own fields.

#include "import_test_support.h"
#include "io/importer.h"
#include "store/import_catalog.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace lb;
using namespace lb::io;
using namespace lb::test;

namespace {

FieldMapping mapping()
{
    FieldMapping m;
    m.kind = ImportKind::Incidents;
    m.columns = {{QStringLiteral("ref"), QStringLiteral("id")},
                 {QStringLiteral("time"), QStringLiteral("datum")},
                 {QStringLiteral("category"), QStringLiteral("kategori")},
                 {QStringLiteral("x"), QStringLiteral("lon")},
                 {QStringLiteral("y"), QStringLiteral("lat")},
                 {QStringLiteral("precision"), QStringLiteral("precision")}};
    m.sourceEpsg = 4326;
    return m;
}

QByteArray header()
{
    return "id;datum;kategori;lat;lon;precision\n";
}

// Pins of the survey round `survey` 2023; each row's rating and comment make it a distinct pin.
FieldMapping pinMapping(const QString &survey)
{
    FieldMapping m;
    m.kind = ImportKind::Pins;
    m.columns = {{QStringLiteral("x"), QStringLiteral("lon")},
                 {QStringLiteral("y"), QStringLiteral("lat")},
                 {QStringLiteral("rating"), QStringLiteral("betyg")},
                 {QStringLiteral("comment"), QStringLiteral("kommentar")}};
    m.constants = {{QStringLiteral("survey"), survey}, {QStringLiteral("survey_year"), QStringLiteral("2023")}};
    return m;
}

FieldMapping findingMapping(const QString &walk)
{
    FieldMapping m;
    m.kind = ImportKind::Findings;
    m.columns = {{QStringLiteral("x"), QStringLiteral("lon")},
                 {QStringLiteral("y"), QStringLiteral("lat")},
                 {QStringLiteral("kind"), QStringLiteral("brist")}};
    m.constants = {{QStringLiteral("walk"), walk}};
    return m;
}

QByteArray manyRows(int first, int count)
{
    QByteArray out = header();
    for (int i = first; i < first + count; ++i)
        out += QStringLiteral("R%1;2023-05-%2 12:00;Klotter;59,%3;18,%4;\n")
                   .arg(i)
                   .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                   .arg(300 + i % 90)
                   .arg(100 + i % 50)
                   .toUtf8();
    return out;
}

} // namespace

TEST_CASE("every reject reason is recorded with row number, raw values and reason", "[io][import][rejects]")
{
    QTemporaryDir dir;
    auto store = makeStore(dir);
    const QByteArray csv = header() +
                           "ok;2023-03-29 14:05;Klotter;59,3293;18,0686;\n" // 1 accepted
                           "a;2023-03-29 14:05;Klotter;;;\n"                // 2 no position
                           "b;2023-03-29 14:05;Klotter;norr;öster;\n"       // 3 coordinates not numbers
                           "c;2023-03-29 14:05;Klotter;0,0;0,0;\n"          // 4 outside the CRS's area of use
                           "d;2023-03-29 14:05;Klotter;57,70;11,97;\n"      // 5 Göteborg: outside the municipality
                           "e;;Klotter;59,33;18,07;\n"                      // 6 no time
                           "f;i går;Klotter;59,33;18,07;\n"                 // 7 bad time
                           "g;2023-03-29;;59,33;18,07;\n"                   // 8 no category
                           "h;2023-03-29;Snatteri;59,33;18,07;\n"           // 9 unknown category
                           "i;2023-03-29;Klotter;59,33;18,07;ungefär\n";    // 10 bad value
    const QString path = writeFile(dir, QStringLiteral("rejects.csv"), csv);
    auto summary = runImport(*store, path, mapping());
    REQUIRE(summary.ok());
    CHECK(summary->rowsRead == 10);
    CHECK(summary->accepted == 1);
    CHECK(summary->rejected == 9);
    const auto count = [&](RejectReason r) {
        return summary->rejectedByReason[static_cast<size_t>(r)];
    };
    CHECK(count(RejectReason::NoPosition) == 1);
    CHECK(count(RejectReason::BadCoordinates) == 1);
    CHECK(count(RejectReason::OutsideCrsArea) == 1);
    CHECK(count(RejectReason::OutsideMunicipality) == 1);
    CHECK(count(RejectReason::NoTime) == 1);
    CHECK(count(RejectReason::BadTime) == 1);
    CHECK(count(RejectReason::NoCategory) == 1);
    CHECK(count(RejectReason::UnknownCategory) == 1);
    CHECK(count(RejectReason::BadValue) == 1);
    CHECK(summary->unknownValues.value(QStringLiteral("Snatteri")) == 1);

    store::ImportCatalog catalog(*store);
    auto rejects = catalog.rejects(summary->batchId);
    REQUIRE(rejects.ok());
    REQUIRE(rejects->size() == 9);
    const store::ImportReject &badTime = rejects->at(5);
    CHECK(badTime.rowNumber == 7);
    CHECK(badTime.reasonCode == QLatin1String("bad_time"));
    CHECK(badTime.reason.contains(QStringLiteral("i går")));
    const QJsonObject raw = QJsonDocument::fromJson(rejects->at(1).rawValues.toUtf8()).object();
    CHECK(raw.value(QStringLiteral("lat")).toString() == QStringLiteral("norr"));
    CHECK(raw.value(QStringLiteral("lon")).toString() == QStringLiteral("öster"));
    auto counts = catalog.rejectCounts(summary->batchId);
    REQUIRE(counts.ok());
    CHECK(counts->size() == 9);
    auto batch = catalog.batch(summary->batchId);
    REQUIRE(batch.ok());
    CHECK(batch->rowsRead == 10);
    CHECK(batch->rowsAccepted == 1);
    CHECK(batch->rowsRejected == 9);
}

TEST_CASE("points outside the municipality are kept when asked", "[io][import][rejects]")
{
    QTemporaryDir dir;
    auto store = makeStore(dir);
    const QString path = writeFile(dir, QStringLiteral("gbg.csv"), header() + "d;2023-03-29;Klotter;57,70;11,97;\n");
    FieldMapping m = mapping();
    m.keepOutside = true;
    auto summary = runImport(*store, path, m);
    REQUIRE(summary.ok());
    CHECK(summary->accepted == 1);
}

TEST_CASE("a mapped value maps an unknown category", "[io][import]")
{
    QTemporaryDir dir;
    auto store = makeStore(dir);
    const QString path = writeFile(dir, QStringLiteral("c.csv"), header() + "h;2023-03-29;Snatteri;59,33;18,07;\n");
    FieldMapping m = mapping();
    m.setValue(QStringLiteral("  SNATTERI "), QStringLiteral("inbrott_stold"));
    auto summary = runImport(*store, path, m);
    REQUIRE(summary.ok());
    CHECK(summary->accepted == 1);
    CHECK(store->incidents()->front().category == QLatin1String("inbrott_stold"));
}

TEST_CASE("re-importing the same or overlapping rows adds nothing twice", "[io][import][dedup]")
{
    QTemporaryDir dir;
    auto store = makeStore(dir);
    const QString first = writeFile(dir, QStringLiteral("first.csv"), manyRows(0, 100));
    auto a = runImport(*store, first, mapping());
    REQUIRE(a.ok());
    CHECK(a->accepted == 100);
    auto again = runImport(*store, first, mapping());
    REQUIRE(again.ok());
    CHECK(again->accepted == 0);
    CHECK(again->duplicates == 100);
    const QString overlap = writeFile(dir, QStringLiteral("overlap.csv"), manyRows(50, 100));
    auto b = runImport(*store, overlap, mapping());
    REQUIRE(b.ok());
    CHECK(b->accepted == 50);
    CHECK(b->duplicates == 50);
    CHECK(countRows(*store, QStringLiteral("incidents")) == 150);

    SECTION("without reference ids the content decides")
    {
        FieldMapping noRef = mapping();
        noRef.columns.remove(QStringLiteral("ref"));
        QTemporaryDir d2;
        auto s2 = makeStore(d2);
        REQUIRE(runImport(*s2, first, noRef)->accepted == 100);
        auto c = runImport(*s2, overlap, noRef);
        REQUIRE(c.ok());
        CHECK(c->accepted == 50);
        CHECK(c->duplicates == 50);
    }
}

TEST_CASE("canceling in the middle leaves the store unchanged", "[io][import][cancel]")
{
    QTemporaryDir dir;
    auto store = makeStore(dir);
    REQUIRE(runImport(*store, writeFile(dir, QStringLiteral("base.csv"), manyRows(0, 10)), mapping())->accepted == 10);
    const auto before = std::make_tuple(
        countRows(*store, QStringLiteral("incidents")), countRows(*store, QStringLiteral("import_batches")),
        countRows(*store, QStringLiteral("import_rejects")), countRows(*store, QStringLiteral("rtree_incidents_geom")));
    const QString big = writeFile(dir, QStringLiteral("big.csv"), manyRows(1000, 20000));
    auto imp = Importer::create(*store, big, mapping());
    REQUIRE(imp.ok());
    Feedback *fbPtr = nullptr;
    int calls = 0;
    Feedback fb([&](double, const QString &) {
        if (++calls == 2)
            fbPtr->cancel(); // after about 4096 rows have been written
    });
    fbPtr = &fb;
    auto summary = (*imp)->run(fb);
    REQUIRE(summary.ok());
    CHECK(summary->canceled);
    CHECK(summary->rowsRead > 0);
    CHECK(summary->rowsRead < 20000);
    const auto after = std::make_tuple(
        countRows(*store, QStringLiteral("incidents")), countRows(*store, QStringLiteral("import_batches")),
        countRows(*store, QStringLiteral("import_rejects")), countRows(*store, QStringLiteral("rtree_incidents_geom")));
    CHECK(after == before);
    // The R-tree trigger that the bulk load drops is back: a plain insert reaches the index.
    Incident i;
    i.position = {kRefE, kRefN};
    i.category = QStringLiteral("klotter");
    Incident one[] = {i};
    REQUIRE(store->insertIncidents(one).ok());
    CHECK(countRows(*store, QStringLiteral("rtree_incidents_geom")) == std::get<3>(before) + 1);
}

TEST_CASE("an import batch is undone as a whole", "[io][import][undo]")
{
    QTemporaryDir dir;
    auto store = makeStore(dir);
    auto a = runImport(*store, writeFile(dir, QStringLiteral("a.csv"), manyRows(0, 30)), mapping());
    auto b = runImport(*store, writeFile(dir, QStringLiteral("b.csv"), manyRows(100, 20)), mapping());
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(countRows(*store, QStringLiteral("incidents")) == 50);
    REQUIRE(undoImportBatch(*store, b->batchId).ok());
    CHECK(countRows(*store, QStringLiteral("incidents")) == 30);
    CHECK(countRows(*store, QStringLiteral("rtree_incidents_geom")) == 30);
    CHECK(countRows(*store, QStringLiteral("incidents"), QStringLiteral("batch_id = %1").arg(b->batchId)) == 0);
    auto batches = importBatches(*store);
    REQUIRE(batches.ok());
    REQUIRE(batches->size() == 2);
    CHECK(batches->at(1).undoneAt.size() > 0);
    CHECK(batches->at(0).undoneAt.isEmpty());
    CHECK_FALSE(undoImportBatch(*store, b->batchId).ok()); // already undone
    // After an undo the same file imports again.
    auto again = runImport(*store, writeFile(dir, QStringLiteral("b2.csv"), manyRows(100, 20)), mapping());
    REQUIRE(again.ok());
    CHECK(again->accepted == 20);
}

TEST_CASE("undoing an import removes the survey round it created", "[io][import][undo]")
{
    QTemporaryDir dir;
    auto store = makeStore(dir);
    const QString pins = writeFile(dir, QStringLiteral("pins.csv"),
                                   "lat,lon,betyg,kommentar\n59.33,18.07,1,Mörk gångtunnel\n59.34,18.06,2,Buskage\n");
    auto a = runImport(*store, pins, pinMapping(QStringLiteral("Trygghetsvandring Söder")));
    REQUIRE(a.ok());
    CHECK(a->accepted == 2);
    auto surveys = store->surveys();
    REQUIRE(surveys->size() == 1);
    CHECK(surveys->front().name == QStringLiteral("Trygghetsvandring Söder"));
    CHECK(surveys->front().batchId == a->batchId);

    REQUIRE(undoImportBatch(*store, a->batchId).ok());
    CHECK(countRows(*store, QStringLiteral("survey_pins")) == 0);
    CHECK(countRows(*store, QStringLiteral("surveys")) == 0);
}

TEST_CASE("undoing an import removes the walk it created", "[io][import][undo]")
{
    QTemporaryDir dir;
    auto store = makeStore(dir);
    const QString findings =
        writeFile(dir, QStringLiteral("walk.csv"), "lat,lon,brist\n59.33,18.07,Belysning\n59.331,18.071,Belysning\n");
    auto a = runImport(*store, findings, findingMapping(QStringLiteral("Vandring i Årsta")));
    REQUIRE(a.ok());
    CHECK(a->accepted == 2);
    auto walks = store->walks();
    REQUIRE(walks->size() == 1);
    CHECK(walks->front().name == QStringLiteral("Vandring i Årsta"));
    CHECK(walks->front().batchId == a->batchId);

    REQUIRE(undoImportBatch(*store, a->batchId).ok());
    CHECK(countRows(*store, QStringLiteral("walk_findings")) == 0);
    CHECK(countRows(*store, QStringLiteral("walks")) == 0);
}

TEST_CASE("undoing an import keeps the survey rounds and walks that other records still use", "[io][import][undo]")
{
    QTemporaryDir dir;
    auto store = makeStore(dir);

    SECTION("a survey round created by one batch and used by a later one passes to the later batch")
    {
        const FieldMapping m = pinMapping(QStringLiteral("Trygghetsmätning"));
        auto a =
            runImport(*store, writeFile(dir, QStringLiteral("a.csv"), "lat,lon,betyg,kommentar\n59.33,18.07,1,a\n"), m);
        auto b = runImport(
            *store,
            writeFile(dir, QStringLiteral("b.csv"), "lat,lon,betyg,kommentar\n59.34,18.06,2,b\n59.35,18.05,3,c\n"), m);
        REQUIRE(a.ok());
        REQUIRE(b.ok());
        REQUIRE(b->accepted == 2);
        REQUIRE(countRows(*store, QStringLiteral("surveys")) == 1); // batch 2 found the round batch 1 made

        REQUIRE(undoImportBatch(*store, a->batchId).ok());
        auto surveys = store->surveys();
        REQUIRE(surveys->size() == 1);
        CHECK(surveys->front().name == QStringLiteral("Trygghetsmätning"));
        CHECK(surveys->front().batchId == b->batchId);
        auto left = store->surveyPins();
        REQUIRE(left->size() == 2);
        CHECK(left->at(0).surveyId == surveys->front().id);
        CHECK(left->at(1).surveyId == surveys->front().id);

        // With the second batch undone as well, nothing uses the round any more.
        REQUIRE(undoImportBatch(*store, b->batchId).ok());
        CHECK(countRows(*store, QStringLiteral("surveys")) == 0);
        CHECK(countRows(*store, QStringLiteral("survey_pins")) == 0);
    }
    SECTION("a survey round that a pin entered by hand uses")
    {
        auto a =
            runImport(*store, writeFile(dir, QStringLiteral("a.csv"), "lat,lon,betyg,kommentar\n59.33,18.07,1,a\n"),
                      pinMapping(QStringLiteral("Trygghetsmätning")));
        REQUIRE(a.ok());
        SurveyPin pin;
        pin.position = {kRefE, kRefN};
        pin.surveyId = store->surveys()->front().id;
        pin.rating = 4;
        SurveyPin hand[] = {pin};
        REQUIRE(store->insertSurveyPins(hand).ok());

        REQUIRE(undoImportBatch(*store, a->batchId).ok());
        auto surveys = store->surveys();
        REQUIRE(surveys->size() == 1);
        CHECK(surveys->front().batchId == 0); // only a record entered by hand uses it now
        REQUIRE(store->surveyPins()->size() == 1);
        CHECK(store->surveyPins()->front().rating == 4);
    }
    SECTION("a walk entered by hand before the import")
    {
        Walk walk;
        walk.name = QStringLiteral("Vandring i Årsta");
        walk.date = QDate(2023, 9, 12);
        REQUIRE(store->insertWalk(walk).ok());
        auto a = runImport(*store, writeFile(dir, QStringLiteral("w.csv"), "lat,lon,brist\n59.33,18.07,Belysning\n"),
                           findingMapping(QStringLiteral("vandring i årsta")));
        REQUIRE(a.ok());
        REQUIRE(a->accepted == 1);
        REQUIRE(countRows(*store, QStringLiteral("walks")) == 1);

        REQUIRE(undoImportBatch(*store, a->batchId).ok());
        CHECK(countRows(*store, QStringLiteral("walk_findings")) == 0);
        auto walks = store->walks();
        REQUIRE(walks->size() == 1);
        CHECK(walks->front().date == QDate(2023, 9, 12));
        CHECK(walks->front().batchId == 0);
    }
}

TEST_CASE("a mapping profile is saved by name and reused", "[io][import][profile]")
{
    QTemporaryDir dir;
    auto store = makeStore(dir);
    FieldMapping m = mapping();
    m.setValue(QStringLiteral("Snatteri"), QStringLiteral("inbrott_stold"));
    m.constants.insert(QStringLiteral("source"), QStringLiteral("Polisen"));
    REQUIRE(saveProfile(*store, QStringLiteral("Polisens utdrag"), m).ok());
    auto names = profileNames(*store);
    REQUIRE(names.ok());
    CHECK(names->contains(QStringLiteral("Polisens utdrag")));
    auto loaded = loadProfile(*store, QStringLiteral("Polisens utdrag"));
    REQUIRE(loaded.ok());
    CHECK(loaded->columns == m.columns);
    CHECK(loaded->valueMap == m.valueMap);
    CHECK(loaded->sourceEpsg == 4326);
    auto summary = runImport(
        *store, writeFile(dir, QStringLiteral("p.csv"), header() + "h;2023-03-29;Snatteri;59,33;18,07;\n"), *loaded);
    REQUIRE(summary.ok());
    CHECK(summary->accepted == 1);
    CHECK(store->incidents()->front().source == QLatin1String("Polisen"));
    CHECK_FALSE(loadProfile(*store, QStringLiteral("saknas")).ok());
}

TEST_CASE("preview shows rows as stored, duplicates and rejects without writing", "[io][import][preview]")
{
    QTemporaryDir dir;
    auto store = makeStore(dir);
    const QString path = writeFile(dir, QStringLiteral("p.csv"),
                                   header() + "A1;2023-03-29 14:05;Klotter;59,3293;18,0686;gata\n"
                                              "A2;fel;Klotter;59,33;18,07;\n");
    auto imp = Importer::create(*store, path, mapping());
    REQUIRE(imp.ok());
    auto rows = (*imp)->preview(10);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 2);
    CHECK(rows->at(0).status == PreviewRow::Status::Accepted);
    CHECK(rows->at(0).stored.value(QStringLiteral("occurred_at")) == QStringLiteral("2023-03-29T12:05:00Z"));
    CHECK(rows->at(0).stored.value(QStringLiteral("location_precision")) == QStringLiteral("street"));
    CHECK(rows->at(1).status == PreviewRow::Status::Rejected);
    CHECK(rows->at(1).reason == RejectReason::BadTime);
    CHECK(countRows(*store, QStringLiteral("incidents")) == 0);
    Feedback fb;
    REQUIRE((*imp)->run(fb).ok());
    auto again = (*imp)->preview(1);
    REQUIRE(again.ok());
    CHECK(again->at(0).status == PreviewRow::Status::Duplicate);
}

TEST_CASE("survey pins with a joined respondents table, answers, findings and areas", "[io][import][kinds]")
{
    QTemporaryDir dir;
    auto store = makeStore(dir);
    SECTION("pins")
    {
        const QString respondents = writeFile(dir, QStringLiteral("respondents.csv"), "rid,tid\nr1,kväll\nr2,natt\n");
        const QString pins =
            writeFile(dir, QStringLiteral("pins.csv"),
                      "rid,lat,lon,betyg,kommentar\nr1,59.33,18.07,1,Mörk gångtunnel\nr2,59.34,18.06,7,x\n");
        FieldMapping m;
        m.kind = ImportKind::Pins;
        m.columns = {{QStringLiteral("x"), QStringLiteral("lon")},
                     {QStringLiteral("y"), QStringLiteral("lat")},
                     {QStringLiteral("rating"), QStringLiteral("betyg")},
                     {QStringLiteral("comment"), QStringLiteral("kommentar")},
                     {QStringLiteral("respondent"), QStringLiteral("rid")},
                     {QStringLiteral("time_of_day"), QStringLiteral("join.tid")}};
        m.constants = {{QStringLiteral("survey"), QStringLiteral("Trygghetsmätning")},
                       {QStringLiteral("survey_year"), QStringLiteral("2023")}};
        m.join = {respondents, {}, QStringLiteral("rid"), QStringLiteral("rid")};
        auto s = runImport(*store, pins, m);
        REQUIRE(s.ok());
        CHECK(s->accepted == 1);
        CHECK(s->rejectedByReason[static_cast<size_t>(RejectReason::BadValue)] == 1); // rating 7
        auto stored = store->surveyPins();
        REQUIRE(stored->size() == 1);
        CHECK(stored->front().timeOfDay == TimeOfDay::Evening);
        CHECK(stored->front().comment == QStringLiteral("Mörk gångtunnel"));
        CHECK(store->surveys()->front().year == 2023);
    }
    SECTION("answers per area")
    {
        const QString answers =
            writeFile(dir, QStringLiteral("answers.csv"),
                      "område;indikator;andel;antal\nTeststad;unsafe_evening;42 %;300\nOkänd;unsafe_evening;0,3;10\n"
                      "Teststad;unsafe_night;0,2;1e12\n");
        FieldMapping m;
        m.kind = ImportKind::Answers;
        m.columns = {{QStringLiteral("area"), QStringLiteral("område")},
                     {QStringLiteral("indicator"), QStringLiteral("indikator")},
                     {QStringLiteral("share"), QStringLiteral("andel")},
                     {QStringLiteral("respondents"), QStringLiteral("antal")}};
        m.constants = {{QStringLiteral("survey"), QStringLiteral("Trygghetsmätning")},
                       {QStringLiteral("survey_year"), QStringLiteral("2023")}};
        auto s = runImport(*store, answers, m);
        REQUIRE(s.ok());
        CHECK(s->accepted == 1);
        CHECK(s->rejectedByReason[static_cast<size_t>(RejectReason::UnknownArea)] == 1);
        // 10^12 respondents do not fit the stored count: rejected, not wrapped to a negative number.
        CHECK(s->rejectedByReason[static_cast<size_t>(RejectReason::BadValue)] == 1);
        CHECK(store->surveyAnswers()->size() == 1);
        CHECK(store->surveyAnswers()->front().share == Approx(0.42));
        auto again = runImport(*store, answers, m);
        CHECK(again->duplicates == 1);
    }
    SECTION("walk findings")
    {
        const QString findings = writeFile(dir, QStringLiteral("walk.csv"),
                                           "lat,lon,brist,status,ansvarig\n59.33,18.07,Belysning,Åtgärdad,Kommunen\n");
        FieldMapping m =
            suggestMapping(ImportKind::Findings, {QStringLiteral("lat"), QStringLiteral("lon"), QStringLiteral("brist"),
                                                  QStringLiteral("status"), QStringLiteral("ansvarig")});
        CHECK(m.columns.value(QStringLiteral("kind")) == QStringLiteral("brist"));
        m.columns.insert(QStringLiteral("x"), QStringLiteral("lon"));
        m.columns.insert(QStringLiteral("y"), QStringLiteral("lat"));
        m.valueMap.insert(normalisedValue(QStringLiteral("Belysning")), store->findingKinds()->front().code);
        m.constants.insert(QStringLiteral("walk"), QStringLiteral("Vandring i centrum"));
        auto s = runImport(*store, findings, m);
        REQUIRE(s.ok());
        CHECK(s->accepted == 1);
        CHECK(store->walkFindings()->front().status == FindingStatus::Fixed);
        CHECK(store->walks()->front().name == QStringLiteral("Vandring i centrum"));
    }
    SECTION("areas from polygons")
    {
        const QString geo = writeFile(dir, QStringLiteral("d.geojson"), R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"namn":"Södermalm","invånare":"130000"},"geometry":{"type":"Polygon","coordinates":[[[18.03,59.31],[18.11,59.31],[18.11,59.32],[18.03,59.32],[18.03,59.31]]]}},
{"type":"Feature","properties":{"namn":"Punkt"},"geometry":{"type":"Point","coordinates":[18.0,59.3]}}]})");
        FieldMapping m;
        m.kind = ImportKind::Areas;
        m.columns = {{QStringLiteral("name"), QStringLiteral("namn")},
                     {QStringLiteral("population"), QStringLiteral("invånare")}};
        auto s = runImport(*store, geo, m);
        REQUIRE(s.ok());
        CHECK(s->accepted == 1);
        CHECK(s->rejectedByReason[static_cast<size_t>(RejectReason::WrongGeometry)] == 1);
        auto districts = store->areas(QStringLiteral("district"));
        REQUIRE(districts->size() == 1);
        CHECK(districts->front().population == 130000);
    }
}

TEST_CASE("a large import builds a valid packed R-tree and restores the indexes", "[io][import][bulk]")
{
    QTemporaryDir dir;
    auto store = makeStore(dir);
    // Rows between 59.26 and 59.44 N and 18.00 and 18.25 E, inside the municipality; 64 bytes a row makes the
    // importer expect at least 50 000 rows and take the bulk path.
    QByteArray csv = "id;datum;kategori;lat;lon;precision;fyll\n";
    const QByteArray pad(40, 'x');
    for (int i = 0; i < 60000; ++i) {
        const QString line = QStringLiteral("B%1;2023-06-01 10:00;Klotter;59,%2;18,%3;;")
                                 .arg(i)
                                 .arg(2600 + (i * 7919) % 1800, 4, 10, QLatin1Char('0'))
                                 .arg((i * 7907) % 2500, 4, 10, QLatin1Char('0'));
        csv.append(line.toUtf8()).append(pad).append('\n');
    }
    const QString path = writeFile(dir, QStringLiteral("big.csv"), csv);
    const QStringList indexesBefore = [&] {
        QStringList names;
        auto q = store->database().prepare(
            QStringLiteral("SELECT name FROM sqlite_master WHERE tbl_name = 'incidents' ORDER BY name"));
        while (q->step())
            names << q->text(0);
        return names;
    }();
    auto a = runImport(*store, path, mapping());
    REQUIRE(a.ok());
    CHECK(a->accepted == 60000);
    CHECK(
        store->database().queryText(QStringLiteral("SELECT rtreecheck('rtree_incidents_geom')")).value_or(QString()) ==
        QStringLiteral("ok"));
    CHECK(countRows(*store, QStringLiteral("rtree_incidents_geom")) == 60000);
    QStringList indexesAfter;
    auto q = store->database().prepare(
        QStringLiteral("SELECT name FROM sqlite_master WHERE tbl_name = 'incidents' ORDER BY name"));
    while (q->step())
        indexesAfter << q->text(0);
    CHECK(indexesAfter == indexesBefore);
    // The packed tree answers spatial queries like the row-by-row one: a box query agrees with a scan.
    const auto viaIndex =
        store->database().queryInt(QStringLiteral("SELECT count(*) FROM rtree_incidents_geom WHERE minx >= 670000 AND "
                                                  "maxx <= 675000 AND miny >= 6575000 AND maxy <= 6585000"));
    const auto viaScan =
        store->database().queryInt(QStringLiteral("SELECT count(*) FROM incidents WHERE ST_MinX(geom) >= 670000 AND "
                                                  "ST_MaxX(geom) <= 675000 AND ST_MinY(geom) >= 6575000 "
                                                  "AND ST_MaxY(geom) <= 6585000"));
    REQUIRE(viaScan);
    CHECK(*viaScan > 0);
    CHECK(viaIndex == viaScan);
    auto again = runImport(*store, path, mapping());
    REQUIRE(again.ok());
    CHECK(again->accepted == 0);
    CHECK(again->duplicates == 60000);
}
