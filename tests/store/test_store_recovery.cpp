// Opening a store after trouble: the journal of a write that was cut off, another program
// writing, a refused open that must not change a byte, the upgrade that keeps the old file, and
// the checkpoint that leaves the store file complete on its own.

#include "store/schema.h"
#include "store/store.h"

#include "support/catch_qt.h"
#include "support/test_support.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace lb;
using lb::test::fileHash;
using namespace lb::store;

namespace {

std::vector<Incident> incidents(int count, int first = 0)
{
    std::vector<Incident> rows;
    for (int i = first; i < first + count; ++i) {
        Incident inc;
        inc.position = {640000.0 + i, 6560000.0 + i};
        inc.occurredAt = 1600000000 + i * 3600;
        inc.category = QStringLiteral("klotter");
        inc.description = QStringLiteral("Händelse %1 med en längre beskrivning för att fylla sidor").arg(i);
        rows.push_back(inc);
    }
    return rows;
}

QString makeStore(const QTemporaryDir &dir, const QString &name, int count)
{
    const QString path = dir.filePath(name);
    auto store = Store::create(path, {});
    REQUIRE(store.ok());
    auto rows = incidents(count);
    REQUIRE((*store)->insertIncidents(rows).ok());
    return path;
}

std::int64_t countIncidents(const QString &path)
{
    auto db = Database::open(path, Database::Mode::ReadOnly);
    REQUIRE(db.ok());
    return db->queryInt(QStringLiteral("SELECT count(*) FROM incidents")).value_or(-1);
}

// The file and journal as a process killed in the middle of a large write leaves them: taken
// while a write transaction has spilled changed pages into the file.
QString makeCutOffStore(const QTemporaryDir &dir)
{
    const QString path = makeStore(dir, QStringLiteral("source.gpkg"), 3000);
    const QString cut = dir.filePath(QStringLiteral("cut.gpkg"));
    auto db = Database::open(path, Database::Mode::ReadWrite);
    REQUIRE(db.ok());
    REQUIRE(db->exec(QStringLiteral("PRAGMA journal_mode = DELETE; PRAGMA cache_size = 5;")).ok());
    REQUIRE(db->exec(QStringLiteral("BEGIN IMMEDIATE; DELETE FROM incidents WHERE fid % 2 = 0; "
                                    "UPDATE incidents SET description = 'ändrad';"))
                .ok());
    REQUIRE(QFile::copy(path, cut));
    REQUIRE(QFile::copy(path + QStringLiteral("-journal"), cut + QStringLiteral("-journal")));
    REQUIRE(db->exec(QStringLiteral("ROLLBACK")).ok());
    REQUIRE(QFileInfo(cut + QStringLiteral("-journal")).size() > 0);
    return cut;
}

} // namespace

TEST_CASE("a store left with the journal of a cut-off write opens as it was before that write", "[store][recovery]")
{
    QTemporaryDir dir;
    const QString cut = makeCutOffStore(dir);
    Store::Mode mode = GENERATE(Store::Mode::ReadOnly, Store::Mode::ReadWrite);
    OpenRefusal refusal;
    auto store = Store::open(cut, mode, &refusal);
    INFO(store.errorMessage().toStdString());
    REQUIRE(store.ok());
    REQUIRE((*store)->openNotes().size() == 1);
    CHECK((*store)->openNotes().front().contains(QStringLiteral("was cut off")));
    CHECK_FALSE(QFileInfo::exists(cut + QStringLiteral("-journal")));
    const Database &db = (*store)->database();
    CHECK(db.queryText(QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
    CHECK(db.queryInt(QStringLiteral("SELECT count(*) FROM incidents")) == 3000);
    CHECK(db.queryInt(QStringLiteral("SELECT count(*) FROM incidents WHERE description = 'ändrad'")) == 0);
    CHECK(db.queryInt(QStringLiteral("SELECT count(*) FROM rtree_incidents_geom")) == 3000);
    // The next open has nothing to undo and says nothing.
    store = Store::open(cut, mode);
    REQUIRE(store.ok());
    CHECK((*store)->openNotes().isEmpty());
}

TEST_CASE("a store another program is writing is busy, not damaged, and unchanged", "[store][recovery]")
{
    QTemporaryDir dir;
    const QString path = makeStore(dir, QStringLiteral("busy.gpkg"), 200);
    // A bulk import holds the file exclusively while it writes through a rollback journal.
    auto writer = Database::open(path, Database::Mode::ReadWrite);
    REQUIRE(writer.ok());
    REQUIRE(writer->exec(QStringLiteral("PRAGMA journal_mode = DELETE")).ok());
    REQUIRE(writer->exec(QStringLiteral("BEGIN EXCLUSIVE; DELETE FROM incidents WHERE fid < 10;")).ok());
    const QByteArray before = fileHash(path);
    for (Store::Mode mode : {Store::Mode::ReadOnly, Store::Mode::ReadWrite}) {
        OpenRefusal refusal;
        auto store = Store::open(path, mode, &refusal);
        REQUIRE_FALSE(store.ok());
        CHECK(refusal.kind == OpenRefusal::Kind::Busy);
        CHECK(store.errorMessage().contains(QStringLiteral("busy")));
        CHECK_FALSE(store.errorMessage().contains(QStringLiteral("damaged")));
    }
    CHECK(fileHash(path) == before);
    REQUIRE(writer->exec(QStringLiteral("ROLLBACK")).ok());
    auto store = Store::open(path);
    REQUIRE(store.ok());
    CHECK(countIncidents(path) == 200);
}

TEST_CASE("a refused write open leaves the file unchanged, journal mode included", "[store][recovery]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nocrs.gpkg"));
    {
        auto old = Store::createAtSchemaVersion(path, {}, 4);
        REQUIRE(old.ok());
        REQUIRE((*old)->database().exec(QStringLiteral("DELETE FROM lb_meta WHERE key = 'crs_epsg'")).ok());
        REQUIRE((*old)->database().exec(QStringLiteral("PRAGMA journal_mode = DELETE")).ok());
    }
    const QByteArray before = fileHash(path);
    OpenRefusal refusal;
    auto store = Store::open(path, Store::Mode::ReadWrite, &refusal);
    REQUIRE_FALSE(store.ok());
    CHECK(store.errorMessage().contains(QStringLiteral("coordinate reference system")));
    CHECK(fileHash(path) == before);
    CHECK(QFileInfo(path + QStringLiteral("-wal")).size() == 0);
}

TEST_CASE("upgrading an older store keeps a copy of the old file first", "[store][recovery][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kommun.gpkg"));
    {
        auto old = Store::createAtSchemaVersion(path, {}, 4);
        REQUIRE(old.ok());
        REQUIRE((*old)
                    ->database()
                    .exec(QStringLiteral("INSERT INTO incidents (geom, occurred_at, category, source) "
                                         "VALUES (NULL, '2020-05-01T10:00:00Z', 'klotter', 'Polisen')"))
                    .ok());
    }
    OpenRefusal refusal;
    const QByteArray before = fileHash(path);
    auto readOnly = Store::open(path, Store::Mode::ReadOnly, &refusal);
    REQUIRE_FALSE(readOnly.ok());
    CHECK(refusal.kind == OpenRefusal::Kind::OlderSchema);
    CHECK(refusal.schemaVersion == 4);
    CHECK(fileHash(path) == before);

    auto store = Store::open(path, Store::Mode::ReadWrite);
    REQUIRE(store.ok());
    CHECK((*store)->schemaVersion() == kCurrentSchemaVersion);
    const QString backup = dir.filePath(QStringLiteral("kommun.schema4.gpkg"));
    CHECK((*store)->upgradeBackup() == backup);
    REQUIRE((*store)->openNotes().size() == 1);
    CHECK((*store)->openNotes().front().contains(backup));
    auto copy = Database::open(backup, Database::Mode::ReadOnly);
    REQUIRE(copy.ok());
    CHECK(schemaVersion(*copy) == 4);
    CHECK(copy->queryInt(QStringLiteral("SELECT count(*) FROM incidents")) == 1);
}

TEST_CASE("after a checkpoint the store file alone holds every committed write", "[store][recovery]")
{
    QTemporaryDir dir;
    const QString path = makeStore(dir, QStringLiteral("wal.gpkg"), 100);
    auto store = Store::open(path);
    REQUIRE(store.ok());
    REQUIRE((*store)->checkpoint().ok());
    // A reader elsewhere (the desktop showing the map) keeps SQLite from checkpointing on close.
    auto reader = Store::open(path, Store::Mode::ReadOnly);
    REQUIRE(reader.ok());
    const std::int64_t seen = (*reader)->dataVersion();
    auto more = incidents(500, 100);
    REQUIRE((*store)->insertIncidents(more).ok());
    CHECK((*reader)->dataVersion() != seen); // the reader can tell the file changed

    const QString before = dir.filePath(QStringLiteral("before.gpkg"));
    REQUIRE(QFile::copy(path, before));
    CHECK(countIncidents(before) == 100); // the new rows are only in the log so far
    REQUIRE((*store)->checkpoint().ok());
    const QString after = dir.filePath(QStringLiteral("after.gpkg"));
    REQUIRE(QFile::copy(path, after));
    CHECK(countIncidents(after) == 600);
}
