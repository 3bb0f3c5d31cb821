// A large import cut off at each of its phases, for real: lagesbild-cli sends itself SIGKILL when
// the phase named in LB_CLI_KILL_AT is reached. Whatever the phase, the store must open (undoing
// the cut-off write and saying so), pass SQLite's integrity check, keep its spatial index in step
// with its table, hold none or all of the killed batch, and take the same file fully afterwards.

#include "cli_process.h"
#include "import_test_support.h"
#include "store/sqlite_db.h"
#include "store/store.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>

using namespace lb;
using namespace lb::test;

namespace {

// Incidents around central Stockholm, inside the test municipality, every row distinct. The
// descriptions make each row about 100 bytes, so the file is estimated at over 50,000 rows and
// the import takes the bulk path (rollback journal, indexes rebuilt at the end).
QString writeIncidents(const QTemporaryDir &dir, const QString &name, int rows, int firstId)
{
    QByteArray csv = "Ärendenummer;Datum;Kategori;Latitud;Longitud;Beskrivning\n";
    csv.reserve(rows * 110);
    for (int i = 0; i < rows; ++i) {
        const int id = firstId + i;
        csv +=
            QStringLiteral("P%1;2023-%2-%3 %4:%5;Klotter;%6;%7;Klotter på fasad vid entré nummer %1, anmält av "
                           "fastighetsvärd\n")
                .arg(id)
                .arg(1 + id % 12, 2, 10, QLatin1Char('0'))
                .arg(1 + id % 28, 2, 10, QLatin1Char('0'))
                .arg(id % 24, 2, 10, QLatin1Char('0'))
                .arg(id % 60, 2, 10, QLatin1Char('0'))
                .arg(QString::number(59.30 + (id % 997) * 0.00005, 'f', 6).replace(QLatin1Char('.'), QLatin1Char(',')))
                .arg(QString::number(18.00 + (id % 1009) * 0.0001, 'f', 6).replace(QLatin1Char('.'), QLatin1Char(',')))
                .toUtf8();
    }
    return writeFile(dir, name, csv);
}

// A journal SQLite would roll back: its header was written (first byte not zero).
bool hotJournal(const QString &path)
{
    QFile f(path + QStringLiteral("-journal"));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(1);
    return !head.isEmpty() && head.at(0) != 0;
}

QStringList importArgs(const QString &csv, const QString &store)
{
    return {QStringLiteral("import"),   csv, QStringLiteral("--store"), store, QStringLiteral("--kind"),
            QStringLiteral("incidents")};
}

// What the store holds, read through plain SQLite.
struct StoreState {
    QString integrity;
    std::int64_t incidents = -1;
    std::int64_t batches = -1;
    std::int64_t batchRows = -1; // incidents whose batch row exists
    std::int64_t rtreeRows = -1;
    std::int64_t rtreeMismatches = -1; // incidents without a matching index box, and boxes without an incident
    QString schemaObjects;             // the incident table's indexes and triggers (a bulk load drops some)
};

StoreState readState(const QString &path)
{
    StoreState s;
    auto db = store::Database::open(path, store::Database::Mode::ReadOnly);
    REQUIRE(db.ok());
    s.integrity = db->queryText(QStringLiteral("PRAGMA integrity_check")).value_or(db->lastError());
    s.incidents = db->queryInt(QStringLiteral("SELECT count(*) FROM incidents")).value_or(-1);
    s.batches = db->queryInt(QStringLiteral("SELECT count(*) FROM import_batches")).value_or(-1);
    s.batchRows = db->queryInt(QStringLiteral("SELECT count(*) FROM incidents i JOIN import_batches b ON "
                                              "b.id = i.batch_id"))
                      .value_or(-1);
    s.rtreeRows = db->queryInt(QStringLiteral("SELECT count(*) FROM rtree_incidents_geom")).value_or(-1);
    // The R-tree keeps 32-bit floats rounded outwards: a box must hold its point and be under a metre wide.
    s.rtreeMismatches =
        db->queryInt(QStringLiteral(
                         "SELECT (SELECT count(*) FROM incidents i LEFT JOIN rtree_incidents_geom r ON r.id = i.fid "
                         "WHERE r.id IS NULL OR NOT (r.minx <= ST_MinX(i.geom) AND r.maxx >= ST_MaxX(i.geom) AND "
                         "r.miny <= ST_MinY(i.geom) AND r.maxy >= ST_MaxY(i.geom) AND r.maxx - r.minx < 1 AND "
                         "r.maxy - r.miny < 1)) + (SELECT count(*) FROM rtree_incidents_geom r LEFT JOIN "
                         "incidents i ON i.fid = r.id WHERE i.fid IS NULL)"))
            .value_or(-1);
    s.schemaObjects =
        db->queryText(QStringLiteral("SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master "
                                     "WHERE tbl_name = 'incidents' AND type IN ('index', 'trigger') "
                                     "ORDER BY name)"))
            .value_or(QString());
    return s;
}

} // namespace

TEST_CASE("an import killed at any phase leaves a store with none or all of its rows", "[io][cli][recovery]")
{
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("original.gpkg"));
    makeStore(dir, QStringLiteral("original.gpkg")).reset();
    constexpr int kFirst = 300, kBig = 40000;
    const QString first = writeIncidents(dir, QStringLiteral("first.csv"), kFirst, 1);
    const QString big = writeIncidents(dir, QStringLiteral("big.csv"), kBig, 100000);
    REQUIRE(QFileInfo(big).size() / 64 >= 50000); // the importer's estimate: the bulk path
    const CliRun seeded = runCliWith(importArgs(first, original));
    REQUIRE(seeded.exitCode == 0);
    const QString schemaObjects = readState(original).schemaObjects;
    REQUIRE(schemaObjects.contains(QStringLiteral("incidents_content_hash")));

    // index+60: 60 ms into the index rebuild; commit: while the commit overwrites pages in the file.
    const char *phases[] = {"reading", "writing", "index", "index+60", "commit", "committed"};
    for (const char *phase : phases) {
        DYNAMIC_SECTION("killed at " << phase)
        {
            const QString name = QString::fromLatin1(phase);
            const QString path = dir.filePath(QStringLiteral("killed-%1.gpkg").arg(name));
            REQUIRE(QFile::copy(original, path));
            CliOptions kill;
            kill.environment.push_back({QStringLiteral("LB_CLI_KILL_AT"), name});
            const CliRun killed = runCliWith(importArgs(big, path), kill);
            REQUIRE(killed.started);
            // A delayed kill may come after the import has finished; the checks hold either way.
            if (!name.contains(QLatin1Char('+')))
                CHECK(killed.killed);
            const bool journalLeft = hotJournal(path);
            // Killed while the commit overwrote pages: the journal is all that can undo them.
            if (name == QLatin1String("commit") && killed.killed)
                CHECK(journalLeft);

            // Every command opens it; the one that finds the journal says it undid the write.
            const CliRun info = runCliWith({QStringLiteral("info"), path});
            INFO(info.err.toStdString());
            REQUIRE(info.exitCode == 0);
            CHECK_FALSE(info.err.contains(QStringLiteral("damaged")));
            if (journalLeft)
                CHECK(info.err.contains(QStringLiteral("was cut off")));
            CHECK_FALSE(hotJournal(path));

            const StoreState s = readState(path);
            CHECK(s.integrity == QStringLiteral("ok"));
            const bool all = s.incidents == kFirst + kBig;
            CHECK((s.incidents == kFirst || all));
            CHECK(s.batches == (all ? 2 : 1));
            CHECK(s.batchRows == s.incidents);
            CHECK(s.rtreeRows == s.incidents);
            CHECK(s.rtreeMismatches == 0);
            CHECK(s.schemaObjects == schemaObjects);

            // The same file afterwards: everything is there once.
            const CliRun again = runCliWith(importArgs(big, path));
            INFO(again.err.toStdString());
            REQUIRE(again.exitCode == 0);
            CHECK(again.out.contains(all ? QStringLiteral("Already in the store: %1").arg(kBig)
                                         : QStringLiteral("Accepted: %1").arg(kBig)));
            const StoreState after = readState(path);
            CHECK(after.integrity == QStringLiteral("ok"));
            CHECK(after.incidents == kFirst + kBig);
            CHECK(after.rtreeRows == kFirst + kBig);
            CHECK(after.rtreeMismatches == 0);
            CHECK(after.schemaObjects == schemaObjects);
        }
    }
}
