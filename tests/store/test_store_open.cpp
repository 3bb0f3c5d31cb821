#include "store/schema.h"
#include "store/store.h"

#include "support/catch_qt.h"
#include "support/test_support.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>

using namespace lb;
using lb::test::fileHash;
using namespace lb::store;

namespace {

bool hasColumn(const Database &db, const QString &table, const QString &column)
{
    auto stmt =
        db.prepare(QStringLiteral("SELECT count(*) FROM pragma_table_info('%1') WHERE name = '%2'").arg(table, column));
    return stmt && stmt->step() && stmt->int64(0) == 1;
}

// A store with enough incidents to span many database pages, closed and checkpointed.
QString makeStore(const QTemporaryDir &dir, const QString &name, int incidents = 3000)
{
    const QString path = dir.filePath(name);
    auto store = Store::create(path, {});
    REQUIRE(store.ok());
    std::vector<Incident> rows;
    for (int i = 0; i < incidents; ++i) {
        Incident inc;
        inc.position = {640000.0 + i, 6560000.0 + i};
        inc.occurredAt = 1600000000 + i * 3600;
        inc.category = QStringLiteral("klotter");
        inc.description = QStringLiteral("Händelse %1 med en längre beskrivning för att fylla sidor").arg(i);
        rows.push_back(inc);
    }
    REQUIRE((*store)->insertIncidents(rows).ok());
    REQUIRE((*store)->database().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    return path;
}

} // namespace

TEST_CASE("a store from an older schema version is migrated on open and keeps its data", "[store][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.gpkg"));
    {
        auto old = Store::createAtSchemaVersion(path, {}, 1);
        REQUIRE(old.ok());
        const Database &db = (*old)->database();
        CHECK(schemaVersion(db) == 1);
        CHECK_FALSE(hasColumn(db, QStringLiteral("incidents"), QStringLiteral("time_precision")));
        // Written with version 1's columns only.
        REQUIRE(db.exec(QStringLiteral("INSERT INTO incidents (geom, occurred_at, category, source) VALUES "
                                       "(NULL, '2020-05-01T10:00:00Z', 'klotter', 'Polisen')"))
                    .ok());
    }
    {
        auto readOnly = Store::open(path, Store::Mode::ReadOnly);
        CHECK_FALSE(readOnly.ok()); // an old store must be upgraded by a writer first
    }
    auto store = Store::open(path);
    REQUIRE(store.ok());
    CHECK((*store)->schemaVersion() == kCurrentSchemaVersion);
    CHECK(hasColumn((*store)->database(), QStringLiteral("incidents"), QStringLiteral("time_precision")));
    CHECK((*store)->database().queryInt(QStringLiteral("SELECT count(*) FROM import_profiles")) == 0);
    auto incidents = (*store)->incidents();
    REQUIRE(incidents.ok());
    // The row has no geometry, so it is not listed by the spatial reads, but it is kept.
    CHECK((*store)->database().queryText(QStringLiteral("SELECT time_precision FROM incidents")) ==
          QStringLiteral("exact"));
    CHECK((*store)->database().queryInt(QStringLiteral("PRAGMA user_version")) == kGeoPackageUserVersion);
}

TEST_CASE("migration 3 to 4 keeps surveys and walks and records no batch for them", "[store][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.gpkg"));
    {
        auto old = Store::createAtSchemaVersion(path, {}, 3);
        REQUIRE(old.ok());
        const Database &db = (*old)->database();
        CHECK(schemaVersion(db) == 3);
        CHECK_FALSE(hasColumn(db, QStringLiteral("surveys"), QStringLiteral("batch_id")));
        CHECK_FALSE(hasColumn(db, QStringLiteral("walks"), QStringLiteral("batch_id")));
        // Written with version 3's columns only: an imported round and walk with a pin and a finding.
        REQUIRE(
            db.exec(QStringLiteral(
                        "INSERT INTO import_batches (id, started_at, finished_at, kind) VALUES "
                        "(7, '2024-02-01T09:00:00Z', '2024-02-01T09:00:01Z', 'pins');"
                        "INSERT INTO surveys (id, name, year, method) VALUES (5, 'Trygghetsmätning Östermalm', "
                        "2023, 'webbkarta');"
                        "INSERT INTO survey_pins (geom, survey_id, rating, batch_id) VALUES (NULL, 5, 2, 7);"
                        "INSERT INTO walks (fid, geom, walk_date, name) VALUES (3, NULL, '2023-09-12', "
                        "'Vandring i Årsta');"
                        "INSERT INTO walk_findings (geom, walk_id, kind, batch_id) VALUES (NULL, 3, 'belysning', 7);"))
                .ok());
    }
    auto store = Store::open(path);
    REQUIRE(store.ok());
    const Database &db = (*store)->database();
    CHECK((*store)->schemaVersion() == kCurrentSchemaVersion);
    CHECK(hasColumn(db, QStringLiteral("surveys"), QStringLiteral("batch_id")));
    CHECK(hasColumn(db, QStringLiteral("walks"), QStringLiteral("batch_id")));
    CHECK(db.queryText(QStringLiteral("SELECT \"table\" FROM pragma_foreign_key_list('surveys') WHERE \"from\" = "
                                      "'batch_id'")) == QStringLiteral("import_batches"));
    CHECK(db.queryText(QStringLiteral("SELECT \"table\" FROM pragma_foreign_key_list('walks') WHERE \"from\" = "
                                      "'batch_id'")) == QStringLiteral("import_batches"));

    // The rows keep their values; which batch made them was not recorded before version 4.
    auto surveys = (*store)->surveys();
    REQUIRE(surveys.ok());
    REQUIRE(surveys->size() == 1);
    CHECK(surveys->front().id == 5);
    CHECK(surveys->front().name == QStringLiteral("Trygghetsmätning Östermalm"));
    CHECK(surveys->front().year == 2023);
    CHECK(surveys->front().method == QStringLiteral("webbkarta"));
    CHECK(surveys->front().batchId == 0);
    auto walks = (*store)->walks();
    REQUIRE(walks.ok());
    REQUIRE(walks->size() == 1);
    CHECK(walks->front().id == 3);
    CHECK(walks->front().name == QStringLiteral("Vandring i Årsta"));
    CHECK(walks->front().date == QDate(2023, 9, 12));
    CHECK(walks->front().batchId == 0);
    CHECK(db.queryInt(QStringLiteral("SELECT count(*) FROM survey_pins WHERE survey_id = 5 AND batch_id = 7")) == 1);
    CHECK(db.queryInt(QStringLiteral("SELECT count(*) FROM walk_findings WHERE walk_id = 3 AND batch_id = 7")) == 1);
    CHECK_FALSE(db.queryInt(QStringLiteral("PRAGMA foreign_key_check")).has_value()); // no violations

    // New rounds and walks record the batch they are written with.
    auto surveyId = (*store)->insertSurvey({0, QStringLiteral("Enkät 2024"), 2024, QString(), 7});
    REQUIRE(surveyId.ok());
    Walk walk;
    walk.name = QStringLiteral("Vandring i Farsta");
    walk.date = QDate(2024, 5, 2);
    walk.batchId = 7;
    auto walkId = (*store)->insertWalk(walk);
    REQUIRE(walkId.ok());
    CHECK(db.queryInt(QStringLiteral("SELECT batch_id FROM surveys WHERE id = %1").arg(*surveyId)) == 7);
    CHECK(db.queryInt(QStringLiteral("SELECT batch_id FROM walks WHERE fid = %1").arg(*walkId)) == 7);
}

TEST_CASE("a damaged store is refused and left unchanged", "[store][open]")
{
    QTemporaryDir dir;
    const QString path = makeStore(dir, QStringLiteral("damaged.gpkg"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        REQUIRE(size > 64 * 1024);
        f.seek(size / 2);
        f.write(QByteArray(8192, '\xA5'));
    }
    const QByteArray before = fileHash(path);
    auto store = Store::open(path);
    REQUIRE_FALSE(store.ok());
    CHECK(store.errorMessage().contains(QStringLiteral("damaged")));
    CHECK(fileHash(path) == before);
    // A reader may leave an empty write-ahead log beside the file, never any content.
    CHECK(QFileInfo(path + QStringLiteral("-wal")).size() == 0);
}

TEST_CASE("files that are not stores are refused with a clear message and left unchanged", "[store][open]")
{
    QTemporaryDir dir;

    const QString plain = dir.filePath(QStringLiteral("plain.sqlite"));
    {
        auto db = Database::open(plain, Database::Mode::Create);
        REQUIRE(db.ok());
        REQUIRE(db->exec(QStringLiteral("CREATE TABLE people (name TEXT); INSERT INTO people VALUES ('Åsa');")).ok());
    }
    const QByteArray plainHash = fileHash(plain);
    auto a = Store::open(plain);
    REQUIRE_FALSE(a.ok());
    CHECK(a.errorMessage().contains(QStringLiteral("not a Lägesbild store")));
    CHECK(fileHash(plain) == plainHash);

    const QString text = dir.filePath(QStringLiteral("notes.gpkg"));
    {
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("name;x;y\nÅsa;1;2\n");
    }
    auto b = Store::open(text);
    REQUIRE_FALSE(b.ok());
    CHECK(b.errorMessage().contains(QStringLiteral("not a Lägesbild store")));

    auto c = Store::open(dir.filePath(QStringLiteral("missing.gpkg")));
    REQUIRE_FALSE(c.ok());
    CHECK(c.errorMessage().contains(QStringLiteral("does not exist")));
}

TEST_CASE("a store from a newer program version is refused and left unchanged", "[store][open]")
{
    QTemporaryDir dir;
    const QString path = makeStore(dir, QStringLiteral("future.gpkg"), 10);
    {
        auto db = Database::open(path, Database::Mode::ReadWrite);
        REQUIRE(db.ok());
        REQUIRE(db->exec(QStringLiteral("UPDATE lb_meta SET value = '99' WHERE key = 'schema_version'")).ok());
    }
    const QByteArray before = fileHash(path);
    auto store = Store::open(path);
    REQUIRE_FALSE(store.ok());
    CHECK(store.errorMessage().contains(QStringLiteral("newer version")));
    CHECK(fileHash(path) == before);
}

TEST_CASE("creating a store refuses to overwrite and refuses non-metric CRSs", "[store][open]")
{
    QTemporaryDir dir;
    const QString path = makeStore(dir, QStringLiteral("exists.gpkg"), 1);
    const QByteArray before = fileHash(path);
    CHECK_FALSE(Store::create(path, {}).ok());
    CHECK(fileHash(path) == before);

    StoreOptions geographic;
    geographic.epsg = 4326;
    auto g = Store::create(dir.filePath(QStringLiteral("wgs.gpkg")), geographic);
    REQUIRE_FALSE(g.ok());
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("wgs.gpkg"))));

    StoreOptions rt90;
    rt90.epsg = 3021; // RT 90 2.5 gon V, metric: allowed
    auto r = Store::create(dir.filePath(QStringLiteral("rt90.gpkg")), rt90);
    REQUIRE(r.ok());
    CHECK((*r)->epsg() == 3021);
    CHECK((*r)->database().queryInt(
              QStringLiteral("SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = 'incidents'")) == 3021);
}

TEST_CASE("a store whose header is damaged is refused even read-only", "[store][open]")
{
    QTemporaryDir dir;
    const QString path = makeStore(dir, QStringLiteral("header.gpkg"), 10);
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.seek(100); // the schema table's page header follows the 100-byte file header
        f.write(QByteArray(64, '\xFF'));
    }
    const QByteArray before = fileHash(path);
    auto store = Store::open(path, Store::Mode::ReadOnly);
    REQUIRE_FALSE(store.ok());
    CHECK(fileHash(path) == before);
}

TEST_CASE("a store of schema version 8 takes county-centre incidents after the upgrade", "[store][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v8.gpkg"));
    Incident atCounty;
    atCounty.position = {674240.0, 6580820.0};
    atCounty.occurredAt = 1704100000;
    atCounty.category = QStringLiteral("ovrigt");
    atCounty.source = QStringLiteral("Polisen");
    atCounty.sourceRef = QStringLiteral("500003");
    atCounty.locationPrecision = LocationPrecision::CountyCentroid;
    {
        auto old = Store::createAtSchemaVersion(path, {}, 8);
        REQUIRE(old.ok());
        std::vector<Incident> one{atCounty};
        // Version 8's CHECK constraint knows no county centre.
        CHECK_FALSE((*old)->insertIncidents(one).ok());
        one.front().locationPrecision = LocationPrecision::MunicipalityCentroid;
        one.front().sourceRef = QStringLiteral("500001");
        REQUIRE((*old)->insertIncidents(one).ok());
    }
    auto store = Store::open(path);
    REQUIRE(store.ok());
    CHECK((*store)->schemaVersion() == kCurrentSchemaVersion);
    std::vector<Incident> one{atCounty};
    REQUIRE((*store)->insertIncidents(one).ok());
    auto all = (*store)->incidents({});
    REQUIRE(all.ok());
    REQUIRE(all->size() == 2);
    std::vector<LocationPrecision> precisions;
    for (const Incident &i : *all)
        precisions.push_back(i.locationPrecision);
    std::sort(precisions.begin(), precisions.end());
    CHECK(precisions ==
          std::vector<LocationPrecision>{LocationPrecision::MunicipalityCentroid, LocationPrecision::CountyCentroid});
    // Any other value is still refused, and the file passes SQLite's integrity check.
    auto bad = (*store)->database().exec(
        QStringLiteral("UPDATE incidents SET location_precision = 'somewhere' WHERE source_ref = '500003'"));
    CHECK_FALSE(bad.ok());
    CHECK((*store)->database().queryText(QStringLiteral("PRAGMA integrity_check")).value_or(QString()) ==
          QStringLiteral("ok"));
}
