// Large imports: at 50 000 expected rows or more, and at least as many as the table holds, the
// record writer drops the incidents table's indexes (the unique content-hash index too),
// deduplicates in memory and rebuilds the indexes and the spatial index at the end. These tests
// run that path with 60 000 generated incidents and check what must hold afterwards: re-imports
// add nothing, overlapping files add exactly their new rows, a refused row keeps its neighbours,
// a canceled load leaves the store as it was, and the R-tree has one entry per incident at the
// incident's position.
//
// The incidents are given in SWEREF 99 TM, the store's own CRS, with whole-metre coordinates:
// nothing is reprojected, and the R-tree's 32-bit floats hold such values exactly (below 2^24),
// so its bounds must equal the generated coordinates.

#include "import_test_support.h"
#include "io/importer.h"
#include "store/import_catalog.h"
#include "support/catch_qt.h"

#include <QCryptographicHash>
#include <QFile>

#include <catch2/catch.hpp>

#include <functional>

using namespace lb;
using namespace lb::io;
using namespace lb::test;

namespace {

constexpr int kBulkRows = 60000;

// Incident i: reference B000000 + i, at a whole-metre position inside the municipality's rectangle
// (660 000–690 000 E, 6 570 000–6 595 000 N, see import_test_support.h) with a 1 km margin.
QString bulkRef(int i)
{
    return QStringLiteral("B%1").arg(i, 6, 10, QLatin1Char('0'));
}

PointXY bulkPosition(int i)
{
    return {661000.0 + (i * 7919) % 28000, 6571000.0 + (i * 7907) % 23000};
}

// Rows first .. first + count - 1. Every line is longer than 64 bytes: the importer estimates a
// CSV's row count as its size / 64, and only an estimate of 50 000 or more takes the bulk path.
QByteArray bulkCsv(int first, int count)
{
    QByteArray out = "id;datum;kategori;e;n;beskrivning\n";
    out.reserve(80 * count);
    for (int i = first; i < first + count; ++i) {
        const PointXY p = bulkPosition(i);
        out += QStringLiteral("%1;2023-06-%2 10:%3;Klotter;%4;%5;Rad %6 i massimporten\n")
                   .arg(bulkRef(i))
                   .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                   .arg(i % 60, 2, 10, QLatin1Char('0'))
                   .arg(static_cast<qint64>(p.x))
                   .arg(static_cast<qint64>(p.y))
                   .arg(i)
                   .toUtf8();
    }
    REQUIRE(out.size() / 64 >= count);
    return out;
}

FieldMapping bulkMapping()
{
    FieldMapping m;
    m.kind = ImportKind::Incidents;
    m.columns = {{QStringLiteral("ref"), QStringLiteral("id")},
                 {QStringLiteral("time"), QStringLiteral("datum")},
                 {QStringLiteral("category"), QStringLiteral("kategori")},
                 {QStringLiteral("x"), QStringLiteral("e")},
                 {QStringLiteral("y"), QStringLiteral("n")},
                 {QStringLiteral("description"), QStringLiteral("beskrivning")}};
    m.sourceEpsg = 3006;
    return m;
}

QStringList names(const store::Store &store, const QString &sql)
{
    QStringList out;
    auto q = store.database().prepare(sql);
    REQUIRE(q.ok());
    while (q->step())
        out << q->text(0);
    return out;
}

QStringList incidentIndexes(const store::Store &store)
{
    return names(store, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'incidents' "
                                       "ORDER BY name"));
}

bool hasRTreeTrigger(const store::Store &store)
{
    return store.database()
               .queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND "
                                        "name = 'rtree_incidents_geom_insert'"))
               .value_or(0) == 1;
}

bool hasContentHashIndex(const store::Store &store)
{
    return incidentIndexes(store).contains(QStringLiteral("incidents_content_hash"));
}

struct RunResult {
    Result<ImportSummary> summary;
    bool hashIndexDroppedDuringLoad = false;
};

// Runs the import and looks at the store whenever progress is reported, to see whether the load
// took the bulk path (the unique content-hash index gone while rows go in). `onProgress` may cancel.
RunResult runImport(store::Store &store, const QString &path,
                    const std::function<void(Feedback &, int call)> &onProgress = {})
{
    auto imp = Importer::create(store, path, bulkMapping());
    if (!imp)
        return {imp.error()};
    bool dropped = false;
    int calls = 0;
    Feedback *self = nullptr;
    Feedback fb([&](double percent, const QString &) {
        if (percent < 99.0 && !hasContentHashIndex(store))
            dropped = true;
        if (onProgress)
            onProgress(*self, ++calls);
    });
    self = &fb;
    auto summary = (*imp)->run(fb);
    return {std::move(summary), dropped};
}

// One R-tree entry per incident, a sound tree, and for the sampled incidents bounds equal to the
// generated position and to the stored geometry.
void checkRTree(const store::Store &store, std::int64_t incidents, std::initializer_list<int> samples)
{
    const store::Database &db = store.database();
    CHECK(countRows(store, QStringLiteral("rtree_incidents_geom")) == incidents);
    CHECK(db.queryInt(QStringLiteral("SELECT count(*) FROM incidents i JOIN rtree_incidents_geom r ON r.id = i.fid")) ==
          incidents);
    CHECK(db.queryText(QStringLiteral("SELECT rtreecheck('rtree_incidents_geom')")).value_or(QString()) ==
          QStringLiteral("ok"));
    for (int i : samples) {
        INFO("incident " << bulkRef(i).toStdString());
        auto q = db.prepare(QStringLiteral("SELECT r.minx, r.maxx, r.miny, r.maxy, ST_MinX(i.geom), ST_MinY(i.geom) "
                                           "FROM incidents i JOIN rtree_incidents_geom r ON r.id = i.fid "
                                           "WHERE i.source_ref = ?"));
        REQUIRE(q.ok());
        q->bind(1, bulkRef(i));
        REQUIRE(q->step());
        const PointXY p = bulkPosition(i);
        CHECK(q->real(0) == p.x);
        CHECK(q->real(1) == p.x);
        CHECK(q->real(2) == p.y);
        CHECK(q->real(3) == p.y);
        CHECK(q->real(4) == p.x);
        CHECK(q->real(5) == p.y);
        CHECK_FALSE(q->step()); // one incident per reference
    }
}

void checkIndexesRestored(const store::Store &store, const QStringList &expected)
{
    const QStringList now = incidentIndexes(store);
    CHECK(now == expected);
    CHECK(now.contains(QStringLiteral("incidents_content_hash")));
    CHECK(now.contains(QStringLiteral("incidents_source_ref")));
    CHECK(hasRTreeTrigger(store));
}

// Every table's rows (sorted, so the order of a scan does not matter) and the whole schema,
// hashed: equal digests mean equal contents.
QByteArray contentDigest(const store::Store &store)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList schema =
        names(store, QStringLiteral("SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master "
                                    "ORDER BY type, name"));
    hash.addData(schema.join(QLatin1Char('\n')).toUtf8());
    const QStringList tables =
        names(store, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    for (const QString &table : tables) {
        const QStringList columns = names(store, QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
        REQUIRE_FALSE(columns.isEmpty());
        QStringList quoted;
        for (const QString &c : columns)
            quoted << QStringLiteral("quote(\"%1\")").arg(c);
        QStringList rows = names(
            store, QStringLiteral("SELECT %1 FROM \"%2\"").arg(quoted.join(QStringLiteral(" || '|' || ")), table));
        rows.sort();
        hash.addData(table.toUtf8());
        hash.addData(rows.join(QLatin1Char('\n')).toUtf8());
    }
    return hash.result();
}

// The store file's bytes once everything in the write-ahead log is in the file itself, except the
// header's file change counter and its copy ("version-valid-for"): a large load switches the
// journal mode from WAL to a rollback journal and back, and each switch counts as a change.
QByteArray fileBytes(const store::Store &store)
{
    REQUIRE(store.database().queryInt(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) == 0);
    QFile f(store.path());
    REQUIRE(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    REQUIRE(bytes.size() >= 100);
    bytes.replace(24, 4, QByteArray(4, '\0'));
    bytes.replace(92, 4, QByteArray(4, '\0'));
    return bytes;
}

} // namespace

TEST_CASE("a bulk re-import of the same 60 000 incidents adds nothing", "[io][import][bulk][dedup]")
{
    QTemporaryDir dir;
    auto store = makeStore(dir);
    const QStringList indexes = incidentIndexes(*store);
    const QString path = writeFile(dir, QStringLiteral("bulk.csv"), bulkCsv(0, kBulkRows));

    auto first = runImport(*store, path);
    REQUIRE(first.summary.ok());
    CHECK(first.hashIndexDroppedDuringLoad);
    CHECK(first.summary->rowsRead == kBulkRows);
    CHECK(first.summary->accepted == kBulkRows);
    CHECK(first.summary->duplicates == 0);
    CHECK(first.summary->rejected == 0);
    CHECK(countRows(*store, QStringLiteral("incidents")) == kBulkRows);
    checkIndexesRestored(*store, indexes);
    checkRTree(*store, kBulkRows, {0, 1, 12345, kBulkRows - 1});

    // The table now holds as many rows as the file has: the load is still a bulk load, and the
    // in-memory deduplication must know every hash the table held when it began. No row is new,
    // so the indexes are never dropped and there is nothing to rebuild.
    auto again = runImport(*store, path);
    REQUIRE(again.summary.ok());
    CHECK_FALSE(again.hashIndexDroppedDuringLoad);
    CHECK(again.summary->rowsRead == kBulkRows);
    CHECK(again.summary->accepted == 0);
    CHECK(again.summary->duplicates == kBulkRows);
    CHECK(again.summary->rejected == 0);
    CHECK(countRows(*store, QStringLiteral("incidents")) == kBulkRows);
    CHECK(countRows(*store, QStringLiteral("incidents"), QStringLiteral("batch_id = %1").arg(again.summary->batchId)) ==
          0);
    checkIndexesRestored(*store, indexes);
    checkRTree(*store, kBulkRows, {0, 2, 30000, 47111, kBulkRows - 1});
    auto batch = store::ImportCatalog(*store).batch(again.summary->batchId);
    REQUIRE(batch.ok());
    CHECK(batch->rowsAccepted == 0);
    CHECK(batch->rowsDuplicate == kBulkRows);
}

TEST_CASE("a bulk import of an overlapping file accepts exactly the new incidents", "[io][import][bulk][dedup]")
{
    QTemporaryDir dir;
    auto store = makeStore(dir);
    const QStringList indexes = incidentIndexes(*store);
    REQUIRE(runImport(*store, writeFile(dir, QStringLiteral("old.csv"), bulkCsv(0, kBulkRows))).summary->accepted ==
            kBulkRows);

    // Incidents 30 000–89 999: the first half is in the store, the second half is new.
    constexpr int first = kBulkRows / 2, count = kBulkRows, fresh = first + count - kBulkRows;
    auto overlap = runImport(*store, writeFile(dir, QStringLiteral("overlap.csv"), bulkCsv(first, count)));
    REQUIRE(overlap.summary.ok());
    CHECK(overlap.hashIndexDroppedDuringLoad);
    CHECK(overlap.summary->rowsRead == count);
    CHECK(overlap.summary->accepted == fresh);
    CHECK(overlap.summary->duplicates == count - fresh);
    CHECK(overlap.summary->rejected == 0);
    CHECK(countRows(*store, QStringLiteral("incidents")) == kBulkRows + fresh);
    CHECK(store->database().queryInt(QStringLiteral("SELECT count(DISTINCT source_ref) FROM incidents")) ==
          kBulkRows + fresh);
    // The new batch holds exactly the references the store did not have.
    const QString newBatch = QStringLiteral("batch_id = %1").arg(overlap.summary->batchId);
    CHECK(countRows(*store, QStringLiteral("incidents"), newBatch) == fresh);
    CHECK(store->database().queryText(QStringLiteral("SELECT min(source_ref) FROM incidents WHERE ") + newBatch) ==
          bulkRef(kBulkRows));
    CHECK(store->database().queryText(QStringLiteral("SELECT max(source_ref) FROM incidents WHERE ") + newBatch) ==
          bulkRef(first + count - 1));
    checkIndexesRestored(*store, indexes);
    checkRTree(*store, kBulkRows + fresh, {0, first, kBulkRows - 1, kBulkRows, 75000, first + count - 1});
}

TEST_CASE("rows the store refuses in a bulk load are rejected and their neighbours kept", "[io][import][bulk]")
{
    QTemporaryDir dir;
    auto store = makeStore(dir);
    const QStringList indexes = incidentIndexes(*store);
    // Many rows go into one INSERT in a bulk load; a refused row must not take the others with it.
    REQUIRE(store->database()
                .exec(QStringLiteral("CREATE TRIGGER test_refuse BEFORE INSERT ON incidents "
                                     "WHEN NEW.source_ref IN ('%1', '%2') "
                                     "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
                          .arg(bulkRef(100), bulkRef(30000)))
                .ok());
    auto run = runImport(*store, writeFile(dir, QStringLiteral("bulk.csv"), bulkCsv(0, kBulkRows)));
    REQUIRE(run.summary.ok());
    CHECK(run.hashIndexDroppedDuringLoad);
    CHECK(run.summary->rowsRead == kBulkRows);
    CHECK(run.summary->accepted == kBulkRows - 2);
    CHECK(run.summary->rejected == 2);
    CHECK(run.summary->rejectedByReason[static_cast<size_t>(RejectReason::WriteFailed)] == 2);
    CHECK(countRows(*store, QStringLiteral("incidents")) == kBulkRows - 2);
    CHECK(countRows(*store, QStringLiteral("incidents"),
                    QStringLiteral("source_ref IN ('%1', '%2')").arg(bulkRef(100), bulkRef(30000))) == 0);

    auto rejects = store::ImportCatalog(*store).rejects(run.summary->batchId);
    REQUIRE(rejects.ok());
    REQUIRE(rejects->size() == 2);
    CHECK(rejects->at(0).rowNumber == 101);
    CHECK(rejects->at(0).reasonCode == QStringLiteral("write_failed"));
    CHECK(rejects->at(0).reason.contains(QStringLiteral("refused by the test")));
    CHECK(rejects->at(1).rowNumber == 30001);
    CHECK(rejects->at(1).reasonCode == QStringLiteral("write_failed"));

    checkIndexesRestored(*store, indexes);
    checkRTree(*store, kBulkRows - 2, {0, 99, 101, 255, 256, 29999, 30001, kBulkRows - 1});
}

TEST_CASE("canceling a bulk import leaves the store as it was", "[io][import][bulk][cancel]")
{
    QTemporaryDir dir;
    auto store = makeStore(dir);
    const QStringList indexes = incidentIndexes(*store);
    constexpr int base = 1000;
    REQUIRE(runImport(*store, writeFile(dir, QStringLiteral("base.csv"), bulkCsv(0, base))).summary->accepted == base);
    const QByteArray digestBefore = contentDigest(*store);
    const QByteArray bytesBefore = fileBytes(*store);

    const QString big = writeFile(dir, QStringLiteral("big.csv"), bulkCsv(base, kBulkRows));
    bool indexGoneAtCancel = false;
    auto run = runImport(*store, big, [&](Feedback &fb, int call) {
        if (call == 2) { // two chunks of rows have gone in by now
            indexGoneAtCancel = !hasContentHashIndex(*store) && !hasRTreeTrigger(*store);
            fb.cancel();
        }
    });
    REQUIRE(run.summary.ok());
    CHECK(indexGoneAtCancel);
    CHECK(run.summary->canceled);
    CHECK(run.summary->batchId == 0);
    CHECK(run.summary->rowsRead > 0);
    CHECK(run.summary->rowsRead < kBulkRows);

    CHECK(contentDigest(*store) == digestBefore);
    CHECK(fileBytes(*store) == bytesBefore);
    CHECK(countRows(*store, QStringLiteral("incidents")) == base);
    CHECK(countRows(*store, QStringLiteral("import_batches")) == 1);
    checkIndexesRestored(*store, indexes);
    checkRTree(*store, base, {0, base - 1});

    // The R-tree trigger is back: a plain insert reaches the index.
    Incident i;
    i.position = {kRefE, kRefN};
    i.category = QStringLiteral("klotter");
    Incident one[] = {i};
    REQUIRE(store->insertIncidents(one).ok());
    CHECK(countRows(*store, QStringLiteral("rtree_incidents_geom")) == base + 1);

    // Nothing of the canceled load lingers: the whole file imports afterwards.
    auto again = runImport(*store, big);
    REQUIRE(again.summary.ok());
    CHECK(again.summary->accepted == kBulkRows);
    CHECK(again.summary->duplicates == 0);
    checkRTree(*store, base + 1 + kBulkRows, {0, base, base + kBulkRows - 1});
}
