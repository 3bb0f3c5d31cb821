// Columns a person would recognise: a police file's Tid next to its Datum is the time of day,
// Händelse and Crime type are the category, Ärende-ID and Diarienummer the reference, whatever
// the case and diacritics; a column that looks like a field but is left out is warned about;
// and a profile saved with one month's file imports the next month's.

#include "import_test_support.h"
#include "io/column_synonyms.h"
#include "io/field_mapping.h"
#include "support/test_support.h"

#include <catch2/catch.hpp>

using namespace lb;
using namespace lb::io;
using namespace lb::test;

TEST_CASE("Tid next to Datum is the time of day, and the police file's other columns are found",
          "[io][mapping][synonyms]")
{
    const QStringList columns = {QStringLiteral("Ärende-ID"), QStringLiteral("Datum"),   QStringLiteral("Tid"),
                                 QStringLiteral("Händelse"),  QStringLiteral("Latitud"), QStringLiteral("Longitud")};
    const FieldMapping m = suggestMapping(ImportKind::Incidents, columns);
    CHECK(m.columns.value(QStringLiteral("time")) == QStringLiteral("Datum"));
    CHECK(m.columns.value(QStringLiteral("clock")) == QStringLiteral("Tid"));
    CHECK(m.columns.value(QStringLiteral("category")) == QStringLiteral("Händelse"));
    CHECK(m.columns.value(QStringLiteral("ref")) == QStringLiteral("Ärende-ID"));

    // Tid alone holds the date and time.
    const FieldMapping alone =
        suggestMapping(ImportKind::Incidents, {QStringLiteral("Tid"), QStringLiteral("Kategori")});
    CHECK(alone.columns.value(QStringLiteral("time")) == QStringLiteral("Tid"));
    CHECK_FALSE(alone.hasColumn(QStringLiteral("clock")));
}

TEST_CASE("synonyms match without case or diacritics, in Swedish and English", "[io][mapping][synonyms]")
{
    const auto field = [](const QStringList &columns, const QString &f) {
        return suggestMapping(ImportKind::Incidents, columns).columns.value(f);
    };
    CHECK(field({QStringLiteral("BROTTSBENAMNING")}, QStringLiteral("category")) == QStringLiteral("BROTTSBENAMNING"));
    CHECK(field({QStringLiteral("Brottstyp")}, QStringLiteral("category")) == QStringLiteral("Brottstyp"));
    CHECK(field({QStringLiteral("Crime type")}, QStringLiteral("category")) == QStringLiteral("Crime type"));
    CHECK(field({QStringLiteral("Inkommet")}, QStringLiteral("time")) == QStringLiteral("Inkommet"));
    CHECK(field({QStringLiteral("anmald")}, QStringLiteral("time")) == QStringLiteral("anmald"));
    CHECK(field({QStringLiteral("Month")}, QStringLiteral("time")) == QStringLiteral("Month"));
    CHECK(field({QStringLiteral("Diarienummer")}, QStringLiteral("ref")) == QStringLiteral("Diarienummer"));
    CHECK(field({QStringLiteral("ARENDE_ID")}, QStringLiteral("ref")) == QStringLiteral("ARENDE_ID"));
    CHECK(field({QStringLiteral("Date"), QStringLiteral("Time")}, QStringLiteral("clock")) == QStringLiteral("Time"));
    CHECK(field({QStringLiteral("Datum"), QStringLiteral("Klockslag")}, QStringLiteral("clock")) ==
          QStringLiteral("Klockslag"));
}

TEST_CASE("a column that looks like a field but is left out is named in a warning", "[io][mapping][synonyms]")
{
    const QStringList columns = {QStringLiteral("Datum"), QStringLiteral("Tid"), QStringLiteral("Händelse"),
                                 QStringLiteral("Anteckning")};
    FieldMapping m;
    m.kind = ImportKind::Incidents;
    m.columns = {{QStringLiteral("time"), QStringLiteral("Datum")},
                 {QStringLiteral("category"), QStringLiteral("Händelse")}};
    const auto unmapped = unmappedObviousColumns(m, columns);
    REQUIRE(unmapped.size() == 1);
    CHECK(unmapped.front().column == QStringLiteral("Tid"));
    CHECK(unmapped.front().field == QStringLiteral("clock"));
    REQUIRE(unmappedWarnings(m, columns).size() == 1);
    CHECK(unmappedWarnings(m, columns).front().contains(QStringLiteral("Tid")));

    m.columns.insert(QStringLiteral("clock"), QStringLiteral("Tid"));
    CHECK(unmappedObviousColumns(m, columns).empty());
}

TEST_CASE("a police file's time of day is imported from its Tid column", "[io][import][synonyms]")
{
    QTemporaryDir dir;
    auto store = makeStore(dir);
    // 14:30 and 08:05 local time in March (CET, UTC+1) are 13:30 and 07:05 UTC.
    const QString path = writeFile(dir, QStringLiteral("polisen.csv"),
                                   "Ärende-ID;Datum;Tid;Händelse;Latitud;Longitud\n"
                                   "A1;2024-03-05;14:30;Klotter;59,3293;18,0686\n"
                                   "A2;2024-03-06;08.05;Klotter;59,3293;18,0686\n");
    QString out, err;
    REQUIRE(runCli({QStringLiteral("import"), path, QStringLiteral("--store"), store->path(), QStringLiteral("--kind"),
                    QStringLiteral("incidents")},
                   &out, &err) == 0);
    INFO(out.toStdString() << err.toStdString());
    auto reopened = store::Store::open(store->path());
    REQUIRE(reopened.ok());
    CHECK(countRows(**reopened, QStringLiteral("incidents"),
                    QStringLiteral("occurred_at = '2024-03-05T13:30:00Z' AND source_ref = 'A1'")) == 1);
    CHECK(countRows(**reopened, QStringLiteral("incidents"),
                    QStringLiteral("occurred_at = '2024-03-06T07:05:00Z' AND source_ref = 'A2'")) == 1);
    CHECK(countRows(**reopened, QStringLiteral("incidents"), QStringLiteral("time_precision = 'exact'")) == 2);
    CHECK_FALSE(out.contains(QStringLiteral("looks like")));
}

TEST_CASE("the import and the probe warn about a time-of-day column left out", "[io][cli][synonyms]")
{
    QTemporaryDir dir;
    auto store = makeStore(dir);
    const QString path = writeFile(dir, QStringLiteral("polisen.csv"),
                                   "Datum;Tid;Händelse;Latitud;Longitud\n"
                                   "2024-03-05;14:30;Klotter;59,3293;18,0686\n");
    QString out, err;
    REQUIRE(runCli({QStringLiteral("import"), path, QStringLiteral("--store"), store->path(), QStringLiteral("--kind"),
                    QStringLiteral("incidents"), QStringLiteral("--map"), QStringLiteral("clock=")},
                   &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("The column Tid looks like the field clock")));

    REQUIRE(runCli({QStringLiteral("probe"), path}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("clock = Tid")));
    CHECK(out.contains(QStringLiteral("category = Händelse")));
}

TEST_CASE("a profile saved with one month's CSV imports the next month's file", "[io][cli][profile]")
{
    QTemporaryDir dir;
    auto store = makeStore(dir);
    const QString january = writeFile(dir, QStringLiteral("brott_2024_01.csv"),
                                      "Nr;Datum;Kategori;Latitud;Longitud\n"
                                      "J1;2024-01-05 12:00;Klotter;59,3293;18,0686\n");
    const QString february = writeFile(dir, QStringLiteral("brott_2024_02.csv"),
                                       "Nr;Datum;Kategori;Latitud;Longitud\n"
                                       "F1;2024-02-05 12:00;Klotter;59,3293;18,0686\n"
                                       "F2;2024-02-06 12:00;Klotter;59,3293;18,0686\n");
    QString out, err;
    REQUIRE(runCli({QStringLiteral("import"), january, QStringLiteral("--store"), store->path(),
                    QStringLiteral("--kind"), QStringLiteral("incidents"), QStringLiteral("--map"),
                    QStringLiteral("ref=Nr"), QStringLiteral("--save-profile"), QStringLiteral("månadsfil")},
                   &out, &err) == 0);
    const int rc = runCli({QStringLiteral("import"), february, QStringLiteral("--store"), store->path(),
                           QStringLiteral("--profile"), QStringLiteral("månadsfil")},
                          &out, &err);
    INFO(out.toStdString() << err.toStdString());
    REQUIRE(rc == 0);
    CHECK(out.contains(QStringLiteral("Accepted: 2")));
    auto reopened = store::Store::open(store->path());
    REQUIRE(reopened.ok());
    CHECK(countRows(**reopened, QStringLiteral("incidents"), QStringLiteral("source_ref IN ('F1', 'F2')")) == 2);
}
