// The Swedish Police's open events, imported as they are saved from polisen.se/api/events: the
// event's time from its name with the year from the publication, across the year boundary; the
// position as a municipality (or county) centre, so hot spots leave it out; the type mapped
// through the built-in table, commas and all; the summary, id and url kept; an entry that cannot
// be read rejected with its index and reason; and the same file again adding nothing.

#include "import_test_support.h"
#include "io/builtin_profiles.h"
#include "io/importer.h"
#include "io/police_event_types.h"
#include "io/police_events_reader.h"
#include "io/probe.h"
#include "police_events_fixture.h"
#include "support/catch_qt.h"

#include <catch2/catch.hpp>

using namespace lb;
using namespace lb::io;
using namespace lb::test;

namespace {

Instant utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc()).toSecsSinceEpoch();
}

const Incident *byRef(const std::vector<Incident> &all, const char *ref)
{
    for (const Incident &i : all)
        if (i.sourceRef == QLatin1String(ref))
            return &i;
    return nullptr;
}

} // namespace

TEST_CASE("police event names take their year from the publication date", "[import][police]")
{
    // Published just after midnight on new year's day: the event happened the day before.
    auto t = policeEventTime(QStringLiteral("31 december 00.07, Rån väpnat, Stockholm"),
                             QStringLiteral("2024-01-01 0:07:12 +01:00"));
    REQUIRE(t);
    CHECK(t->date == QDate(2023, 12, 31));
    CHECK(t->time == QTime(0, 7));
    t = policeEventTime(QStringLiteral("01 september 20.33, Mord/dråp, försök, Stockholm"),
                        QStringLiteral("2023-09-02 7:01:00 +02:00"));
    REQUIRE(t);
    CHECK(t->date == QDate(2023, 9, 1));
    CHECK(t->time == QTime(20, 33));
    // The same day, and a name without a date.
    t = policeEventTime(QStringLiteral("02 januari 07.40, Trafikolycka, Stockholm"),
                        QStringLiteral("2024-01-02 8:15:00 +01:00"));
    REQUIRE(t);
    CHECK(t->date == QDate(2024, 1, 2));
    CHECK_FALSE(policeEventTime(QStringLiteral("Okänd tid, Stöld"), QStringLiteral("2024-01-02 8:15:00 +01:00")));
}

TEST_CASE("a police events response is told apart from other JSON", "[import][police]")
{
    CHECK(isPoliceEventsJson(policeEventsJson()));
    // Saved by a Windows editor, with a byte-order mark.
    CHECK(isPoliceEventsJson("\xEF\xBB\xBF" + policeEventsJson()));
    auto table = parsePoliceEvents("\xEF\xBB\xBF" + policeEventsJson());
    REQUIRE(table);
    CHECK(table->rows.size() == 7);
    CHECK_FALSE(isPoliceEventsJson(R"({"type": "FeatureCollection", "features": []})"));
    CHECK_FALSE(isPoliceEventsJson(R"([{"id": 1, "name": "x"}])"));
}

TEST_CASE("the built-in table maps the police's event types", "[import][police]")
{
    CHECK(policeEventCategory(QStringLiteral("Trafikolycka, personskada")) == QLatin1String("buskorning_fordon"));
    CHECK(policeEventCategory(QStringLiteral("Rån väpnat")) == QLatin1String("vald_hot"));
    CHECK(policeEventCategory(QStringLiteral("Brand")) == QLatin1String("brand_ovrigt"));
    CHECK(policeEventCategory(QStringLiteral("Skottlossning")) == QLatin1String("vald_hot"));
    CHECK(policeEventCategory(QStringLiteral("Inbrott")) == QLatin1String("inbrott_stold"));
    CHECK(policeEventCategory(QStringLiteral("Misshandel, grov")) == QLatin1String("vald_hot"));
    CHECK(policeEventCategory(QStringLiteral("Sammanfattning natt")) == QLatin1String("ovrigt"));
    CHECK(policeEventCategory(QStringLiteral("Påhittad händelse")).isEmpty());
    CHECK(policeEventTypes().size() >= 60);
    // Every code in the table is a category of the default taxonomy.
    QStringList codes;
    for (const Category &c : defaultCategories())
        codes << c.code;
    for (const auto &[type, code] : policeEventTypes()) {
        INFO(type.toStdString());
        CHECK(codes.contains(code));
    }
}

TEST_CASE("a saved police events response imports with its built-in profile", "[import][police]")
{
    QTemporaryDir dir;
    auto store = makeStore(dir);
    const QString path = writeFile(dir, QStringLiteral("handelser.json"), policeEventsJson());

    auto probe = probeFile(path);
    REQUIRE(probe);
    CHECK(probe->driver == QLatin1String("PoliceEvents"));
    REQUIRE(probe->layers.size() == 1);
    CHECK(probe->layers.front().profile == QLatin1String("police-events"));
    CHECK(probe->layers.front().featureCount == 7);

    auto mapping = builtinProfile(QStringLiteral("police-events"));
    REQUIRE(mapping);
    auto s = runImport(*store, path, *mapping);
    REQUIRE(s);
    CHECK(s->rowsRead == 7);
    CHECK(s->accepted == 4);
    CHECK(s->rejected == 3);
    CHECK(rejectedFor(*s, RejectReason::BadRow) == 2);
    CHECK(rejectedFor(*s, RejectReason::UnknownCategory) == 1);
    CHECK(s->unknownValues.value(QStringLiteral("Påhittad händelse")) == 1);

    auto incidents = store->incidents();
    REQUIRE(incidents);
    REQUIRE(incidents->size() == 4);
    const Incident *newYear = byRef(*incidents, "500001");
    REQUIRE(newYear);
    // 23.50 Swedish winter time (UTC+1) on 31 December 2023.
    CHECK(newYear->occurredAt == utc(2023, 12, 31, 22, 50));
    CHECK(newYear->timePrecision == TimePrecision::Exact);
    CHECK(newYear->category == QLatin1String("vald_hot"));
    CHECK(newYear->source == QLatin1String("Polisen"));
    CHECK(newYear->locationPrecision == LocationPrecision::MunicipalityCentroid);
    CHECK(isCentrePlaced(newYear->locationPrecision));
    // 59.329324 N 18.068581 E in SWEREF 99 TM, from cs2cs EPSG:4326 EPSG:3006.
    CHECK(newYear->position.x == Approx(674570.66).margin(0.05));
    CHECK(newYear->position.y == Approx(6580745.63).margin(0.05));
    CHECK(newYear->description.startsWith(QStringLiteral("En man har misshandlats på Sergels torg.")));
    CHECK(newYear->description.endsWith(QStringLiteral(
        "https://polisen.se/aktuellt/handelser/2024/januari/1/31-december-23.50-misshandel-grov-stockholm/")));

    const Incident *accident = byRef(*incidents, "500002");
    REQUIRE(accident);
    CHECK(accident->category == QLatin1String("buskorning_fordon"));
    CHECK(accident->occurredAt == utc(2024, 1, 2, 6, 40));

    const Incident *county = byRef(*incidents, "500003");
    REQUIRE(county);
    CHECK(county->locationPrecision == LocationPrecision::CountyCentroid);
    CHECK(county->description.contains(QStringLiteral("Stockholms län")));
    CHECK(county->position.x == Approx(674239.98).margin(0.05));

    const Incident *summary = byRef(*incidents, "500007");
    REQUIRE(summary);
    CHECK(summary->category == QLatin1String("ovrigt"));

    const auto rejects = rejectsOf(*store, s->batchId);
    REQUIRE(rejects.size() == 3);
    CHECK(rejects[0].rowNumber == 4);
    CHECK(rejects[0].reasonCode == QLatin1String("bad_row"));
    CHECK(rejects[0].reason.contains(QStringLiteral("index 3")));
    CHECK(rejects[0].reason.contains(QStringLiteral("500004")));
    CHECK(rejects[1].rowNumber == 5);
    CHECK(rejects[1].reason.contains(QStringLiteral("index 4")));
    CHECK(rejects[1].reason.contains(QStringLiteral("not an object")));
    CHECK(rejects[2].rowNumber == 6);
    CHECK(rejects[2].reasonCode == QLatin1String("unknown_category"));

    SECTION("importing the same file again adds nothing")
    {
        auto again = runImport(*store, path, *mapping);
        REQUIRE(again);
        CHECK(again->accepted == 0);
        CHECK(again->duplicates == 4);
        CHECK(countRows(*store, QStringLiteral("incidents")) == 4);
    }
    SECTION("undoing the batch removes its events")
    {
        REQUIRE(undoImportBatch(*store, s->batchId));
        CHECK(countRows(*store, QStringLiteral("incidents")) == 0);
    }
}
