// The same file imported again. An import that read a CSV file whole is remembered under the
// file's fingerprint; importing the very same bytes again with the same settings is answered from
// that batch without converting the rows: every row it stored is reported as already in the
// store, every rejected row is rejected again with its row number and reason, identical rows are
// counted as before, and the counts add up to the file's rows. Whenever the earlier outcome may no
// longer hold (a row of it deleted, the batch undone, one byte of the file changed, another
// mapping), every row is read as usual.
//
// The expected counts are worked out here from the rows the test writes, not from the program.

#include "import_test_support.h"
#include "io/importer.h"
#include "store/import_catalog.h"
#include "support/catch_qt.h"

#include <catch2/catch.hpp>

using namespace lb;
using namespace lb::io;
using namespace lb::test;

namespace {

enum class Expect { Stored, Identical, BadTime, UnknownCategory, Outside };

struct Row {
    QString ref, time, category;
    double e = 0, n = 0;
    QString description;
    Expect expect = Expect::Stored;
};

// 40 incidents with a reference id, three rows repeating an earlier id, five without an id (two
// of them with the same values: two incidents), and five rows that cannot be stored.
std::vector<Row> fileRows()
{
    std::vector<Row> rows;
    for (int i = 1; i <= 40; ++i)
        rows.push_back({QStringLiteral("R%1").arg(i, 3, 10, QLatin1Char('0')),
                        QStringLiteral("2024-03-%1 12:%2")
                            .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                            .arg(i % 60, 2, 10, QLatin1Char('0')),
                        QStringLiteral("Klotter"), 661000.0 + 500 * i, 6571000.0 + 400 * i,
                        QStringLiteral("Rad %1").arg(i), Expect::Stored});
    for (int i = 1; i <= 3; ++i) {
        Row again = rows[static_cast<size_t>(i - 1)];
        again.expect = Expect::Identical;
        rows.push_back(again);
    }
    for (int i = 1; i <= 4; ++i)
        rows.push_back({QString(), QStringLiteral("2024-04-0%1 08:00").arg(i), QStringLiteral("Klotter"), 670000.0 + i,
                        6580000.0, QStringLiteral("Utan id"), Expect::Stored});
    rows.push_back(rows.back()); // the same values again: an incident of its own
    rows.push_back({QStringLiteral("X1"),
                    QStringLiteral("igår"),
                    QStringLiteral("Klotter"),
                    670000,
                    6580000,
                    {},
                    Expect::BadTime});
    rows.push_back({QStringLiteral("X2"),
                    QStringLiteral("förrgår"),
                    QStringLiteral("Klotter"),
                    670000,
                    6580000,
                    {},
                    Expect::BadTime});
    rows.push_back({QStringLiteral("X3"),
                    QStringLiteral("2024-05-01 10:00"),
                    QStringLiteral("Okänd sak"),
                    670000,
                    6580000,
                    {},
                    Expect::UnknownCategory});
    rows.push_back({QStringLiteral("X4"),
                    QStringLiteral("2024-05-02 10:00"),
                    QStringLiteral("Okänd sak"),
                    670000,
                    6580000,
                    {},
                    Expect::UnknownCategory});
    rows.push_back({QStringLiteral("X5"),
                    QStringLiteral("2024-05-03 10:00"),
                    QStringLiteral("Klotter"),
                    700000,
                    6580000,
                    {},
                    Expect::Outside});
    return rows;
}

QByteArray csvOf(const std::vector<Row> &rows)
{
    QByteArray out = "id;datum;kategori;e;n;beskrivning\n";
    for (const Row &r : rows)
        out += QStringLiteral("%1;%2;%3;%4;%5;%6\n")
                   .arg(r.ref, r.time, r.category)
                   .arg(r.e, 0, 'f', 0)
                   .arg(r.n, 0, 'f', 0)
                   .arg(r.description)
                   .toUtf8();
    return out;
}

FieldMapping mapping()
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

std::int64_t count(const std::vector<Row> &rows, Expect e)
{
    return std::count_if(rows.begin(), rows.end(), [e](const Row &r) { return r.expect == e; });
}

// The 1-based row numbers of the rows expected to be rejected, in file order, with their codes.
std::vector<std::pair<std::int64_t, QString>> expectedRejects(const std::vector<Row> &rows)
{
    std::vector<std::pair<std::int64_t, QString>> out;
    for (size_t i = 0; i < rows.size(); ++i) {
        const Expect e = rows[i].expect;
        if (e == Expect::BadTime || e == Expect::UnknownCategory || e == Expect::Outside)
            out.emplace_back(static_cast<std::int64_t>(i + 1), e == Expect::BadTime ? QStringLiteral("bad_time")
                                                               : e == Expect::UnknownCategory
                                                                   ? QStringLiteral("unknown_category")
                                                                   : QStringLiteral("outside_municipality"));
    }
    return out;
}

std::vector<std::pair<std::int64_t, QString>> storedRejects(store::Store &store, std::int64_t batch)
{
    std::vector<std::pair<std::int64_t, QString>> out;
    for (const store::ImportReject &r : rejectsOf(store, batch))
        out.emplace_back(r.rowNumber, r.reasonCode);
    return out;
}

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

} // namespace

TEST_CASE("importing the same file again reports every row as before without storing any", "[import][repeat]")
{
    QTemporaryDir dir;
    auto store = makeStore(dir);
    const std::vector<Row> rows = fileRows();
    const QString path = writeFile(dir, QStringLiteral("händelser.csv"), csvOf(rows));
    const std::int64_t stored = count(rows, Expect::Stored);

    auto first = runImport(*store, path, mapping());
    REQUIRE(first.ok());
    CHECK(first->repeatOf == 0);
    CHECK(first->accepted == stored);
    CHECK(first->identical == count(rows, Expect::Identical));
    CHECK(first->copies == 1);
    checkBatch(*store, *first);
    CHECK(storedRejects(*store, first->batchId) == expectedRejects(rows));

    auto again = runImport(*store, path, mapping());
    REQUIRE(again.ok());
    CHECK(again->repeatOf == first->batchId);
    CHECK(again->rowsRead == static_cast<std::int64_t>(rows.size()));
    CHECK(again->accepted == 0);
    CHECK(again->duplicates == stored);
    CHECK(again->identical == count(rows, Expect::Identical));
    CHECK(again->copies == 1);
    CHECK(rejectedFor(*again, RejectReason::BadTime) == count(rows, Expect::BadTime));
    CHECK(rejectedFor(*again, RejectReason::UnknownCategory) == count(rows, Expect::UnknownCategory));
    CHECK(rejectedFor(*again, RejectReason::OutsideMunicipality) == count(rows, Expect::Outside));
    CHECK(again->unknownValues.value(QStringLiteral("Okänd sak")) == 2);
    checkBatch(*store, *again);
    // Its own rejects, the same rows with the same values and reasons as the first batch's.
    CHECK(storedRejects(*store, again->batchId) == expectedRejects(rows));
    const auto firstRejects = rejectsOf(*store, first->batchId), againRejects = rejectsOf(*store, again->batchId);
    REQUIRE(firstRejects.size() == againRejects.size());
    for (size_t i = 0; i < firstRejects.size(); ++i) {
        CHECK(againRejects[i].rawValues == firstRejects[i].rawValues);
        CHECK(againRejects[i].reason == firstRejects[i].reason);
    }
    CHECK(countRows(*store, QStringLiteral("incidents")) == stored);

    // A third time: still answered from the first import, the one that stored the rows.
    auto third = runImport(*store, path, mapping());
    REQUIRE(third.ok());
    CHECK(third->repeatOf == first->batchId);
    CHECK(third->duplicates == stored);
    checkBatch(*store, *third);
}

TEST_CASE("a re-import reads every row when the earlier outcome may no longer hold", "[import][repeat]")
{
    QTemporaryDir dir;
    auto store = makeStore(dir);
    std::vector<Row> rows = fileRows();
    const QString path = writeFile(dir, QStringLiteral("händelser.csv"), csvOf(rows));
    const std::int64_t stored = count(rows, Expect::Stored);
    auto first = runImport(*store, path, mapping());
    REQUIRE(first.ok());
    REQUIRE(first->accepted == stored);

    SECTION("an incident of the earlier import was deleted: it is stored again")
    {
        REQUIRE(store->database().exec(QStringLiteral("DELETE FROM incidents WHERE source_ref = 'R007'")).ok());
        auto again = runImport(*store, path, mapping());
        REQUIRE(again.ok());
        CHECK(again->repeatOf == 0);
        CHECK(again->accepted == 1);
        CHECK(again->duplicates == stored - 1);
        checkBatch(*store, *again);
        CHECK(countRows(*store, QStringLiteral("incidents")) == stored);
    }
    SECTION("the earlier import was undone: every row is stored again")
    {
        REQUIRE(undoImportBatch(*store, first->batchId).ok());
        auto again = runImport(*store, path, mapping());
        REQUIRE(again.ok());
        CHECK(again->repeatOf == 0);
        CHECK(again->accepted == stored);
        checkBatch(*store, *again);
    }
    SECTION("one byte of the file changed: the changed row is new")
    {
        rows[9].ref = QStringLiteral("R910");
        writeFile(dir, QStringLiteral("händelser.csv"), csvOf(rows));
        auto again = runImport(*store, path, mapping());
        REQUIRE(again.ok());
        CHECK(again->repeatOf == 0);
        CHECK(again->accepted == 1);
        CHECK(again->duplicates == stored - 1);
        checkBatch(*store, *again);
    }
    SECTION("another mapping: the values it now maps are stored")
    {
        FieldMapping m = mapping();
        m.setValue(QStringLiteral("Okänd sak"), QStringLiteral("klotter"));
        auto again = runImport(*store, path, m);
        REQUIRE(again.ok());
        CHECK(again->repeatOf == 0);
        CHECK(again->accepted == count(rows, Expect::UnknownCategory));
        CHECK(again->duplicates == stored);
        CHECK(rejectedFor(*again, RejectReason::UnknownCategory) == 0);
        checkBatch(*store, *again);
    }
}
