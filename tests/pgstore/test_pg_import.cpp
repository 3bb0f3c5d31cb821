// The same file imported into a GeoPackage store and into its copy in PostGIS: the same rows
// accepted, found identical in the file, found already in the store, and rejected with the same
// row numbers and reasons; the same batch counts and the same incidents. The expected counts come
// from how the test wrote the file.

#include "pg_test_server.h"
#include "pgstore/pg_connection.h"
#include "pgstore/pg_store_reader.h"
#include "store/sqlite_db.h"
#include "store/store_reader.h"
#include "support/test_support.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace lb;

namespace {

struct TwoStores {
    QTemporaryDir dir;
    QString gpkg;
    QString url;
};

// The demo store as a file and as a copy in a fresh database.
void makeStores(TwoStores &s, const QString &database)
{
    REQUIRE(s.dir.isValid());
    s.gpkg = s.dir.filePath(QStringLiteral("demo.gpkg"));
    QString out, err;
    REQUIRE(test::runCli({QStringLiteral("demo"), QStringLiteral("--out"), s.gpkg}, &out, &err) == 0);
    s.url = test::freshPgDatabase(database);
    INFO(err.toStdString());
    REQUIRE(test::runCli({QStringLiteral("copy-store"), s.gpkg, s.url}, &out, &err) == 0);
}

// Points inside the demo municipality, on a grid over its extent.
std::vector<PointXY> pointsInside(const QString &gpkg, std::size_t wanted, Extent *extent)
{
    auto reader = store::openStoreReader(gpkg);
    REQUIRE(reader);
    auto areas = (*reader)->areas(QStringLiteral("municipality"));
    REQUIRE(areas);
    REQUIRE(areas->size() == 1);
    const MultiPolygon &m = areas->front().geometry;
    *extent = extentOf(m);
    std::vector<PointXY> out;
    for (int i = 1; out.size() < wanted && i < 100000; ++i) {
        const PointXY p{extent->minX + extent->width() * std::fmod(i * 0.6180339887, 1.0),
                        extent->minY + extent->height() * std::fmod(i * 0.7548776662, 1.0)};
        if (contains(m, {std::round(p.x), std::round(p.y)}))
            out.push_back({std::round(p.x), std::round(p.y)});
    }
    REQUIRE(out.size() == wanted);
    return out;
}

const QStringList kImportMapping{QStringLiteral("--kind"),         QStringLiteral("incidents"),
                                 QStringLiteral("--crs"),          QStringLiteral("EPSG:3006"),
                                 QStringLiteral("--map"),          QStringLiteral("ref=ref"),
                                 QStringLiteral("--map"),          QStringLiteral("time=time"),
                                 QStringLiteral("--map"),          QStringLiteral("category=category"),
                                 QStringLiteral("--map"),          QStringLiteral("x=x"),
                                 QStringLiteral("--map"),          QStringLiteral("y=y"),
                                 QStringLiteral("--map"),          QStringLiteral("source=source"),
                                 QStringLiteral("--map"),          QStringLiteral("description=text"),
                                 QStringLiteral("--show-rejects"), QStringLiteral("50")};

// The command's report without the lines that name the store or the time taken.
QStringList summaryLines(const QString &out)
{
    // Left out: the timings, and the note that a file store recognised the very same file without
    // reading its rows (a server store reads them again); the counts must agree either way.
    QStringList lines;
    for (const QString &l : out.split(QLatin1Char('\n')))
        if (!l.startsWith(QLatin1String("Imported ")) && !l.startsWith(QLatin1String("Time: ")) &&
            !l.startsWith(QLatin1String("The same file was imported with the same settings")))
            lines << l;
    return lines;
}

QStringList sqliteRows(const QString &path, const QString &sql, int columns)
{
    auto db = store::Database::open(path, store::Database::Mode::ReadOnly);
    REQUIRE(db);
    auto stmt = db->prepare(sql);
    REQUIRE(stmt);
    QStringList rows;
    while (stmt->step()) {
        QStringList fields;
        for (int c = 0; c < columns; ++c)
            fields << stmt->text(c);
        rows << fields.join(QLatin1Char('|'));
    }
    return rows;
}

QStringList pgRows(const QString &url, const QString &sql)
{
    auto db = pgstore::PgConnection::open(url);
    REQUIRE(db);
    auto rows = db->query(sql);
    INFO(rows.errorMessage().toStdString());
    REQUIRE(rows);
    QStringList out;
    for (int r = 0; r < rows->rowCount(); ++r) {
        QStringList fields;
        for (int c = 0; c < rows->columnCount(); ++c)
            fields << rows->text(r, c);
        out << fields.join(QLatin1Char('|'));
    }
    return out;
}

// The incidents of a batch, by reference id: every value the import stores.
QStringList batchIncidents(const QString &location, std::int64_t batch)
{
    pgstore::enableServerStores();
    auto reader = store::openStoreReader(location);
    REQUIRE(reader);
    auto all = (*reader)->incidents();
    REQUIRE(all);
    QStringList out;
    for (const Incident &i : *all)
        if (i.batchId == batch)
            out << QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8")
                       .arg(i.sourceRef, i.category, i.source, i.description)
                       .arg(i.occurredAt)
                       .arg(i.position.x, 0, 'f', 3)
                       .arg(i.position.y, 0, 'f', 3)
                       .arg(static_cast<int>(i.timePrecision));
    out.sort();
    return out;
}

} // namespace

TEST_CASE("The same import into a GeoPackage and into PostGIS stores and rejects the same rows", "[pgstore][import]")
{
    qputenv("LAGESBILD_LANG", "en");
    TwoStores s;
    makeStores(s, QStringLiteral("import_same"));
    Extent extent;
    const std::vector<PointXY> inside = pointsInside(s.gpkg, 302, &extent);
    const QStringList categories{QStringLiteral("klotter"), QStringLiteral("skadegorelse"),
                                 QStringLiteral("brand_container")};

    // 300 rows with a reference id, one of them twice; two equal rows without one (two incidents);
    // rows with a bad time, an unknown category and a place outside the municipality.
    const QString csv = s.dir.filePath(QStringLiteral("weekly.csv"));
    QFile f(csv);
    REQUIRE(f.open(QIODevice::WriteOnly));
    QTextStream t(&f);
    t << "ref;time;category;x;y;source;text\n";
    int row = 0;
    QList<int> badTime, badCategory, outside;
    const auto line = [&](const QString &ref, const QString &time, const QString &category, PointXY p,
                          const QString &text) {
        ++row;
        t << ref << ';' << time << ';' << category << ';' << QString::number(p.x, 'f', 0) << ';'
          << QString::number(p.y, 'f', 0) << ";Polisen;" << text << '\n';
    };
    for (int i = 0; i < 300; ++i) {
        line(QStringLiteral("T16-%1").arg(i),
             QStringLiteral("2025-%1-%2 %3:%4")
                 .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                 .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                 .arg(i % 24, 2, 10, QLatin1Char('0'))
                 .arg(i % 60, 2, 10, QLatin1Char('0')),
             categories[i % 3], inside[static_cast<size_t>(i)], QStringLiteral("anteckning %1 åäö").arg(i));
        if (i == 10)
            line(QStringLiteral("T16-0"), QStringLiteral("2025-01-01 00:00"), categories[0], inside[0],
                 QStringLiteral("anteckning 0 åäö"));
        if (i % 60 == 5) {
            line(QStringLiteral("T16-bad-%1").arg(i), QStringLiteral("not a time"), categories[0], inside[1], {});
            badTime << row;
        }
        if (i % 75 == 7) {
            line(QStringLiteral("T16-ufo-%1").arg(i), QStringLiteral("2025-02-02 12:00"), QStringLiteral("ufo"),
                 inside[2], {});
            badCategory << row;
        }
        if (i % 100 == 9) {
            line(QStringLiteral("T16-out-%1").arg(i), QStringLiteral("2025-02-02 12:00"), categories[1],
                 {extent.minX - 5000.0 - i, extent.minY - 5000.0}, {});
            outside << row;
        }
    }
    line({}, QStringLiteral("2025-06-01 10:00"), categories[1], inside[300], QStringLiteral("same"));
    line({}, QStringLiteral("2025-06-01 10:00"), categories[1], inside[300], QStringLiteral("same"));
    f.close();
    const int rejected = int(badTime.size() + badCategory.size() + outside.size());
    REQUIRE(rejected == 12);

    QString outA, outB, err;
    REQUIRE(test::runCli(QStringList{QStringLiteral("import"), csv, QStringLiteral("--store"), s.gpkg} + kImportMapping,
                         &outA, &err) == 0);
    INFO(err.toStdString());
    REQUIRE(test::runCli(QStringList{QStringLiteral("import"), csv, QStringLiteral("--store"), s.url} + kImportMapping,
                         &outB, &err) == 0);
    CHECK(outA.contains(QStringLiteral("Rows read: %1").arg(row)));
    CHECK(outA.contains(QStringLiteral("Accepted: 302")));
    CHECK(outA.contains(QStringLiteral("Rejected: %1").arg(rejected)));
    CHECK(outA.contains(QStringLiteral(": 1\n"))); // the reference id given twice
    CHECK(summaryLines(outB) == summaryLines(outA));

    // The batch and its rejects, as each store records them.
    const QString batchSql =
        QStringLiteral("SELECT id, source_file, kind, rows_read, rows_accepted, rows_rejected, "
                       "rows_duplicate, rows_identical FROM import_batches ORDER BY id DESC LIMIT 1");
    const QStringList batchA = sqliteRows(s.gpkg, batchSql, 8);
    REQUIRE(batchA.size() == 1);
    CHECK(pgRows(s.url, batchSql) == batchA);
    CHECK(batchA.front().endsWith(QStringLiteral("|incidents|%1|302|%2|0|1").arg(row).arg(rejected)));
    const std::int64_t batch = batchA.front().section(QLatin1Char('|'), 0, 0).toLongLong();
    const QString rejectSql = QStringLiteral("SELECT row_number, reason_code, reason, raw_values FROM import_rejects "
                                             "WHERE batch_id = %1 ORDER BY row_number")
                                  .arg(batch);
    const QStringList rejectsA = sqliteRows(s.gpkg, rejectSql, 4);
    CHECK(pgRows(s.url, rejectSql) == rejectsA);
    QStringList expected;
    for (int r : badTime)
        expected << QStringLiteral("%1|bad_time").arg(r);
    for (int r : badCategory)
        expected << QStringLiteral("%1|unknown_category").arg(r);
    for (int r : outside)
        expected << QStringLiteral("%1|outside_municipality").arg(r);
    std::sort(expected.begin(), expected.end(), [](const QString &a, const QString &b) {
        return a.section(QLatin1Char('|'), 0, 0).toInt() < b.section(QLatin1Char('|'), 0, 0).toInt();
    });
    QStringList got;
    for (const QString &r : rejectsA)
        got << r.section(QLatin1Char('|'), 0, 1);
    CHECK(got == expected);

    // The incidents themselves, and who imported them on the server.
    const QStringList incidentsA = batchIncidents(s.gpkg, batch);
    CHECK(incidentsA.size() == 302);
    CHECK(batchIncidents(s.url, batch) == incidentsA);
    CHECK(pgRows(s.url, QStringLiteral("SELECT author = current_user FROM edit_log WHERE action = 'import' ORDER BY "
                                       "id DESC LIMIT 1")) == QStringList{QStringLiteral("t")});
    // The layer's recorded extent grew alike.
    const QString extentSql =
        QStringLiteral("SELECT min_x, min_y, max_x, max_y FROM %1 WHERE table_name = 'incidents'");
    const QStringList extentA = sqliteRows(s.gpkg, extentSql.arg(QStringLiteral("gpkg_contents")), 4);
    const QStringList extentB = pgRows(s.url, extentSql.arg(QStringLiteral("layer_contents")));
    REQUIRE(extentA.size() == 1);
    REQUIRE(extentB.size() == 1);
    for (int k = 0; k < 4; ++k)
        CHECK(extentB.front().section(QLatin1Char('|'), k, k).toDouble() ==
              extentA.front().section(QLatin1Char('|'), k, k).toDouble());

    // The same file again: everything is already there, in both.
    REQUIRE(test::runCli(QStringList{QStringLiteral("import"), csv, QStringLiteral("--store"), s.gpkg} + kImportMapping,
                         &outA, &err) == 0);
    REQUIRE(test::runCli(QStringList{QStringLiteral("import"), csv, QStringLiteral("--store"), s.url} + kImportMapping,
                         &outB, &err) == 0);
    CHECK(outA.contains(QStringLiteral("Accepted: 0")));
    CHECK(outA.contains(QStringLiteral("Already in the store: 302")));
    CHECK(summaryLines(outB) == summaryLines(outA));
    CHECK(pgRows(s.url, QStringLiteral("SELECT count(*) FROM incidents")) ==
          sqliteRows(s.gpkg, QStringLiteral("SELECT count(*) FROM incidents"), 1));
}

TEST_CASE("A large import into PostGIS rebuilds the indexes it dropped and counts as the file import does",
          "[pgstore][import]")
{
    qputenv("LAGESBILD_LANG", "en");
    TwoStores s;
    makeStores(s, QStringLiteral("import_large"));
    const QString indexSql =
        QStringLiteral("SELECT indexdef FROM pg_indexes WHERE tablename = 'incidents' ORDER BY indexname");
    const QStringList indexesBefore = pgRows(s.url, indexSql);
    const QString keySql = QStringLiteral("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid "
                                          "= 'incidents'::regclass ORDER BY 1");
    const QStringList keysBefore = pgRows(s.url, keySql);
    const std::int64_t held = pgRows(s.url, QStringLiteral("SELECT count(*) FROM incidents")).front().toLongLong();
    Extent extent;
    const std::vector<PointXY> inside = pointsInside(s.gpkg, 1000, &extent);
    // More rows than the store holds, so the server's indexes are built again after the load.
    const int rows = static_cast<int>(std::max<std::int64_t>(60000, held + 1000));
    const QString csv = s.dir.filePath(QStringLiteral("large.csv"));
    QFile f(csv);
    REQUIRE(f.open(QIODevice::WriteOnly));
    QTextStream t(&f);
    t << "ref;time;category;x;y;source;text\n";
    for (int i = 0; i < rows; ++i)
        t << "L-" << i << ';'
          << QStringLiteral("2024-%1-%2 %3:%4")
                 .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                 .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                 .arg(i % 24, 2, 10, QLatin1Char('0'))
                 .arg(i % 60, 2, 10, QLatin1Char('0'))
          << ';' << (i % 2 ? "klotter" : "skadegorelse") << ';' << inside[static_cast<size_t>(i) % inside.size()].x
          << ';' << inside[static_cast<size_t>(i) % inside.size()].y << ";Polisen;\n";
    f.close();
    QString outA, outB, err;
    REQUIRE(test::runCli(QStringList{QStringLiteral("import"), csv, QStringLiteral("--store"), s.gpkg} + kImportMapping,
                         &outA, &err) == 0);
    INFO(err.toStdString());
    REQUIRE(test::runCli(QStringList{QStringLiteral("import"), csv, QStringLiteral("--store"), s.url} + kImportMapping,
                         &outB, &err) == 0);
    CHECK(outA.contains(QStringLiteral("Accepted: %1").arg(rows)));
    CHECK(summaryLines(outB) == summaryLines(outA));
    CHECK(pgRows(s.url, QStringLiteral("SELECT count(*) FROM incidents")) == QStringList{QString::number(held + rows)});
    CHECK(pgRows(s.url, indexSql) == indexesBefore);
    CHECK(pgRows(s.url, keySql) == keysBefore);
    // The spatial index answers a query for one district's box.
    const QStringList plan = pgRows(
        s.url, QStringLiteral("EXPLAIN SELECT fid FROM incidents WHERE geom && ST_MakeEnvelope(%1, %2, %3, %4, 3006)")
                   .arg(extent.minX)
                   .arg(extent.minY)
                   .arg(extent.minX + 500)
                   .arg(extent.minY + 500));
    CHECK(plan.join(QLatin1Char('\n')).contains(QLatin1String("incidents_geom")));
}
