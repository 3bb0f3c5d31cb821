// The demo store: what GDAL sees in it, and whether it has the structure the demo promises.

#include "core/crs.h"
#include "core/local_clock.h"
#include "demo/demo_builder.h"
#include "store/store.h"
#include "support/test_support.h"

#include "support/catch_qt.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <array>
#include <map>
#include <set>

using namespace lb;
using namespace lb::store;

namespace {

// One demo store for the whole test run; building it takes a few seconds.
const QString &demoPath()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        const QString p = dir.filePath(QStringLiteral("demo.gpkg"));
        Feedback feedback;
        const Status s = demo::buildDemoStore(p, {}, feedback);
        if (!s)
            FAIL(s.errorMessage().toStdString());
        return p;
    }();
    return path;
}

std::unique_ptr<Store> openDemo()
{
    auto store = Store::open(demoPath(), Store::Mode::ReadOnly);
    REQUIRE(store.ok());
    return std::move(*store);
}

QByteArray incidentDigest(const Store &store)
{
    auto stmt = store.database().prepare(QStringLiteral(
        "SELECT hex(geom) || occurred_at || category || source || ifnull(source_ref, '') FROM incidents ORDER BY fid"));
    REQUIRE(stmt.ok());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (stmt->step())
        hash.addData(stmt->text(0).toUtf8());
    return hash.result();
}

PointXY sweref(double lon, double lat)
{
    static auto t = CoordinateTransform::create(4326, 3006);
    return t->transform(PointXY{lon, lat});
}

// Incidents per local year within `radius` metres of a place.
std::map<int, int> yearlyCountsNear(const IncidentPoints &pts, const LocalClock &clock, PointXY centre, double radius)
{
    std::map<int, int> counts;
    for (size_t i = 0; i < pts.size(); ++i) {
        const double dx = pts.positions[i].x - centre.x;
        const double dy = pts.positions[i].y - centre.y;
        if (dx * dx + dy * dy <= radius * radius && pts.precision[i] == LocationPrecision::Exact)
            ++counts[clock.fields(pts.times[i]).year];
    }
    return counts;
}

} // namespace

TEST_CASE("ogrinfo lists the demo store's layers with their geometry types, EPSG:3006 and counts", "[store][demo]")
{
    REQUIRE(test::haveProgram(QStringLiteral("ogrinfo"))); // scripts/install-deps.sh installs gdal-bin
    QString out;
    REQUIRE(test::runProgram(QStringLiteral("ogrinfo"), {QStringLiteral("-so"), QStringLiteral("-al"), demoPath()},
                             &out) == 0);
    // Split the report into one block per layer.
    std::map<QString, QString> blocks;
    const QStringList parts = out.split(QStringLiteral("Layer name: "));
    for (qsizetype i = 1; i < parts.size(); ++i)
        blocks[parts[i].section(QLatin1Char('\n'), 0, 0).trimmed()] = parts[i];

    auto store = openDemo();
    auto layers = store->layers();
    REQUIRE(layers.ok());
    const std::map<QString, QString> expectedGeometry = {
        {QStringLiteral("areas"), QStringLiteral("Multi Polygon")},
        {QStringLiteral("base_water"), QStringLiteral("Multi Polygon")},
        {QStringLiteral("base_roads"), QStringLiteral("Multi Line String")},
        {QStringLiteral("incidents"), QStringLiteral("Point")},
        {QStringLiteral("survey_pins"), QStringLiteral("Point")},
        {QStringLiteral("walks"), QStringLiteral("Line String")},
        {QStringLiteral("walk_findings"), QStringLiteral("Point")},
    };
    for (const auto &[name, geometry] : expectedGeometry) {
        INFO("layer " << name.toStdString());
        REQUIRE(blocks.count(name) == 1);
        const QString &block = blocks[name];
        CHECK(block.contains(QStringLiteral("Geometry: ") + geometry + QLatin1Char('\n')));
        CHECK(block.contains(QStringLiteral("ID[\"EPSG\",3006]")));
        const auto match = QRegularExpression(QStringLiteral("Feature Count: (\\d+)")).match(block);
        REQUIRE(match.hasMatch());
        const auto ours =
            std::find_if(layers->begin(), layers->end(), [&](const LayerInfo &l) { return l.table == name; });
        REQUIRE(ours != layers->end());
        CHECK(match.captured(1).toLongLong() == ours->count);
    }
    const auto count = [&](const QString &layer) {
        return QRegularExpression(QStringLiteral("Feature Count: (\\d+)")).match(blocks[layer]).captured(1).toInt();
    };
    CHECK(count(QStringLiteral("incidents")) >= 20000);
    CHECK(count(QStringLiteral("walks")) == 3);
    CHECK(count(QStringLiteral("areas")) >= 7); // the municipality and 6-10 districts
    CHECK(count(QStringLiteral("areas")) <= 11);
    CHECK(blocks.count(QStringLiteral("surveys")) == 1);
    CHECK(blocks.count(QStringLiteral("categories")) == 1);
}

TEST_CASE("GDAL's GeoPackage validator accepts the demo store", "[store][demo]")
{
    const QString validator = QStringLiteral("/usr/share/doc/python3-gdal/examples/validate_gpkg.py");
    REQUIRE(QFile::exists(validator)); // scripts/install-deps.sh installs python3-gdal
    QString out, err;
    const int rc = test::runProgram(QStringLiteral("/usr/bin/python3"), {validator, demoPath()}, &out, &err);
    INFO(out.toStdString() << err.toStdString());
    CHECK(rc == 0);
    CHECK(out.trimmed().isEmpty());
}

TEST_CASE("the demo store is deterministic for a seed", "[store][demo]")
{
    QTemporaryDir dir;
    Feedback feedback;
    const QString again = dir.filePath(QStringLiteral("again.gpkg"));
    REQUIRE(demo::buildDemoStore(again, {}, feedback).ok());
    const QString other = dir.filePath(QStringLiteral("other.gpkg"));
    demo::DemoOptions seed2;
    seed2.seed = 2;
    REQUIRE(demo::buildDemoStore(other, seed2, feedback).ok());
    CHECK_FALSE(demo::buildDemoStore(other, seed2, feedback).ok()); // never overwrites

    auto a = openDemo();
    auto b = Store::open(again, Store::Mode::ReadOnly);
    auto c = Store::open(other, Store::Mode::ReadOnly);
    REQUIRE(b.ok());
    REQUIRE(c.ok());
    CHECK(incidentDigest(*a) == incidentDigest(**b));
    CHECK(incidentDigest(*a) != incidentDigest(**c));
}

TEST_CASE("the demo's districts tile the municipality and carry populations", "[store][demo]")
{
    auto store = openDemo();
    auto municipality = store->areas(QStringLiteral("municipality"));
    auto districts = store->areas(QStringLiteral("district"));
    REQUIRE(municipality.ok());
    REQUIRE(districts.ok());
    REQUIRE(municipality->size() == 1);
    CHECK(districts->size() >= 6);
    CHECK(districts->size() <= 10);
    double districtArea = 0.0;
    std::int64_t population = 0;
    for (const Area &d : *districts) {
        CHECK(d.population > 0);
        districtArea += area(d.geometry);
        population += d.population;
    }
    const double total = area(municipality->front().geometry);
    // Södertälje municipality covers 703 km², 525 km² of it land (Statistics Sweden); the
    // simplified outline includes the water.
    CHECK(total / 1e6 == Approx(703).epsilon(0.05));
    CHECK(districtArea == Approx(total).epsilon(0.01));
    CHECK(population == municipality->front().population);
}

TEST_CASE("the demo's incidents have an evening, weekend and summer rhythm", "[store][demo]")
{
    auto store = openDemo();
    auto pts = store->incidentPoints();
    REQUIRE(pts.ok());
    const LocalClock clock(store->timeZone());
    std::array<int, 24> byHour{};
    std::array<int, 8> byWeekday{};
    std::array<int, 13> byMonth{};
    std::set<int> years;
    for (Instant t : pts->times) {
        const LocalFields f = clock.fields(t);
        ++byHour[static_cast<size_t>(f.hour)];
        ++byWeekday[static_cast<size_t>(f.weekday)];
        ++byMonth[static_cast<size_t>(f.month)];
        years.insert(f.year);
    }
    CHECK(years == std::set<int>{2021, 2022, 2023, 2024, 2025});
    const int evening = byHour[18] + byHour[19] + byHour[20] + byHour[21] + byHour[22] + byHour[23];
    const int morning = byHour[6] + byHour[7] + byHour[8] + byHour[9] + byHour[10] + byHour[11];
    CHECK(evening > 2 * morning);
    const double weekend = (byWeekday[5] + byWeekday[6]) / 2.0;                               // Friday, Saturday
    const double weekday = (byWeekday[1] + byWeekday[2] + byWeekday[3] + byWeekday[4]) / 4.0; // Monday-Thursday
    CHECK(weekend > 1.25 * weekday);
    const double summerPerDay = (byMonth[6] + byMonth[7] + byMonth[8]) / 92.0;
    const double winterPerDay = (byMonth[12] + byMonth[1] + byMonth[2]) / 90.25;
    CHECK(summerPerDay > 1.3 * winterPerDay);
}

TEST_CASE("the demo has persistent, emerging and fading hotspots", "[store][demo]")
{
    auto store = openDemo();
    auto pts = store->incidentPoints();
    REQUIRE(pts.ok());
    const LocalClock clock(store->timeZone());
    // Stora torget in Södertälje centre and Ronna centrum: busy every year.
    for (const PointXY centre : {sweref(17.6270, 59.1965), sweref(17.5975, 59.2068)}) {
        const auto counts = yearlyCountsNear(*pts, clock, centre, 400);
        for (int year = 2021; year <= 2025; ++year)
            CHECK(counts.at(year) >= 300);
    }
    // Hovsjö centre emerges in the last two years.
    const auto hovsjo = yearlyCountsNear(*pts, clock, sweref(17.5895, 59.1800), 400);
    const double before = (hovsjo.at(2021) + hovsjo.at(2022) + hovsjo.at(2023)) / 3.0;
    CHECK(hovsjo.at(2024) > 3 * before);
    CHECK(hovsjo.at(2025) > 3 * before);
    // Järna station fades.
    const auto jarna = yearlyCountsNear(*pts, clock, sweref(17.5640, 59.0935), 400);
    CHECK(jarna.at(2021) > 3 * jarna.at(2025));
    CHECK(jarna.at(2021) > jarna.at(2022));
    CHECK(jarna.at(2022) > jarna.at(2023));
    CHECK(jarna.at(2023) > jarna.at(2024));
}

TEST_CASE("the demo's surveys show evening unsafety falling 36 % -> 32 % -> 31 % with a gap year", "[store][demo]")
{
    auto store = openDemo();
    auto surveys = store->surveys();
    REQUIRE(surveys.ok());
    REQUIRE(surveys->size() == 3);
    const double expected[] = {0.36, 0.32, 0.31};
    const int years[] = {2020, 2021, 2023};
    for (size_t i = 0; i < 3; ++i) {
        CHECK(surveys->at(i).year == years[i]);
        auto answers = store->surveyAnswers(surveys->at(i).id);
        REQUIRE(answers.ok());
        double unsafe = 0;
        int respondents = 0;
        for (const SurveyAnswer &a : *answers) {
            if (a.indicator != QLatin1String("unsafe_evening"))
                continue;
            unsafe += a.share * a.respondents;
            respondents += a.respondents;
        }
        CHECK(unsafe / respondents == Approx(expected[i]).margin(0.006));
        auto pins = store->surveyPins(surveys->at(i).id);
        REQUIRE(pins.ok());
        CHECK(pins->size() >= 200);
    }
}

TEST_CASE("the demo's safety walks have 10-30 findings each in mixed statuses", "[store][demo]")
{
    auto store = openDemo();
    auto walks = store->walks();
    REQUIRE(walks.ok());
    REQUIRE(walks->size() == 3);
    std::set<FindingStatus> statuses;
    for (const Walk &w : *walks) {
        CHECK(w.route.size() >= 4);
        CHECK(w.date.isValid());
        auto findings = store->walkFindings(w.id);
        REQUIRE(findings.ok());
        CHECK(findings->size() >= 10);
        CHECK(findings->size() <= 30);
        for (const WalkFinding &f : *findings) {
            statuses.insert(f.status);
            if (f.status == FindingStatus::Fixed)
                CHECK(f.fixedDate >= w.date);
        }
    }
    CHECK(statuses.size() >= 3);
}
