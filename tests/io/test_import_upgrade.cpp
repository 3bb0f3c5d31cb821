// A store from before schema version 5 kept its content hashes as a letter and 16 hex digits and
// had a unique index over every incident's source and reference id. After the upgrade the hashes
// are 8-byte blobs and the reference index covers hand-entered incidents only; importing the same
// rows again must still add nothing twice, whether the old row came from an import (found by its
// hash) or was entered by hand (found by its reference id).

#include "import_test_support.h"
#include "io/importer.h"
#include "store/schema.h"
#include "store/sqlite_db.h"
#include "support/catch_qt.h"

#include <QCryptographicHash>

#include <catch2/catch.hpp>

using namespace lb;
using namespace lb::io;
using namespace lb::test;

namespace {

// The hash version 4 stored for an incident with a reference id: 'r' and the first 8 bytes of the
// SHA-1 of source and reference, each followed by 0x1F, in hex.
QByteArray oldRefHash(const QByteArray &source, const QByteArray &ref)
{
    const QByteArray digest =
        QCryptographicHash::hash(QByteArray(source + '\x1f' + ref + '\x1f'), QCryptographicHash::Sha1);
    return 'r' + digest.first(8).toHex();
}

} // namespace

TEST_CASE("an upgraded store keeps recognising rows imported or entered before version 5", "[io][import][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v4.gpkg"));
    const QByteArray hashP1 = oldRefHash("Polisen", "P1");
    const QByteArray hashP2 = oldRefHash("Polisen", "P2");
    const QByteArray contentHash = "c0123456789abcdef";
    {
        auto old = store::Store::createAtSchemaVersion(path, {}, 4);
        REQUIRE(old.ok());
        const store::Database &db = (*old)->database();
        REQUIRE(store::schemaVersion(db) == 4);
        // Two imported incidents, one entered by hand with a reference id, one imported without.
        const QString sql =
            QStringLiteral(
                "INSERT INTO import_batches (id, started_at, finished_at, kind) VALUES (1, '2024-01-05T08:00:00Z', "
                "'2024-01-05T08:00:01Z', 'incidents');"
                "INSERT INTO incidents (occurred_at, category, source, source_ref, batch_id, content_hash) VALUES "
                "('2024-01-02T10:00:00Z', 'klotter', 'Polisen', 'P1', 1, '%1'),"
                "('2024-01-03T10:00:00Z', 'klotter', 'Polisen', 'P2', 1, '%2'),"
                "('2024-01-04T10:00:00Z', 'klotter', 'Polisen', 'P3', NULL, NULL),"
                "('2024-01-05T10:00:00Z', 'klotter', NULL, NULL, 1, '%3');")
                .arg(QString::fromLatin1(hashP1), QString::fromLatin1(hashP2), QString::fromLatin1(contentHash));
        REQUIRE(db.exec(sql).ok());
    }

    auto opened = store::Store::open(path);
    REQUIRE(opened.ok());
    store::Store &store = **opened;
    const store::Database &db = store.database();
    CHECK(store.schemaVersion() == store::kCurrentSchemaVersion);
    CHECK(countRows(store, QStringLiteral("incidents"), QStringLiteral("typeof(content_hash) = 'text'")) == 0);
    CHECK(countRows(store, QStringLiteral("incidents"), QStringLiteral("typeof(content_hash) = 'blob'")) == 3);
    CHECK(db.queryInt(QStringLiteral("SELECT count(*) FROM incidents WHERE source_ref = 'P1' AND content_hash = "
                                     "x'%1'")
                          .arg(QString::fromLatin1(hashP1.mid(1)))) == 1);
    CHECK(db.queryInt(QStringLiteral("SELECT count(*) FROM incidents WHERE source_ref IS NULL AND content_hash = "
                                     "x'0123456789abcdef'")) == 1);
    CHECK(db.queryText(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'incidents_source_ref'"))
              .value_or(QString())
              .contains(QStringLiteral("content_hash IS NULL")));

    // P1 and P2 come again (found by hash), P3 was entered by hand (found by its reference), P4 is new.
    const QString csv = writeFile(dir, QStringLiteral("again.csv"),
                                  "id;kalla;datum;kategori;lat;lon\n"
                                  "P1;Polisen;2024-01-02 11:00;Klotter;59,3293;18,0686\n"
                                  "P2;Polisen;2024-01-03 11:00;Klotter;59,3293;18,0686\n"
                                  "P3;Polisen;2024-01-04 11:00;Klotter;59,3293;18,0686\n"
                                  "P4;Polisen;2024-01-06 11:00;Klotter;59,3293;18,0686\n");
    FieldMapping m;
    m.kind = ImportKind::Incidents;
    m.columns = {
        {QStringLiteral("ref"), QStringLiteral("id")},     {QStringLiteral("source"), QStringLiteral("kalla")},
        {QStringLiteral("time"), QStringLiteral("datum")}, {QStringLiteral("category"), QStringLiteral("kategori")},
        {QStringLiteral("x"), QStringLiteral("lon")},      {QStringLiteral("y"), QStringLiteral("lat")}};
    m.sourceEpsg = 4326;
    auto imp = Importer::create(store, csv, m);
    REQUIRE(imp.ok());
    Feedback fb;
    auto summary = (*imp)->run(fb);
    REQUIRE(summary.ok());
    CHECK(summary->rowsRead == 4);
    CHECK(summary->accepted == 1);
    CHECK(summary->duplicates == 3);
    CHECK(summary->rejected == 0);
    CHECK(countRows(store, QStringLiteral("incidents")) == 5);
    CHECK(countRows(store, QStringLiteral("incidents"), QStringLiteral("source_ref = 'P3'")) == 1);
    CHECK(countRows(store, QStringLiteral("incidents"), QStringLiteral("source_ref = 'P4'")) == 1);
    CHECK(countRows(store, QStringLiteral("rtree_incidents_geom")) ==
          countRows(store, QStringLiteral("incidents"), QStringLiteral("geom IS NOT NULL")));
}

TEST_CASE("an import and a preview of the same rows agree on what is already stored", "[io][import][dedup]")
{
    // An import converts incidents straight to UTF-8 when the text needs no change and through
    // QString when it does (spaces to trim or fold, Windows-1252 letters, non-breaking spaces);
    // both routes must give the hash the preview computes through QString.
    QTemporaryDir dir;
    auto store = makeStore(dir);
    QByteArray csv = "id;kalla;datum;kategori;lat;lon;text\n";
    csv += ";Polisen;2024-01-02 11:00;Klotter;59,3293;18,0686;Klotter på gångtunneln\n";
    csv += ";  Polisen   Syd ;2024-01-02 12:00;Klotter;59,3294;18,0686;  två  mellanslag \n";
    csv += ";Polisen;2024-01-02 13:00;Klotter;59,3295;18,0686;hårt\xc2\xa0mellanslag\n";
    csv += ";Bostadsbolaget;2024-01-02 14:00;Skadegörelse;59,3296;18,0686;\n";
    csv += "R1; Polisen ;2024-01-02 15:00;Klotter;59,3297;18,0686;med referens\n";
    csv += "R2;Polisen  Nord;2024-01-02 16:00;Klotter;59,3298;18,0686;\n";
    csv += ";Polisen;2024-01-02 17:00;Klotter;59,3299;18,0686;Windows-1252: \xe5\xe4\xf6\n";
    const QString path = writeFile(dir, QStringLiteral("mixed.csv"), csv);
    FieldMapping m;
    m.kind = ImportKind::Incidents;
    m.columns = {{QStringLiteral("ref"), QStringLiteral("id")},
                 {QStringLiteral("source"), QStringLiteral("kalla")},
                 {QStringLiteral("time"), QStringLiteral("datum")},
                 {QStringLiteral("category"), QStringLiteral("kategori")},
                 {QStringLiteral("x"), QStringLiteral("lon")},
                 {QStringLiteral("y"), QStringLiteral("lat")},
                 {QStringLiteral("description"), QStringLiteral("text")}};
    m.sourceEpsg = 4326;
    {
        auto imp = Importer::create(*store, path, m);
        REQUIRE(imp.ok());
        Feedback fb;
        auto summary = (*imp)->run(fb);
        REQUIRE(summary.ok());
        REQUIRE(summary->accepted == 7);
    }
    auto again = Importer::create(*store, path, m);
    REQUIRE(again.ok());
    auto rows = (*again)->preview(10);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 7);
    for (const PreviewRow &row : *rows) {
        INFO("row " << row.rowNumber);
        CHECK(row.status == PreviewRow::Status::Duplicate);
    }
    // The stored text is what the QString route makes of it.
    CHECK(countRows(*store, QStringLiteral("incidents"), QStringLiteral("source = 'Polisen Syd'")) == 1);
    CHECK(countRows(*store, QStringLiteral("incidents"), QStringLiteral("description = 'två  mellanslag'")) == 1);
    CHECK(countRows(*store, QStringLiteral("incidents"), QStringLiteral("description = 'Windows-1252: åäö'")) == 1);
    CHECK(countRows(*store, QStringLiteral("incidents"), QStringLiteral("source_ref = 'R1' AND source = 'Polisen'")) ==
          1);
}
