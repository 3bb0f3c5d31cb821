// Moving a store into PostgreSQL/PostGIS and back loses nothing: the demo store plus an import
// with a rejected row, an edit-log entry and a saved profile goes gpkg -> server -> gpkg, and
// every table of the result equals the original row by row, value by value.

#include "pg_test_server.h"
#include "pgstore/pg_connection.h"
#include "store/sqlite_db.h"
#include "support/test_support.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace lb;

namespace {

// Every row of a table as text: each value with its SQLite storage class, reals to 17 digits,
// blobs in hex. Sorted, so that insertion order does not matter.
QStringList tableRows(const store::Database &db, const QString &table)
{
    auto info = db.prepare(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
    REQUIRE(info);
    QStringList columns;
    while (info->step())
        columns << info->text(0);
    REQUIRE(!columns.isEmpty());
    QStringList select;
    for (const QString &c : columns)
        select << QStringLiteral("typeof(\"%1\"), \"%1\"").arg(c);
    auto rows = db.prepare(QStringLiteral("SELECT %1 FROM \"%2\"").arg(select.join(QLatin1Char(',')), table));
    REQUIRE(rows);
    QStringList out;
    while (rows->step()) {
        QStringList values;
        for (int i = 0; i < columns.size(); ++i) {
            const QString type = rows->text(2 * i);
            const int column = 2 * i + 1;
            QString value;
            if (type == QLatin1String("real"))
                value = QString::number(rows->real(column), 'g', 17);
            else if (type == QLatin1String("blob")) {
                int size = 0;
                const unsigned char *data = rows->blob(column, &size);
                value = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(data), size).toHex());
            } else if (type == QLatin1String("integer"))
                value = QString::number(rows->int64(column));
            else if (type == QLatin1String("text"))
                value = rows->text(column);
            values << type + QLatin1Char(':') + value;
        }
        out << values.join(QLatin1Char('|'));
    }
    REQUIRE_FALSE(rows->failed());
    out.sort();
    return out;
}

// The tables to compare: all but the R-tree's internal node tables (their layout depends on the
// order of insertion; the R-tree's entries themselves are compared).
QStringList storeTables(const store::Database &db)
{
    auto rows =
        db.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                  "'rtree\\_%\\_node' ESCAPE '\\' AND name NOT LIKE 'rtree\\_%\\_parent' "
                                  "ESCAPE '\\' AND name NOT LIKE 'rtree\\_%\\_rowid' ESCAPE '\\' ORDER BY name"));
    REQUIRE(rows);
    QStringList tables;
    while (rows->step())
        tables << rows->text(0);
    return tables;
}

} // namespace

TEST_CASE("A store copied into PostGIS and back equals the original in every table", "[pgstore][copy]")
{
    qputenv("LAGESBILD_LANG", "en");
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString original = dir.filePath(QStringLiteral("demo.gpkg"));
    const QString back = dir.filePath(QStringLiteral("back.gpkg"));
    QString out, err;
    REQUIRE(test::runCli({QStringLiteral("demo"), QStringLiteral("--out"), original}, &out, &err) == 0);

    // An import that leaves a batch, one rejected row, a saved profile and an edit-log entry, with
    // a newline, a backslash and a tab in the values (COPY's escape characters).
    const QString csv = dir.filePath(QStringLiteral("import.csv"));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("x,y,datum,kategori,ref,text\n"
               "646686.84,6553700.39,2024-03-01 12:00,klotter,A1,\"Rad med\nradbrytning och \\ snedstreck\"\n"
               "646700,6553710,not a date,klotter,A2,x\n"
               "646710.5,6553720.25,2024-03-02 13:30,skadegorelse,\"A3\ttab\",y\n");
    file.close();
    REQUIRE(test::runCli({QStringLiteral("import"), csv, QStringLiteral("--store"), original, QStringLiteral("--kind"),
                          QStringLiteral("incidents"), QStringLiteral("--map"), QStringLiteral("time=datum"),
                          QStringLiteral("--map"), QStringLiteral("category=kategori"), QStringLiteral("--map"),
                          QStringLiteral("ref=ref"), QStringLiteral("--map"), QStringLiteral("description=text"),
                          QStringLiteral("--set"), QStringLiteral("source=Test"), QStringLiteral("--profile"),
                          QStringLiteral("veckorapport")},
                         &out, &err) == 0);

    const QString url = test::freshPgDatabase(QStringLiteral("copy_roundtrip"));
    INFO(err.toStdString());
    REQUIRE(test::runCli({QStringLiteral("copy-store"), original, url}, &out, &err) == 0);

    {
        // On the server: the imported point to the coordinate, its time in UTC (12:00 in Stockholm
        // in March is 11:00 UTC), the batch with its one rejected row and its reason.
        auto db = pgstore::PgConnection::open(url);
        REQUIRE(db);
        auto point = db->query(QStringLiteral("SELECT ST_X(geom), ST_Y(geom), ST_SRID(geom), occurred_at, "
                                              "description FROM incidents WHERE source_ref = 'A1'"));
        REQUIRE(point);
        REQUIRE(point->rowCount() == 1);
        CHECK(point->real(0, 0) == 646686.84);
        CHECK(point->real(0, 1) == 6553700.39);
        CHECK(point->text(0, 2) == QLatin1String("3006"));
        CHECK(point->text(0, 3) == QLatin1String("2024-03-01 11:00:00+00"));
        CHECK(point->text(0, 4) == QStringLiteral("Rad med\nradbrytning och \\ snedstreck"));
        auto rejects = db->query(QStringLiteral("SELECT row_number, reason_code FROM import_rejects"));
        REQUIRE(rejects);
        REQUIRE(rejects->rowCount() == 1);
        CHECK(rejects->int64(0, 0) == 2);
        CHECK(rejects->text(0, 1) == QLatin1String("bad_time"));
        auto accepted = db->queryText(QStringLiteral("SELECT rows_accepted FROM import_batches"));
        REQUIRE(accepted);
        CHECK(*accepted == QLatin1String("2"));
        // The spatial index is there for extent queries.
        auto index =
            db->queryText(QStringLiteral("SELECT indexdef FROM pg_indexes WHERE indexname = 'incidents_geom'"));
        REQUIRE(index);
        CHECK(index->contains(QLatin1String("USING gist (geom)")));
    }

    // Copying into a store that has rows is refused, and leaves it as it was.
    CHECK(test::runCli({QStringLiteral("copy-store"), original, url}, &out, &err) == 1);
    CHECK(err.contains(QLatin1String("not empty")));

    REQUIRE(test::runCli({QStringLiteral("copy-store"), url, back}, &out, &err) == 0);

    auto a = store::Database::open(original, store::Database::Mode::ReadOnly);
    auto b = store::Database::open(back, store::Database::Mode::ReadOnly);
    REQUIRE(a);
    REQUIRE(b);
    const QStringList tables = storeTables(*a);
    REQUIRE(storeTables(*b) == tables);
    for (const char *t : {"incidents", "import_batches", "import_rejects", "edit_log", "categories", "areas", "walks",
                          "walk_findings", "survey_pins", "interventions", "import_profiles", "lb_meta",
                          "gpkg_contents", "sqlite_sequence", "rtree_incidents_geom"})
        REQUIRE(tables.contains(QLatin1String(t)));
    for (const QString &table : tables) {
        INFO("table " << table.toStdString());
        const QStringList before = tableRows(*a, table);
        const QStringList after = tableRows(*b, table);
        CHECK(after.size() == before.size());
        CHECK(after == before);
    }
    // The comparison saw the data: the demo's incidents plus the two imported.
    CHECK(tableRows(*b, QStringLiteral("incidents")).size() ==
          a->queryInt(QStringLiteral("SELECT count(*) FROM incidents WHERE batch_id IS NULL")).value_or(-1) + 2);

    // An existing file is never overwritten.
    CHECK(test::runCli({QStringLiteral("copy-store"), url, back}, &out, &err) == 1);
}
