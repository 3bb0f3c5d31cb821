// lagesbild-cli against stores it cannot simply write: another program writing, a read-only
// folder or file, an older schema, a disk that fills up at the end of an import. Each case must
// be named for what it is; "damaged" is said only of real damage.

#include "cli_process.h"
#include "import_test_support.h"
#include "store/sqlite_db.h"
#include "store/store.h"

#include "support/test_support.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

using namespace lb;
using namespace lb::test;

namespace {

QString writeIncidents(const QTemporaryDir &dir, const QString &name, int rows, int firstId)
{
    QByteArray csv = "Ärendenummer;Datum;Kategori;Latitud;Longitud\n";
    for (int i = 0; i < rows; ++i) {
        const int id = firstId + i;
        // 59.30–59.34 N, 18.00–18.10 E: central Stockholm, inside the test municipality.
        csv += QStringLiteral("P%1;2023-03-%2;Klotter;59,%3;18,%4\n")
                   .arg(id)
                   .arg(1 + id % 28, 2, 10, QLatin1Char('0'))
                   .arg(300000 + id % 40000, 6, 10, QLatin1Char('0'))
                   .arg(id % 1000 * 10, 5, 10, QLatin1Char('0'))
                   .toUtf8();
    }
    return writeFile(dir, name, csv);
}

QStringList importArgs(const QString &csv, const QString &store)
{
    return {QStringLiteral("import"),   csv, QStringLiteral("--store"), store, QStringLiteral("--kind"),
            QStringLiteral("incidents")};
}

std::int64_t countIncidents(const QString &path)
{
    auto db = store::Database::open(path, store::Database::Mode::ReadOnly);
    REQUIRE(db.ok());
    return db->queryInt(QStringLiteral("SELECT count(*) FROM incidents")).value_or(-1);
}

} // namespace

TEST_CASE("a command waits for a store another import is writing, then opens it", "[io][cli][busy]")
{
    QTemporaryDir dir;
    makeStore(dir, QStringLiteral("s.gpkg")).reset();
    const QString path = dir.filePath(QStringLiteral("s.gpkg"));
    // A bulk import writes through a rollback journal and holds the file exclusively.
    auto writer = store::Database::open(path, store::Database::Mode::ReadWrite);
    REQUIRE(writer.ok());
    REQUIRE(writer->exec(QStringLiteral("PRAGMA journal_mode = DELETE")).ok());
    REQUIRE(writer->exec(QStringLiteral("BEGIN EXCLUSIVE; DELETE FROM areas;")).ok());
    QProcess process;
    startCli(process, {QStringLiteral("info"), path});
    QThread::msleep(3000);
    REQUIRE(writer->exec(QStringLiteral("ROLLBACK")).ok());
    const CliRun info = finishCli(process);
    INFO(info.err.toStdString());
    CHECK(info.exitCode == 0);
    CHECK(info.err.contains(QStringLiteral("is busy")));
    CHECK(info.err.contains(QStringLiteral("Waiting")));
    CHECK_FALSE(info.err.contains(QStringLiteral("damaged")));
    CHECK(info.out.contains(QStringLiteral("EPSG:3006")));
}

TEST_CASE("an import into a store another program keeps writing says busy, try again", "[io][cli][busy]")
{
    QTemporaryDir dir;
    makeStore(dir, QStringLiteral("s.gpkg")).reset();
    const QString path = dir.filePath(QStringLiteral("s.gpkg"));
    const QString csv = writeIncidents(dir, QStringLiteral("a.csv"), 20, 1);
    auto other = store::Store::open(path); // in WAL mode, like every open store
    REQUIRE(other.ok());
    REQUIRE((*other)->database().exec(QStringLiteral("BEGIN IMMEDIATE")).ok());
    const CliRun run = runCliWith(importArgs(csv, path));
    REQUIRE((*other)->database().exec(QStringLiteral("ROLLBACK")).ok());
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("is busy")));
    CHECK(run.err.contains(QStringLiteral("try again"), Qt::CaseInsensitive));
    CHECK_FALSE(run.err.contains(QStringLiteral("damaged")));
    CHECK(countIncidents(path) == 0);
}

TEST_CASE("a store in a read-only folder opens read-only and says why imports are off", "[io][cli][readonly]")
{
    QTemporaryDir dir;
    setMode(dir.path(), 0755);
    QDir(dir.path()).mkdir(QStringLiteral("arkiv"));
    const QString folder = dir.filePath(QStringLiteral("arkiv"));
    makeStore(dir, QStringLiteral("arkiv/s.gpkg")).reset();
    const QString path = folder + QStringLiteral("/s.gpkg");
    const QString csv = writeIncidents(dir, QStringLiteral("a.csv"), 20, 1);
    setMode(path, 0666); // the file itself could be written: only the folder cannot
    setMode(folder, 0555);
    const QByteArray before = fileHash(path);
    CliOptions user;
    user.unprivileged = true;

    const CliRun info = runCliWith({QStringLiteral("info"), path}, user);
    INFO(info.err.toStdString());
    CHECK(info.exitCode == 0);
    CHECK(info.out.contains(QStringLiteral("EPSG:3006")));

    const CliRun run = runCliWith(importArgs(csv, path), user);
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("opened read-only because the folder")));
    CHECK(run.err.contains(QDir::toNativeSeparators(folder)));
    CHECK_FALSE(run.err.contains(QStringLiteral("damaged")));
    setMode(folder, 0755);
    CHECK(fileHash(path) == before);
    CHECK(countIncidents(path) == 0);
}

TEST_CASE("an import into a read-only store file names the file and the reason", "[io][cli][readonly]")
{
    QTemporaryDir dir;
    setMode(dir.path(), 0777);
    makeStore(dir, QStringLiteral("s.gpkg")).reset();
    const QString path = dir.filePath(QStringLiteral("s.gpkg"));
    const QString csv = writeIncidents(dir, QStringLiteral("a.csv"), 20, 1);
    setMode(path, 0444);
    CliOptions user;
    user.unprivileged = true;
    const CliRun run = runCliWith(importArgs(csv, path), user);
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("the file %1 is read-only").arg(path)));
    CHECK(run.err.contains(QStringLiteral("Nothing was imported")));
    CHECK_FALSE(run.err.contains(QStringLiteral("damaged")));
    setMode(path, 0644);
    CHECK(countIncidents(path) == 0);
}

TEST_CASE("read commands say how to upgrade an older store, and upgrade keeps the old file", "[io][cli][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gammal.gpkg"));
    REQUIRE(store::Store::createAtSchemaVersion(path, {}, 4).ok());
    const QByteArray before = fileHash(path);
    const CliRun info = runCliWith({QStringLiteral("info"), path});
    CHECK(info.exitCode == 1);
    CHECK(info.err.contains(QStringLiteral("older schema (4)")));
    CHECK(info.err.contains(QStringLiteral("lagesbild-cli upgrade %1").arg(path)));
    CHECK(fileHash(path) == before);

    const CliRun upgrade = runCliWith({QStringLiteral("upgrade"), path});
    INFO(upgrade.err.toStdString());
    REQUIRE(upgrade.exitCode == 0);
    const QString backup = dir.filePath(QStringLiteral("gammal.schema4.gpkg"));
    CHECK(upgrade.out.contains(backup));
    CHECK(fileHash(backup).size() > 0);
    auto old = store::Database::open(backup, store::Database::Mode::ReadOnly);
    REQUIRE(old.ok());
    CHECK(old->queryText(QStringLiteral("SELECT value FROM lb_meta WHERE key = 'schema_version'")) ==
          QStringLiteral("4"));
    CHECK(runCliWith({QStringLiteral("info"), path}).exitCode == 0);
}

TEST_CASE("after an import the store file alone is complete, and a failed final write is reported",
          "[io][cli][checkpoint]")
{
    QTemporaryDir dir;
    makeStore(dir, QStringLiteral("s.gpkg")).reset();
    const QString path = dir.filePath(QStringLiteral("s.gpkg"));
    REQUIRE(runCliWith(importArgs(writeIncidents(dir, QStringLiteral("a.csv"), 20000, 1), path)).exitCode == 0);
    REQUIRE(countIncidents(path) == 20000);

    SECTION("a reader keeps the log alive: the import still completes the file")
    {
        auto reader = store::Store::open(path, store::Store::Mode::ReadOnly); // the desktop, say
        REQUIRE(reader.ok());
        const CliRun run = runCliWith(importArgs(writeIncidents(dir, QStringLiteral("b.csv"), 500, 50000), path));
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        const QString copy = dir.filePath(QStringLiteral("copy.gpkg"));
        REQUIRE(QFile::copy(path, copy));
        CHECK(countIncidents(copy) == 20500);
    }
    SECTION("the disk fills up when the log is written into the file")
    {
        const QString csv = writeIncidents(dir, QStringLiteral("c.csv"), 1000, 60000);
        CliOptions full;
        // Room for the log of 1,000 rows, but not for the file to grow by them.
        full.fileSizeLimit = QFileInfo(path).size() + 8192;
        const CliRun run = runCliWith(importArgs(csv, path), full);
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(QStringLiteral("could not be written into %1").arg(path)));
        // The import is kept in the log; the next open completes the file.
        const CliRun info = runCliWith({QStringLiteral("info"), path});
        CHECK(info.exitCode == 0);
        auto db = store::Database::open(path, store::Database::Mode::ReadOnly);
        REQUIRE(db.ok());
        CHECK(db->queryText(QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
        CHECK(countIncidents(path) == 21000);
    }
}
