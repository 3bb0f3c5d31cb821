// The same store read from its GeoPackage file and from PostGIS gives the same answers: the
// typed reads (areas, incidents under every filter, counts, time span, pins, walks, findings)
// value for value, and the commands that take either (info, analyse, render) the same text, the
// same numbers and the same pixels.

#include "pg_test_server.h"
#include "pgstore/pg_store_reader.h"
#include "store/sqlite_db.h"
#include "store/store_reader.h"
#include "support/test_support.h"

#include <QImage>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace lb;

namespace {

struct Copied {
    QTemporaryDir dir;
    QString gpkg;
    QString url;
};

// The demo store, and its copy in a fresh database of the test server.
const Copied &demoCopied()
{
    static Copied *copied = [] {
        auto *c = new Copied;
        REQUIRE(c->dir.isValid());
        c->gpkg = c->dir.filePath(QStringLiteral("demo.gpkg"));
        QString out, err;
        REQUIRE(test::runCli({QStringLiteral("demo"), QStringLiteral("--out"), c->gpkg}, &out, &err) == 0);
        c->url = test::freshPgDatabase(QStringLiteral("reader_demo"));
        INFO(err.toStdString());
        REQUIRE(test::runCli({QStringLiteral("copy-store"), c->gpkg, c->url}, &out, &err) == 0);
        return c;
    }();
    return *copied;
}

// Every field of the incident arrays, as text, so a difference names the incident.
QStringList pointRows(const store::IncidentPoints &p)
{
    QStringList rows;
    for (size_t i = 0; i < p.size(); ++i)
        rows << QStringLiteral("%1 %2 %3 %4 %5 %6")
                    .arg(p.ids[i])
                    .arg(p.positions[i].x, 0, 'g', 17)
                    .arg(p.positions[i].y, 0, 'g', 17)
                    .arg(p.times[i])
                    .arg(p.categories[p.categoryIndex[i]])
                    .arg(static_cast<int>(p.precision[i]));
    return rows;
}

QStringList sqliteRows(const QString &path, const QString &sql)
{
    auto db = store::Database::open(path, store::Database::Mode::ReadOnly);
    REQUIRE(db);
    auto stmt = db->prepare(sql);
    REQUIRE(stmt);
    QStringList rows;
    while (stmt->step())
        rows << stmt->text(0);
    return rows;
}

} // namespace

TEST_CASE("A PostGIS store reads the same as the GeoPackage it was copied from", "[pgstore][reader]")
{
    qputenv("LAGESBILD_LANG", "en");
    const Copied &c = demoCopied();
    pgstore::enableServerStores();
    auto g = store::openStoreReader(c.gpkg);
    auto p = store::openStoreReader(c.url);
    REQUIRE(g);
    INFO(p.errorMessage().toStdString());
    REQUIRE(p);
    const store::StoreReader &a = **g;
    const store::StoreReader &b = **p;
    CHECK(b.path() == c.url);
    CHECK(b.epsg() == a.epsg());
    CHECK(b.crsName() == a.crsName());
    CHECK(b.timeZone() == a.timeZone());
    CHECK(b.name() == a.name());
    CHECK(b.schemaVersion() == a.schemaVersion());
    CHECK(b.incidentTimeSpan().begin == a.incidentTimeSpan().begin);
    CHECK(b.incidentTimeSpan().end == a.incidentTimeSpan().end);

    auto areasA = a.areas(QStringLiteral("district"));
    auto areasB = b.areas(QStringLiteral("district"));
    REQUIRE(areasA);
    REQUIRE(areasB);
    REQUIRE(areasA->size() >= 3);
    REQUIRE(areasB->size() == areasA->size());
    for (size_t i = 0; i < areasA->size(); ++i) {
        CHECK((*areasB)[i].id == (*areasA)[i].id);
        CHECK((*areasB)[i].name == (*areasA)[i].name);
        CHECK((*areasB)[i].population == (*areasA)[i].population);
        const MultiPolygon &x = (*areasA)[i].geometry;
        const MultiPolygon &y = (*areasB)[i].geometry;
        REQUIRE(y.size() == x.size());
        for (size_t k = 0; k < x.size(); ++k)
            CHECK(y[k].rings == x[k].rings);
    }

    // Filters of every kind, alone and together; each selects some incidents and not all.
    const Area &district = areasA->at(1);
    std::vector<store::IncidentFilter> filters(6);
    filters[1].extent = extentOf(district.geometry);
    filters[2].areaId = district.id;
    filters[3].span = TimeSpan{1672527600, 1704063600}; // 2023 in Stockholm
    filters[4].categories = {QStringLiteral("klotter"), QStringLiteral("skadegorelse")};
    filters[4].sources = {QStringLiteral("Telge Bostäder")};
    filters[5] = filters[2];
    filters[5].span = filters[3].span;
    filters[5].categories = {QStringLiteral("klotter")};
    auto all = a.incidentPoints();
    REQUIRE(all);
    for (size_t f = 0; f < filters.size(); ++f) {
        INFO("filter " << f);
        auto pa = a.incidentPoints(filters[f]);
        auto pb = b.incidentPoints(filters[f]);
        REQUIRE(pa);
        REQUIRE(pb);
        CHECK(pa->size() > 0);
        CHECK((f == 0 || pa->size() < all->size()));
        CHECK(pointRows(*pb) == pointRows(*pa));
    }
    for (auto by : {store::GroupBy::Category, store::GroupBy::CategoryGroup, store::GroupBy::Year,
                    store::GroupBy::Month, store::GroupBy::Source, store::GroupBy::Area}) {
        for (const store::IncidentFilter &filter : {filters[0], filters[5]}) {
            auto ca = a.countIncidents(filter, by);
            auto cb = b.countIncidents(filter, by);
            REQUIRE(ca);
            REQUIRE(cb);
            REQUIRE(cb->size() == ca->size());
            for (size_t i = 0; i < ca->size(); ++i) {
                CHECK((*cb)[i].key == (*ca)[i].key);
                CHECK((*cb)[i].count == (*ca)[i].count);
            }
        }
    }

    auto layersA = a.layers();
    auto layersB = b.layers();
    REQUIRE(layersA);
    REQUIRE(layersB);
    REQUIRE(layersB->size() == layersA->size());
    for (size_t i = 0; i < layersA->size(); ++i) {
        CHECK((*layersB)[i].table == (*layersA)[i].table);
        CHECK((*layersB)[i].count == (*layersA)[i].count);
        CHECK((*layersB)[i].extent.minX == (*layersA)[i].extent.minX);
        CHECK((*layersB)[i].extent.maxY == (*layersA)[i].extent.maxY);
    }

    auto findingsA = a.walkFindings();
    auto findingsB = b.walkFindings();
    REQUIRE(findingsA);
    REQUIRE(findingsB);
    REQUIRE(!findingsA->empty());
    REQUIRE(findingsB->size() == findingsA->size());
    for (size_t i = 0; i < findingsA->size(); ++i) {
        const WalkFinding &x = (*findingsA)[i];
        const WalkFinding &y = (*findingsB)[i];
        CHECK((y.id == x.id && y.position == x.position && y.walkId == x.walkId && y.kind == x.kind &&
               y.description == x.description && y.responsible == x.responsible && y.status == x.status &&
               y.dueDate == x.dueDate && y.fixedDate == x.fixedDate && y.pointNumber == x.pointNumber));
    }
    auto pinsA = a.surveyPins(0, filters[1].extent);
    auto pinsB = b.surveyPins(0, filters[1].extent);
    REQUIRE(pinsA);
    REQUIRE(pinsB);
    REQUIRE(pinsB->size() == pinsA->size());
    for (size_t i = 0; i < pinsA->size(); ++i)
        CHECK(((*pinsB)[i].id == (*pinsA)[i].id && (*pinsB)[i].position == (*pinsA)[i].position &&
               (*pinsB)[i].rating == (*pinsA)[i].rating && (*pinsB)[i].reason == (*pinsA)[i].reason));
    auto walksA = a.walks();
    auto walksB = b.walks();
    REQUIRE(walksA);
    REQUIRE(walksB);
    REQUIRE(walksB->size() == walksA->size());
    for (size_t i = 0; i < walksA->size(); ++i)
        CHECK(((*walksB)[i].id == (*walksA)[i].id && (*walksB)[i].route == (*walksA)[i].route &&
               (*walksB)[i].date == (*walksA)[i].date && (*walksB)[i].participants == (*walksA)[i].participants));
}

TEST_CASE("info, analyse and render give the same output for a PostGIS store as for its GeoPackage",
          "[pgstore][reader][cli]")
{
    qputenv("LAGESBILD_LANG", "en");
    const Copied &c = demoCopied();
    const QString dir = c.dir.path();

    QString outA, outB, err;
    REQUIRE(test::runCli({QStringLiteral("info"), c.gpkg}, &outA, &err) == 0);
    INFO(err.toStdString());
    REQUIRE(test::runCli({QStringLiteral("info"), c.url}, &outB, &err) == 0);
    QStringList linesA = outA.split(QLatin1Char('\n'));
    QStringList linesB = outB.split(QLatin1Char('\n'));
    CHECK(linesA.takeFirst() == QStringLiteral("Store: ") + c.gpkg);
    CHECK(linesB.takeFirst() == QStringLiteral("Store: ") + c.url);
    CHECK(linesA.size() > 10);
    CHECK(linesB == linesA);

    // Gi* hot spots of one district from 2023 on: the same explanation and the same cells.
    const QStringList filters{QStringLiteral("--district"),   QStringLiteral("Centrum"),
                              QStringLiteral("--from"),       QStringLiteral("2023-01-01"),
                              QStringLiteral("--categories"), QStringLiteral("klotter,skadegorelse,brand_container")};
    const QString hotA = dir + QStringLiteral("/hot_a.gpkg");
    const QString hotB = dir + QStringLiteral("/hot_b.gpkg");
    REQUIRE(test::runCli(QStringList{QStringLiteral("analyse"), QStringLiteral("gistar"), c.gpkg,
                                     QStringLiteral("--out"), hotA} +
                             filters,
                         &outA, &err) == 0);
    REQUIRE(test::runCli(
                QStringList{QStringLiteral("analyse"), QStringLiteral("gistar"), c.url, QStringLiteral("--out"), hotB} +
                    filters,
                &outB, &err) == 0);
    CHECK(outA.contains(QLatin1String("hot spot cells")));
    CHECK(outB == outA);
    const QString cells = QStringLiteral("SELECT hex(geom) || ' ' || events || ' ' || neighbours || ' ' || "
                                         "ifnull(gi_z, '-') || ' ' || ifnull(gi_p, '-') || ' ' || gi_bin FROM "
                                         "hotspots ORDER BY fid");
    const QStringList rowsA = sqliteRows(hotA, cells);
    CHECK(rowsA.size() > 100);
    CHECK(sqliteRows(hotB, cells) == rowsA);

    // The map, pixel for pixel.
    const QString pngA = dir + QStringLiteral("/map_a.png");
    const QString pngB = dir + QStringLiteral("/map_b.png");
    for (const auto &[store, png] : {std::pair{c.gpkg, pngA}, std::pair{c.url, pngB}})
        REQUIRE(test::runCli({QStringLiteral("render"), store, QStringLiteral("--out"), png, QStringLiteral("--size"),
                              QStringLiteral("900x700")},
                             &outA, &err) == 0);
    const QImage imageA(pngA);
    const QImage imageB(pngB);
    REQUIRE(imageA.size() == QSize(900, 700));
    REQUIRE(imageB.size() == imageA.size());
    int differing = 0;
    for (int y = 0; y < imageA.height(); ++y)
        for (int x = 0; x < imageA.width(); ++x)
            differing += imageA.pixel(x, y) != imageB.pixel(x, y) ? 1 : 0;
    CHECK(differing == 0);
    // The map shows something: many colours, not a blank page.
    QSet<QRgb> colours;
    for (int y = 0; y < imageA.height(); y += 7)
        for (int x = 0; x < imageA.width(); x += 7)
            colours.insert(imageA.pixel(x, y));
    CHECK(colours.size() > 20);
}
