// Many users on one shared store: two database users edit the same finding, the second save is
// refused and shown the first one's change; every change is logged with the database user; an
// import on one connection wakes a listener on another.

#include "pg_test_server.h"
#include "pgstore/pg_connection.h"
#include "pgstore/pg_incidents.h"
#include "pgstore/pg_listener.h"
#include "pgstore/shared_editing.h"
#include "support/test_support.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace lb;

namespace {

// A demo store copied to a fresh database, with two users who may edit it.
QString sharedDemo(const QString &database, QTemporaryDir &dir)
{
    const QString gpkg = dir.filePath(QStringLiteral("demo.gpkg"));
    QString out, err;
    REQUIRE(test::runCli({QStringLiteral("demo"), QStringLiteral("--out"), gpkg}, &out, &err) == 0);
    const QString url = test::freshPgDatabase(database);
    INFO(err.toStdString());
    REQUIRE(test::runCli({QStringLiteral("copy-store"), gpkg, url}, &out, &err) == 0);
    auto db = pgstore::PgConnection::open(url);
    REQUIRE(db);
    for (const char *user : {"alice", "bob"}) {
        const Status s = db->exec(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = "
                                                 "'%1') THEN CREATE ROLE %1 LOGIN; END IF; END $$; GRANT ALL ON "
                                                 "ALL TABLES IN SCHEMA public TO %1; GRANT ALL ON ALL SEQUENCES IN "
                                                 "SCHEMA public TO %1;")
                                      .arg(QLatin1String(user)));
        REQUIRE(s.errorMessage().toStdString() == "");
    }
    return url;
}

QString asUser(QString url, const QString &user)
{
    url.replace(QStringLiteral("user=lagesbild"), QStringLiteral("user=") + user);
    return url;
}

} // namespace

TEST_CASE("A save that started from an old row version is refused and shown the other change", "[pgstore][shared]")
{
    qputenv("LAGESBILD_LANG", "en");
    QTemporaryDir dir;
    const QString url = sharedDemo(QStringLiteral("shared_versions"), dir);
    auto alice = pgstore::PgConnection::open(asUser(url, QStringLiteral("alice")));
    auto bob = pgstore::PgConnection::open(asUser(url, QStringLiteral("bob")));
    REQUIRE(alice);
    REQUIRE(bob);
    REQUIRE(alice->user() == QLatin1String("alice"));

    auto id = alice->queryText(QStringLiteral("SELECT min(fid) FROM walk_findings"));
    REQUIRE(id);
    const FeatureId fid = id->toLongLong();
    const auto logged = [&] {
        return alice
            ->queryText(QStringLiteral("SELECT count(*) FROM edit_log WHERE table_name = 'walk_findings' AND "
                                       "feature_id = %1")
                            .arg(fid))
            .value_or(QStringLiteral("-1"))
            .toInt();
    };
    CHECK(logged() == 0); // the copy itself is not logged as edits

    // Both open the finding at the same version.
    auto versionA = pgstore::findingVersion(*alice, fid);
    auto versionB = pgstore::findingVersion(*bob, fid);
    REQUIRE(versionA);
    REQUIRE(*versionA);
    REQUIRE(**versionB == **versionA);

    WalkFinding byBob;
    byBob.id = fid;
    byBob.kind = QStringLiteral("belysning");
    byBob.description = QStringLiteral("Lampan lagad av Bob");
    byBob.responsible = QStringLiteral("Gatukontoret");
    byBob.status = FindingStatus::Fixed;
    byBob.fixedDate = QDate(2025, 5, 2);
    auto bobSaved = pgstore::saveFinding(*bob, byBob, **versionB);
    REQUIRE(bobSaved);
    REQUIRE(bobSaved->saved);
    CHECK(bobSaved->newVersion == **versionB + 1);

    WalkFinding byAlice = byBob;
    byAlice.description = QStringLiteral("Alice: fortfarande trasig");
    byAlice.status = FindingStatus::Open;
    auto aliceSaved = pgstore::saveFinding(*alice, byAlice, **versionA);
    REQUIRE(aliceSaved);
    CHECK_FALSE(aliceSaved->saved);
    REQUIRE(aliceSaved->conflict);
    const pgstore::FindingConflict &conflict = *aliceSaved->conflict;
    CHECK(conflict.changedBy == QLatin1String("bob"));
    CHECK(conflict.currentVersion == bobSaved->newVersion);
    CHECK(conflict.current.description == byBob.description);
    CHECK(conflict.current.status == FindingStatus::Fixed);
    CHECK(conflict.message.contains(QLatin1String("bob")));
    CHECK(conflict.message.contains(byBob.description));
    // Nothing of Alice's reached the server.
    CHECK(alice->queryText(QStringLiteral("SELECT description FROM walk_findings WHERE fid = %1").arg(fid))
              .value_or(QString()) == byBob.description);

    // Saved again from the version she was shown, it goes through.
    auto again = pgstore::saveFinding(*alice, byAlice, conflict.currentVersion);
    REQUIRE(again);
    CHECK(again->saved);
    CHECK(again->newVersion == conflict.currentVersion + 1);

    // Any client's update raises the version, not only this program's.
    REQUIRE(bob->exec(QStringLiteral("UPDATE walk_findings SET responsible = 'Fastighet' WHERE fid = %1").arg(fid)));
    CHECK(**pgstore::findingVersion(*alice, fid) == again->newVersion + 1);

    // Three changes, each logged with the database user who made it, oldest first.
    auto log = alice->query(QStringLiteral("SELECT author, action, new_values FROM edit_log WHERE table_name = "
                                           "'walk_findings' AND feature_id = $1 ORDER BY id"),
                            {QString::number(fid)});
    REQUIRE(log);
    REQUIRE(log->rowCount() == 3);
    CHECK(log->text(0, 0) == QLatin1String("bob"));
    CHECK(log->text(1, 0) == QLatin1String("alice"));
    CHECK(log->text(2, 0) == QLatin1String("bob"));
    CHECK(log->text(0, 1) == QLatin1String("update"));
    CHECK(log->text(1, 2).contains(byAlice.description));

    // The store still copies back to a file, without the server's row versions.
    QString out, err;
    CHECK(test::runCli({QStringLiteral("copy-store"), url, dir.filePath(QStringLiteral("back.gpkg"))}, &out, &err) ==
          0);
}

TEST_CASE("An import on one connection wakes a listener on another", "[pgstore][shared][notify]")
{
    qputenv("LAGESBILD_LANG", "en");
    QTemporaryDir dir;
    const QString url = sharedDemo(QStringLiteral("shared_notify"), dir);
    auto listener = pgstore::PgListener::open(url);
    REQUIRE(listener);
    auto quiet = listener->wait(200);
    REQUIRE(quiet);
    CHECK(quiet->empty());

    auto bob = pgstore::PgConnection::open(asUser(url, QStringLiteral("bob")));
    REQUIRE(bob);
    auto batch = bob->queryText(QStringLiteral("INSERT INTO import_batches (started_at, kind, source_file) VALUES "
                                               "(now(), 'incidents', 'vecka12.csv') RETURNING id"));
    REQUIRE(batch);
    Incident i;
    i.position = {648000.5, 6563000.25};
    i.occurredAt = 1710000000;
    i.category = QStringLiteral("klotter");
    i.source = QStringLiteral("Telge Bostäder");
    i.batchId = batch->toLongLong();
    REQUIRE(pgstore::writeIncidents(*bob, {i}));
    // Nothing is announced while the import runs.
    auto during = listener->wait(200);
    REQUIRE(during);
    CHECK(during->empty());
    REQUIRE(bob->exec(
        QStringLiteral("UPDATE import_batches SET finished_at = now(), rows_accepted = 1 WHERE id = %1").arg(*batch)));

    auto heard = listener->wait(5000);
    REQUIRE(heard);
    REQUIRE(heard->size() == 1);
    CHECK(heard->front().kind == QLatin1String("import"));
    CHECK(heard->front().id == batch->toLongLong());
    CHECK(heard->front().user == QLatin1String("bob"));

    // An edit is announced too, with its table and row.
    REQUIRE(bob->exec(QStringLiteral("UPDATE walk_findings SET responsible = 'Bob' WHERE fid = (SELECT min(fid) FROM "
                                     "walk_findings)")));
    auto edit = listener->wait(5000);
    REQUIRE(edit);
    REQUIRE(edit->size() == 1);
    CHECK(edit->front().kind == QLatin1String("edit"));
    CHECK(edit->front().table == QLatin1String("walk_findings"));
    CHECK(edit->front().user == QLatin1String("bob"));
}
