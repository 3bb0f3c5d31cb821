// Rejected rows are listed for any batch without importing again; a later import of the same file
// marks the earlier batch's rejects superseded (open again when that import is undone); a store
// from schema version 6 is upgraded with every batch open; areas named like areas already in the
// store are warned about.

#include "import_test_support.h"
#include "store/schema.h"
#include "store/sqlite_db.h"
#include "support/test_support.h"

#include <catch2/catch.hpp>

using namespace lb;
using namespace lb::test;

namespace {
QByteArray withUnknownCategory()
{
    return "Nr;Datum;Kategori;Latitud;Longitud\n"
           "1;2024-01-05 12:00;Klotter;59,3293;18,0686\n"
           "2;2024-01-06 12:00;Snatteri;59,3293;18,0686\n";
}
} // namespace

TEST_CASE("rejects are listed per batch and superseded by a later import of the same file", "[io][rejects][cli]")
{
    QTemporaryDir dir;
    auto store = makeStore(dir);
    const QString s = store->path();
    store.reset();
    const QString path = writeFile(dir, QStringLiteral("polisen.csv"), withUnknownCategory());
    const QStringList import = {QStringLiteral("import"),  path,
                                QStringLiteral("--store"), s,
                                QStringLiteral("--kind"),  QStringLiteral("incidents")};
    QString out, err;
    REQUIRE(runCli(import, &out, &err) == 0);
    REQUIRE(out.contains(QStringLiteral("Rejected: 1")));

    REQUIRE(runCli({QStringLiteral("rejects"), s}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("Batch 1")));
    CHECK(out.contains(QStringLiteral("open")));
    REQUIRE(runCli({QStringLiteral("rejects"), s, QStringLiteral("--batch"), QStringLiteral("1")}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("row 2")));
    CHECK(out.contains(QStringLiteral("unknown_category")));
    CHECK(out.contains(QStringLiteral("Snatteri")));

    // The unknown value mapped, the same file again: batch 2 has no rejects, batch 1's are superseded.
    REQUIRE(runCli(import + QStringList{QStringLiteral("--value"), QStringLiteral("Snatteri=inbrott_stold")}, &out,
                   &err) == 0);
    REQUIRE(out.contains(QStringLiteral("Rejected: 0")));
    REQUIRE(runCli({QStringLiteral("rejects"), s, QStringLiteral("--batch"), QStringLiteral("1")}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("superseded by batch 2")));
    CHECK(out.contains(QStringLiteral("row 2")));
    {
        auto opened = store::Store::open(s);
        REQUIRE(opened.ok());
        store::ImportCatalog catalog(**opened);
        auto b1 = catalog.batch(1);
        REQUIRE(b1.ok());
        CHECK(b1->supersededBy == 2);
    }

    // Undoing batch 2 leaves batch 1's rejects open again.
    REQUIRE(
        runCli({QStringLiteral("import"), QStringLiteral("--store"), s, QStringLiteral("--undo"), QStringLiteral("2")},
               &out, &err) == 0);
    REQUIRE(runCli({QStringLiteral("rejects"), s}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("open")));
    CHECK_FALSE(out.contains(QStringLiteral("superseded")));
}

TEST_CASE("a store of schema version 7 gets superseded marks on upgrade", "[io][rejects][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v7.gpkg"));
    {
        auto old = store::Store::createAtSchemaVersion(path, {}, 7);
        REQUIRE(old.ok());
        const store::Database &db = (*old)->database();
        REQUIRE(store::schemaVersion(db) == 7);
        REQUIRE(db.exec(QStringLiteral(
                            "INSERT INTO import_batches (id, started_at, finished_at, source_file, kind, rows_read, "
                            "rows_rejected) VALUES (1, '2024-01-05T08:00:00Z', '2024-01-05T08:00:01Z', '/data/a.csv', "
                            "'incidents', 1, 1);"
                            "INSERT INTO import_rejects (batch_id, row_number, raw_values, reason, reason_code) VALUES "
                            "(1, 1, '{}', 'Unknown category', 'unknown_category');"))
                    .ok());
    }
    auto opened = store::Store::open(path);
    REQUIRE(opened.ok());
    CHECK((*opened)->schemaVersion() == store::kCurrentSchemaVersion);
    store::ImportCatalog catalog(**opened);
    auto b = catalog.batch(1);
    REQUIRE(b.ok());
    CHECK(b->supersededBy == 0);
    CHECK(b->rowsRejected == 1);
    CHECK(catalog.rejects(1)->size() == 1);
}

TEST_CASE("areas named like areas already in the store are warned about", "[io][areas][cli]")
{
    QTemporaryDir dir;
    auto store = makeStore(dir);
    const QString s = store->path();
    store.reset();
    // A square of about 1 km in central Stockholm named like the store's municipality, and one new name.
    const QString geojson = writeFile(dir, QStringLiteral("districts.geojson"),
                                      R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"namn":"Teststad"},"geometry":{"type":"Polygon","coordinates":[[[18.06,59.32],[18.08,59.32],[18.08,59.33],[18.06,59.33],[18.06,59.32]]]}},
{"type":"Feature","properties":{"namn":"Norrmalm"},"geometry":{"type":"Polygon","coordinates":[[[18.05,59.33],[18.07,59.33],[18.07,59.34],[18.05,59.34],[18.05,59.33]]]}}]})");
    QString out, err;
    REQUIRE(runCli({QStringLiteral("import"), geojson, QStringLiteral("--store"), s, QStringLiteral("--kind"),
                    QStringLiteral("areas"), QStringLiteral("--set"), QStringLiteral("kind=district")},
                   &out, &err) == 0);
    INFO(out.toStdString() << err.toStdString());
    CHECK(out.contains(QStringLiteral("already has areas called Teststad")));
    CHECK_FALSE(out.contains(QStringLiteral("called Teststad, Norrmalm")));
}
