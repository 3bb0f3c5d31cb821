// Identical rows are distinct events. Police open data places crimes on anonymised snap points and
// gives only the month, so several different crimes share one row's exact values; without a
// reference id, the n-th identical row of a file is an incident of its own. Importing the same file
// again, or a later export that overlaps it, still adds nothing twice; a row that repeats an earlier
// row's reference id is the same crime again and is counted as an identical row in this file, apart
// from the rows already in the store. The small path (the store's unique index decides) and the
// bulk path (50 000 expected rows or more: hashes deduplicated in memory) must agree.

#include "import_test_support.h"
#include "io/importer.h"
#include "police_uk_fixture.h"
#include "store/import_catalog.h"
#include "support/catch_qt.h"

#include <QCryptographicHash>

#include <catch2/catch.hpp>

using namespace lb;
using namespace lb::io;
using namespace lb::test;

namespace {

struct Run {
    Result<ImportSummary> summary;
    bool bulk = false; // the unique content-hash index was gone while rows went in
};

Run runImport(store::Store &store, const QString &path, const FieldMapping &m = policeUkMapping())
{
    auto imp = Importer::create(store, path, m);
    if (!imp)
        return {imp.error()};
    bool bulk = false;
    Feedback fb([&](double percent, const QString &) {
        if (percent < 99.0 && store.database()
                                      .queryInt(QStringLiteral(
                                          "SELECT count(*) FROM sqlite_master WHERE name = 'incidents_content_hash'"))
                                      .value_or(1) == 0)
            bulk = true;
    });
    auto summary = (*imp)->run(fb);
    return {std::move(summary), bulk};
}

// The summary's row counts add up to the rows read, and the batch record holds the same counts.
void checkBatch(store::Store &store, const ImportSummary &s)
{
    CHECK(s.accepted + s.duplicates + s.identical + s.rejected == s.rowsRead);
    auto batch = store::ImportCatalog(store).batch(s.batchId);
    REQUIRE(batch.ok());
    CHECK(batch->rowsRead == s.rowsRead);
    CHECK(batch->rowsAccepted == s.accepted);
    CHECK(batch->rowsDuplicate == s.duplicates);
    CHECK(batch->rowsIdentical == s.identical);
    CHECK(batch->rowsRejected == s.rejected);
}

// The whole story on one path: `groups` groups of crimes, padded so that the file is large enough
// (or not) for the bulk path.
void identicalRowsScenario(int groups, int padding, bool expectBulk)
{
    QTemporaryDir dir;
    auto store = makeStore(dir);
    const PoliceUkSpec spec{groups, 0, 4, groups / 20, 7, padding};
    const PoliceUkFile file = policeUkCsv(spec);
    REQUIRE(file.copies > file.rows / 5); // many identical rows without a Crime ID
    REQUIRE(file.repeatedIds > 0);
    const QString path = writeFile(dir, QStringLiteral("street.csv"), file.csv);

    // First import into an empty store: every crime is kept, each identical row as its own incident.
    auto first = runImport(*store, path);
    REQUIRE(first.summary.ok());
    CHECK(first.bulk == expectBulk);
    CHECK(first.summary->rowsRead == file.rows);
    CHECK(first.summary->rejected == 0);
    CHECK(first.summary->accepted == file.crimes);
    CHECK(first.summary->duplicates == 0);
    CHECK(first.summary->identical == file.repeatedIds);
    CHECK(first.summary->copies == file.copies);
    CHECK(countRows(*store, QStringLiteral("incidents")) == file.crimes);
    CHECK(countRows(*store, QStringLiteral("incidents"), QStringLiteral("source_ref IS NULL")) ==
          file.crimes - store->database()
                            .queryInt(QStringLiteral("SELECT count(DISTINCT source_ref) FROM incidents"))
                            .value_or(-1));
    checkBatch(*store, *first.summary);

    // The same file again adds nothing: its crimes are already in the store.
    auto again = runImport(*store, path);
    REQUIRE(again.summary.ok());
    CHECK(again.summary->accepted == 0);
    CHECK(again.summary->duplicates == file.crimes);
    CHECK(again.summary->identical == file.repeatedIds);
    CHECK(countRows(*store, QStringLiteral("incidents")) == file.crimes);
    checkBatch(*store, *again.summary);

    // A later export with more crimes at the same places and months, and new months: exactly the
    // crimes the store lacks are added, whether or not they have a Crime ID.
    const PoliceUkSpec later{groups + groups / 10, 2, 6, 0, 11, padding};
    const PoliceUkFile laterFile = policeUkCsv(later);
    const std::int64_t fresh = policeUkNewCrimes(spec, later);
    REQUIRE(fresh > 0);
    auto overlap = runImport(*store, writeFile(dir, QStringLiteral("later.csv"), laterFile.csv));
    REQUIRE(overlap.summary.ok());
    CHECK(overlap.summary->accepted == fresh);
    CHECK(overlap.summary->duplicates == laterFile.crimes - fresh);
    CHECK(overlap.summary->identical == 0);
    CHECK(countRows(*store, QStringLiteral("incidents")) == file.crimes + fresh);
    checkBatch(*store, *overlap.summary);

    // An export listing fewer copies of each row adds nothing.
    const PoliceUkSpec fewer{groups, 0, 2, 0, 13, padding};
    auto smaller = runImport(*store, writeFile(dir, QStringLiteral("fewer.csv"), policeUkCsv(fewer).csv));
    REQUIRE(smaller.summary.ok());
    CHECK(smaller.summary->accepted == 0);
    CHECK(policeUkNewCrimes(later, fewer) == 0);
    CHECK(countRows(*store, QStringLiteral("incidents")) == file.crimes + fresh);
}

} // namespace

TEST_CASE("identical rows without a reference id are distinct incidents", "[io][import][dedup][identical]")
{
    identicalRowsScenario(200, 0, false);
}

TEST_CASE("identical rows are distinct incidents on the bulk path too", "[io][import][dedup][identical][bulk]")
{
    // 9 000 groups make about 22 000 rows; with the padding the file passes 3.2 MB, so the
    // importer expects 50 000 rows or more and takes the bulk path.
    identicalRowsScenario(9000, 80, true);
}

TEST_CASE("the first copy of a row is recognised as a record imported before copies counted",
          "[io][import][dedup][identical][migration]")
{
    // A store in which an earlier version imported a file with three identical rows: it kept one,
    // under the hash of the row's values. That hash, computed here independently: the first 8
    // bytes of the SHA-1 of the parts, each followed by 0x1F: position in centimetres of SWEREF 99
    // TM (Stockholm's reference point from cs2cs, see import_test_support.h), the time in seconds
    // (May 2023 in Stockholm begins at 2023-04-30T22:00:00Z), the time precision, the category
    // code, the source and the description.
    QTemporaryDir dir;
    auto store = makeStore(dir);
    QByteArray parts;
    for (const QByteArray &p : {QByteArray::number(qRound64(kRefE * 100)), QByteArray::number(qRound64(kRefN * 100)),
                                QByteArray("1682892000"), QByteArray("month"), QByteArray("ordningsstorning"),
                                QByteArray("Metropolitan Police Service"), QByteArray("On or near Drottninggatan")})
        parts += p + '\x1f';
    const QByteArray oldHash = QCryptographicHash::hash(parts, QCryptographicHash::Sha1).first(8);
    REQUIRE(store->database()
                .exec(QStringLiteral("INSERT INTO import_batches (id, started_at, finished_at, kind, rows_read, "
                                     "rows_accepted, rows_duplicate) VALUES (1, '2024-01-05T08:00:00Z', "
                                     "'2024-01-05T08:00:01Z', 'incidents', 3, 1, 2)"))
                .ok());
    auto insert = store->database().prepare(
        QStringLiteral("INSERT INTO incidents (geom, occurred_at, time_precision, category, source, description, "
                       "batch_id, content_hash) VALUES (NULL, '2023-04-30T22:00:00Z', 'month', 'ordningsstorning', "
                       "'Metropolitan Police Service', 'On or near Drottninggatan', 1, ?)"));
    REQUIRE(insert.ok());
    insert->bind(1, oldHash);
    REQUIRE(insert->exec());

    const QByteArray line = ",2023-05,Metropolitan Police Service,Metropolitan Police Service," +
                            QByteArray::number(kRefLon, 'f', 4) + ',' + QByteArray::number(kRefLat, 'f', 4) +
                            ",On or near Drottninggatan,E01004736,Westminster 018A,Anti-social behaviour,,\n";
    const QByteArray csv = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA "
                           "name,Crime type,Last outcome category,Context\n" +
                           line + line + line;
    auto run = runImport(*store, writeFile(dir, QStringLiteral("street.csv"), csv));
    REQUIRE(run.summary.ok());
    CHECK(run.summary->rowsRead == 3);
    CHECK(run.summary->duplicates == 1); // the first copy is the stored record
    CHECK(run.summary->accepted == 2);   // the two copies the earlier version left out
    CHECK(run.summary->copies == 2);
    CHECK(countRows(*store, QStringLiteral("incidents")) == 3);
}

TEST_CASE("the preview tells identical rows in the file from rows already in the store",
          "[io][import][preview][identical]")
{
    QTemporaryDir dir;
    auto store = makeStore(dir);
    const QByteArray head = "Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA "
                            "name,Crime type,Last outcome category,Context\n";
    const QByteArray withId = "abc123,2023-05,Metropolitan Police Service,Metropolitan Police Service,18.0686,59.3293,"
                              "On or near Drottninggatan,E01004736,Westminster 018A,Burglary,Under investigation,\n";
    const QByteArray without = ",2023-05,Metropolitan Police Service,Metropolitan Police Service,18.0686,59.3293,"
                               "On or near Drottninggatan,E01004736,Westminster 018A,Anti-social behaviour,,\n";
    const QString path = writeFile(dir, QStringLiteral("street.csv"), head + withId + without + withId + without);
    auto imp = Importer::create(*store, path, policeUkMapping());
    REQUIRE(imp.ok());
    auto rows = (*imp)->preview(10);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 4);
    CHECK(rows->at(0).status == PreviewRow::Status::Accepted);
    CHECK(rows->at(1).status == PreviewRow::Status::Accepted);
    CHECK(rows->at(2).status == PreviewRow::Status::Identical);
    CHECK(rows->at(3).status == PreviewRow::Status::Accepted); // a second incident without a reference
    Feedback fb;
    auto summary = (*imp)->run(fb);
    REQUIRE(summary.ok());
    CHECK(summary->accepted == 3);
    CHECK(summary->identical == 1);
    CHECK(summary->copies == 1);
    auto again = (*imp)->preview(10);
    REQUIRE(again.ok());
    CHECK(again->at(0).status == PreviewRow::Status::Duplicate);
    CHECK(again->at(1).status == PreviewRow::Status::Duplicate);
    CHECK(again->at(2).status == PreviewRow::Status::Identical);
    CHECK(again->at(3).status == PreviewRow::Status::Duplicate);
}
