// When a read-write open verifies every page: after anything that may have changed the file since
// a writer closed it cleanly, not on every open.

#include "store/open_check.h"
#include "store/store.h"

#include "support/catch_qt.h"
#include "support/test_support.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace lb;
using namespace lb::store;

namespace {

std::vector<Incident> someIncidents(int count, int first = 0)
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

QString makeClosedStore(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    auto store = Store::create(path, {});
    REQUIRE(store.ok());
    auto rows = someIncidents(3000);
    REQUIRE((*store)->insertIncidents(rows).ok());
    return path;
}

bool verifiedOnWriteOpen(const QString &path)
{
    auto store = Store::open(path, Store::Mode::ReadWrite);
    REQUIRE(store.ok());
    return (*store)->verifiedOnOpen();
}

} // namespace

TEST_CASE("a store closed cleanly is not verified again on the next write opens", "[store][open][open_check]")
{
    QTemporaryDir dir;
    const QString path = makeClosedStore(dir, QStringLiteral("clean.gpkg"));
    CHECK_FALSE(verifiedOnWriteOpen(path));
    CHECK_FALSE(verifiedOnWriteOpen(path));
    // Writing and closing cleanly keeps it so.
    {
        auto store = Store::open(path);
        REQUIRE(store.ok());
        auto rows = someIncidents(10, 5000);
        REQUIRE((*store)->insertIncidents(rows).ok());
    }
    CHECK_FALSE(verifiedOnWriteOpen(path));
    // Read-only opens never verify.
    auto reader = Store::open(path, Store::Mode::ReadOnly);
    REQUIRE(reader.ok());
    CHECK_FALSE((*reader)->verifiedOnOpen());
}

TEST_CASE("a store without a clean-close record is verified once", "[store][open][open_check]")
{
    QTemporaryDir dir;
    const QString path = makeClosedStore(dir, QStringLiteral("old.gpkg"));
    {
        auto db = Database::open(path, Database::Mode::ReadWrite);
        REQUIRE(db.ok());
        REQUIRE(db->exec(QStringLiteral("DELETE FROM lb_meta WHERE key IN ('clean_close_ms', 'last_check_ms', "
                                        "'opens_since_check')"))
                    .ok());
    }
    CHECK(verifiedOnWriteOpen(path));
    CHECK_FALSE(verifiedOnWriteOpen(path));
}

TEST_CASE("a store another program wrote to is verified", "[store][open][open_check]")
{
    QTemporaryDir dir;
    const QString path = makeClosedStore(dir, QStringLiteral("other.gpkg"));
    {
        auto db = Database::open(path, Database::Mode::ReadWrite);
        REQUIRE(db.ok());
        REQUIRE(db->exec(QStringLiteral("UPDATE incidents SET category = 'skadegorelse' WHERE fid = 1")).ok());
    }
    CHECK(verifiedOnWriteOpen(path));
    CHECK_FALSE(verifiedOnWriteOpen(path));
}

TEST_CASE("a store left by a writer that was stopped is verified", "[store][open][open_check]")
{
    QTemporaryDir dir;
    const QString path = makeClosedStore(dir, QStringLiteral("killed.gpkg"));
    const QString copy = dir.filePath(QStringLiteral("copy.gpkg"));
    {
        auto writer = Store::open(path);
        REQUIRE(writer.ok());
        auto rows = someIncidents(10, 5000);
        REQUIRE((*writer)->insertIncidents(rows).ok());
        // The file and its log as a writer killed now leaves them.
        REQUIRE(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
        REQUIRE(QFile::copy(path, copy));
        REQUIRE(QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
    }
    auto store = Store::open(copy);
    REQUIRE(store.ok());
    CHECK((*store)->verifiedOnOpen());
    CHECK((*store)->database().queryInt(QStringLiteral("SELECT count(*) FROM incidents")) == 3010);
}

TEST_CASE("damage the file system did not record is found by verify and within the open limit",
          "[store][open][open_check]")
{
    QTemporaryDir dir;
    const QString path = makeClosedStore(dir, QStringLiteral("rot.gpkg"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        const QDateTime modified = f.fileTime(QFileDevice::FileModificationTime);
        f.seek(f.size() / 2);
        f.write(QByteArray(8192, '\xA5'));
        f.flush();
        REQUIRE(f.setFileTime(modified, QFileDevice::FileModificationTime));
    }
    {
        auto store = Store::open(path, Store::Mode::ReadOnly);
        REQUIRE(store.ok());
        auto problems = (*store)->verify();
        REQUIRE(problems.ok());
        CHECK_FALSE(problems->isEmpty());
    }
    bool refused = false;
    for (int i = 0; i <= kMaxOpensWithoutCheck && !refused; ++i) {
        auto store = Store::open(path);
        if (!store) {
            refused = true;
            CHECK(store.errorMessage().contains(QStringLiteral("damaged")));
        }
    }
    CHECK(refused);
}

TEST_CASE("a sound store passes verify", "[store][open][open_check]")
{
    QTemporaryDir dir;
    const QString path = makeClosedStore(dir, QStringLiteral("sound.gpkg"));
    auto store = Store::open(path, Store::Mode::ReadOnly);
    REQUIRE(store.ok());
    auto problems = (*store)->verify();
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
}
