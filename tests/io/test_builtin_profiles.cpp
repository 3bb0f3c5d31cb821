// Real exports recognised on sight: probing a police.uk street-level CSV (also with re-cased
// headers) or a FixaMinGata / FixMyStreet report export chooses its built-in profile, and the
// import then needs no hand mapping. police.uk: month precision, WGS 84, its crime types mapped,
// rows with an empty Crime ID kept, rows without coordinates rejected with their reason.
// FixMyStreet: reports as incidents, or as safety-walk findings with their status.

#include "import_test_support.h"
#include "io/builtin_profiles.h"
#include "io/probe.h"
#include "police_uk_fixture.h"
#include "support/test_support.h"

#include <catch2/catch.hpp>

using namespace lb;
using namespace lb::io;
using namespace lb::test;

namespace {

// Crimes of the fixture in groups that satisfy `keep`, counted from its construction.
template <typename Pred> std::int64_t crimesWhere(const PoliceUkSpec &spec, Pred keep)
{
    std::int64_t n = 0;
    for (int g = 0; g < spec.groups; ++g)
        if (keep(g))
            n += policeUkCopies(spec, g);
    return n;
}

QStringList columnsOf(const ProbeResult &probe)
{
    QStringList columns;
    for (const ProbeField &f : probe.layers.front().fields)
        columns << f.name;
    return columns;
}

const QByteArray kFixaMinGata =
    "Report ID,Title,Detail,Category,Created,Confirmed,Fixed,Status,Latitude,Longitude,Easting,Northing,Report URL\n"
    "101,Trasig lampa,Lampan vid busshållplatsen är trasig,Gatubelysning,2024-03-01 18:20,2024-03-01 18:25,,"
    "confirmed,59.3301,18.0702,,,https://fixamingata.se/report/101\n"
    "102,Klotter på vägg,Stort klotter på skolans vägg,Klotter,2024-03-02 09:00,2024-03-02 09:05,2024-03-05,"
    "fixed - council,59.3310,18.0650,,,https://fixamingata.se/report/102\n"
    "103,Skräp,Mycket skräp vid återvinningen,Nedskräpning,2024-03-03 12:00,2024-03-03 12:01,,investigating,"
    "59.3290,18.0600,,,https://fixamingata.se/report/103\n";

} // namespace

TEST_CASE("police.uk's crime types all map to the taxonomy", "[import][profiles]")
{
    auto m = builtinProfile(QStringLiteral("police-uk"));
    REQUIRE(m);
    // The 14 categories of data.police.uk/api/crime-categories (without the "all crime" total).
    for (const char *type : {"Anti-social behaviour", "Bicycle theft", "Burglary", "Criminal damage and arson", "Drugs",
                             "Other theft", "Possession of weapons", "Public order", "Robbery", "Shoplifting",
                             "Theft from the person", "Vehicle crime", "Violence and sexual offences", "Other crime"}) {
        INFO(type);
        CHECK(m->valueMap.contains(normalisedValue(QString::fromLatin1(type))));
    }
    QStringList codes;
    for (const Category &c : defaultCategories())
        codes << c.code;
    for (const QString &code : m->valueMap)
        CHECK(codes.contains(code));
}

TEST_CASE("a police.uk file is recognised and imported with no hand mapping", "[import][profiles]")
{
    const bool recased = GENERATE(false, true);
    PoliceUkSpec spec;
    spec.groups = 60;
    PoliceUkFile file = policeUkCsv(spec);
    // One crime police.uk could not place: no coordinates.
    file.csv += ",2019-02,Metropolitan Police Service,Metropolitan Police Service,,,No location,,,Burglary,,\n";
    if (recased)
        file.csv.replace("Crime ID,Month,Reported by,Falls within,Longitude,Latitude",
                         "CRIME ID,month,Reported By,Falls Within,LONGITUDE,latitude");
    QTemporaryDir dir;
    auto store = makeStore(dir);
    const QString path = writeFile(dir, QStringLiteral("2019-02-metropolitan-street.csv"), file.csv);

    auto probe = probeFile(path);
    REQUIRE(probe);
    CHECK(probe->layers.front().profile == QLatin1String("police-uk"));
    auto mapping = builtinProfile(probe->layers.front().profile, columnsOf(*probe));
    REQUIRE(mapping);
    auto s = runImport(*store, path, *mapping);
    REQUIRE(s);
    CHECK(s->rowsRead == file.rows + 1);
    CHECK(s->accepted == file.crimes);
    CHECK(s->rejected == 1);
    CHECK(rejectedFor(*s, RejectReason::NoPosition) == 1);
    CHECK(s->unknownValues.isEmpty());
    // Every crime is known to the month only; those without a Crime ID are kept all the same.
    CHECK(countRows(*store, QStringLiteral("incidents"), QStringLiteral("time_precision = 'month'")) == file.crimes);
    CHECK(countRows(*store, QStringLiteral("incidents"), QStringLiteral("source_ref IS NULL")) ==
          crimesWhere(spec, [](int g) { return g % 3 != 0; }));
    // Drugs are every fifth group's type in the fixture (police_uk_fixture.cpp).
    CHECK(countRows(*store, QStringLiteral("incidents"), QStringLiteral("category = 'narkotika'")) ==
          crimesWhere(spec, [](int g) { return g % 5 == 4; }));
    CHECK(countRows(*store, QStringLiteral("incidents"), QStringLiteral("location_precision = 'street'")) ==
          file.crimes);
}

TEST_CASE("FixaMinGata reports import as incidents or as walk findings", "[import][profiles]")
{
    QTemporaryDir dir;
    auto store = makeStore(dir);
    const QString path = writeFile(dir, QStringLiteral("fixamingata.csv"), kFixaMinGata);
    auto probe = probeFile(path);
    REQUIRE(probe);
    CHECK(probe->layers.front().profile == QLatin1String("fixmystreet-incidents"));

    auto incidents = builtinProfile(QStringLiteral("fixmystreet-incidents"), columnsOf(*probe));
    REQUIRE(incidents);
    auto s = runImport(*store, path, *incidents);
    REQUIRE(s);
    CHECK(s->accepted == 3);
    CHECK(countRows(*store, QStringLiteral("incidents"),
                    QStringLiteral("source = 'FixaMinGata' AND source_ref = '102' AND category = 'klotter'")) == 1);
    CHECK(countRows(*store, QStringLiteral("incidents"), QStringLiteral("category = 'otrygg_plats'")) == 1);

    auto findings = builtinProfile(QStringLiteral("fixmystreet-findings"), columnsOf(*probe));
    REQUIRE(findings);
    s = runImport(*store, path, *findings);
    REQUIRE(s);
    CHECK(s->accepted == 3);
    CHECK(countRows(*store, QStringLiteral("walk_findings"),
                    QStringLiteral("kind = 'belysning' AND status = 'open'")) == 1);
    CHECK(countRows(*store, QStringLiteral("walk_findings"),
                    QStringLiteral("kind = 'skotsel_underhall' AND status = 'fixed' AND fixed_date = '2024-03-05'")) ==
          1);
    CHECK(countRows(*store, QStringLiteral("walk_findings"), QStringLiteral("status = 'in_progress'")) == 1);
}

TEST_CASE("probe prints the built-in profile and import --profile selects one", "[import][profiles][cli]")
{
    QTemporaryDir dir;
    makeStore(dir);
    const QString store = dir.filePath(QStringLiteral("s.gpkg"));
    const QString path = writeFile(dir, QStringLiteral("fixamingata.csv"), kFixaMinGata);
    QString out, err;
    REQUIRE(runCli({QStringLiteral("probe"), path}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("Built-in profile: fixmystreet-incidents")));

    // Recognised without --kind: imported as incidents.
    REQUIRE(runCli({QStringLiteral("import"), path, QStringLiteral("--store"), store}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("Built-in profile: fixmystreet-incidents")));
    CHECK(out.contains(QStringLiteral("Accepted: 3")));
    // Chosen by name: the same reports as findings.
    REQUIRE(runCli({QStringLiteral("import"), path, QStringLiteral("--store"), store, QStringLiteral("--profile"),
                    QStringLiteral("fixmystreet-findings")},
                   &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("Accepted: 3")));
    CHECK(out.contains(QStringLiteral("as findings")));
}
