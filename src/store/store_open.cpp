// Store::open and what belongs to it: the checks before a file is trusted, undoing a cut-off
// write, the upgrade of an older schema (after a copy of the old file), and the checkpoint that
// leaves the store file complete on its own.

#include "store/open_check.h"
#include "store/schema.h"
#include "store/store.h"
#include "store/store_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace lb::store {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::store::Store)
};

// Checks the first bytes so that a text file or an image gets a clear message instead of
// SQLite's "file is not a database".
bool hasSqliteHeader(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

QString damagedMessage(const QString &path, const QString &why)
{
    return Tr::tr("%1 is damaged (%2). It was not changed; restore it from a backup.").arg(path, why);
}

// A free name beside the store for the copy kept before an upgrade: name.schemaN.gpkg.
QString backupPath(const QString &path, int version)
{
    const QFileInfo info(path);
    for (int n = 1;; ++n) {
        const QString suffix = n == 1 ? QString() : QStringLiteral("-%1").arg(n);
        const QString candidate = info.dir().filePath(
            QStringLiteral("%1.schema%2%3.%4").arg(info.completeBaseName()).arg(version).arg(suffix, info.suffix()));
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

} // namespace

Result<std::unique_ptr<Store>> Store::open(const QString &path, Mode mode, OpenRefusal *refusal)
{
    return openImpl(path, mode, true, refusal);
}

Result<std::unique_ptr<Store>> Store::openImpl(const QString &path, Mode mode, bool upgrade, OpenRefusal *refusal)
{
    OpenRefusal local;
    OpenRefusal &why = refusal ? *refusal : local;
    why = {};
    const auto refuse = [&why](OpenRefusal::Kind kind, const QString &message) -> Result<std::unique_ptr<Store>> {
        why.kind = kind;
        return Error{message};
    };
    if (!QFileInfo::exists(path))
        return refuse(OpenRefusal::Kind::Other, Tr::tr("%1 does not exist.").arg(path));
    if (!hasSqliteHeader(path))
        return refuse(OpenRefusal::Kind::NotAStore,
                      Tr::tr("%1 is not a Lägesbild store (it is not a GeoPackage or SQLite file).").arg(path));

    // Looked at before any connection opens (a reader may leave an empty log behind).
    const bool logHadContent = hasLogContent(path);
    FileProblem problem = FileProblem::None;
    auto file = inspectStoreFile(path, &problem);
    if (!file)
        return refuse(problem == FileProblem::Busy ? OpenRefusal::Kind::Busy : OpenRefusal::Kind::Other,
                      file.errorMessage());
    const bool readOnly = mode == Mode::ReadOnly || !file->writable;
    // In a folder that cannot hold SQLite's lock and log files, a store is read as immutable,
    // unless a log beside it still holds changes that only a normal connection reads.
    const bool immutable = !file->folderWritable && QFileInfo(path + QStringLiteral("-wal")).size() == 0;
    const auto readMode = immutable ? Database::Mode::Immutable : Database::Mode::ReadOnly;

    // Look before touching: the checks run on a read-only connection, and nothing is written
    // before all of them have passed.
    int version = 0;
    bool verified = false;
    {
        auto probe = Database::open(path, readMode);
        if (!probe)
            return refuse(OpenRefusal::Kind::Other, probe.errorMessage());
        // A bulk import holds the file for as long as it writes: say so soon, and let the
        // caller decide whether to wait.
        probe->setBusyTimeout(1000);
        const auto failedRead = [&](const QString &detail) {
            return probe->lastErrorWasBusy() ? refuse(OpenRefusal::Kind::Busy, busyMessage(path))
                                             : refuse(OpenRefusal::Kind::Damaged, damagedMessage(path, detail));
        };
        // A writer verifies every page first (about a second per million incidents) when the file
        // may have changed since a writer closed it cleanly, so a damaged file is not written to
        // (open_check.h). Read-only connections (render and analysis workers) skip the scan: they
        // cannot make damage worse, and a bad page still surfaces as a read error.
        if (!readOnly && needsOpenCheck(*probe, path, logHadContent, file->recovered)) {
            verified = true;
            const auto check = probe->queryText(QStringLiteral("PRAGMA quick_check"));
            if (!check)
                return failedRead(probe->lastError());
            if (*check != QLatin1String("ok"))
                return refuse(OpenRefusal::Kind::Damaged, damagedMessage(path, *check));
        }
        version = store::schemaVersion(*probe);
        if (version == 0 && !probe->queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master")))
            return failedRead(probe->lastError());
        why.schemaVersion = version;
        if (version == 0) {
            const bool isGpkg =
                probe->queryInt(QStringLiteral("PRAGMA application_id")).value_or(0) == kGeoPackageApplicationId;
            return refuse(OpenRefusal::Kind::NotAStore,
                          isGpkg ? Tr::tr("%1 is a GeoPackage but not a Lägesbild store; import its layers into a "
                                          "store instead.")
                                       .arg(path)
                                 : Tr::tr("%1 is a SQLite database but not a Lägesbild store.").arg(path));
        }
        if (version > kCurrentSchemaVersion)
            return refuse(OpenRefusal::Kind::NewerSchema,
                          Tr::tr("%1 was made by a newer version of Lägesbild (schema %2; this program reads up "
                                 "to %3). It was not changed.")
                              .arg(path)
                              .arg(version)
                              .arg(kCurrentSchemaVersion));
        if (version < kCurrentSchemaVersion && readOnly && upgrade) {
            const QString message =
                mode == Mode::ReadOnly
                    ? Tr::tr("%1 uses an older schema (%2) and must be upgraded to schema %3 before it can be "
                             "read. It was not changed.")
                          .arg(path)
                          .arg(version)
                          .arg(kCurrentSchemaVersion)
                    : Tr::tr("%1 uses an older schema (%2) and cannot be upgraded here: %3. It was not changed.")
                          .arg(path)
                          .arg(version)
                          .arg(file->readOnlyReason);
            return refuse(OpenRefusal::Kind::OlderSchema, message);
        }
        if (probe->queryText(QStringLiteral("SELECT value FROM lb_meta WHERE key = 'crs_epsg'"))
                .value_or(QString())
                .toInt() <= 0)
            return refuse(OpenRefusal::Kind::Other,
                          Tr::tr("%1 has no coordinate reference system recorded.").arg(path));
    }

    auto db = Database::open(path, readOnly ? readMode : Database::Mode::ReadWrite);
    if (!db)
        return refuse(OpenRefusal::Kind::Other, db.errorMessage());
    std::unique_ptr<Store> store(new Store);
    store->m_db = std::move(*db);
    store->m_readOnly = readOnly;
    if (file->recovered)
        store->m_openNotes << Tr::tr("A write to %1 was cut off before it finished (the program was stopped or the "
                                     "computer lost power). Its unfinished changes were undone: the store is as it "
                                     "was before that write.")
                                  .arg(path);
    if (!file->writable) {
        store->m_readOnlyReason =
            Tr::tr("%1 was opened read-only because %2; edits and imports are off.").arg(path, file->readOnlyReason);
        if (mode == Mode::ReadWrite)
            store->m_openNotes << store->m_readOnlyReason;
    }
    if (version < kCurrentSchemaVersion && upgrade) {
        if (Status s = store->upgradeFrom(version); !s)
            return refuse(OpenRefusal::Kind::Other,
                          Tr::tr("%1 could not be upgraded and was left unchanged: %2").arg(path, s.errorMessage()));
    }
    if (!readOnly) {
        if (Status s = store->m_db.exec(QStringLiteral("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;")); !s)
            return store->m_db.lastErrorWasBusy() ? refuse(OpenRefusal::Kind::Busy, busyMessage(path))
                                                  : refuse(OpenRefusal::Kind::Other, s.errorMessage());
        // Changes an earlier writer could not write into the file (a full disk) go in now, if
        // they can without waiting for anyone; a failure leaves them safe in the log.
        (void)store->m_db.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    }
    if (Status s = store->m_db.exec(QStringLiteral("PRAGMA foreign_keys = ON")); !s)
        return refuse(OpenRefusal::Kind::Other, s.errorMessage());
    if (readOnly) {
        // The R-tree's list of a view's rows (the map's read of one view) stays in memory instead
        // of going through a temporary file. Optional: a failure only costs speed.
        (void)store->m_db.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    }
    if (Status s = store->loadMeta(); !s)
        return refuse(OpenRefusal::Kind::Other, s.errorMessage());
    store->m_verifiedOnOpen = verified;
    store->m_stampOnClose = !readOnly;
    return store;
}

Status Store::upgradeFrom(int version)
{
    // VACUUM INTO writes a consistent copy of everything committed, including what is still
    // only in the write-ahead log.
    const QString backup = backupPath(path(), version);
    QString quoted = backup;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    if (Status s = m_db.exec(QStringLiteral("VACUUM INTO '%1'").arg(quoted)); !s) {
        QFile::remove(backup);
        return Error{Tr::tr("could not keep a copy of the old file as %1 first: %2").arg(backup, s.errorMessage())};
    }
    Transaction tx(m_db);
    Status s = migrate(m_db, version);
    if (s)
        s = tx.commit();
    if (!s) {
        tx.rollback();
        QFile::remove(backup);
        return s;
    }
    m_upgradeBackup = backup;
    m_openNotes << Tr::tr("%1 was upgraded from schema %2 to %3; the old file was kept as %4.")
                       .arg(path())
                       .arg(version)
                       .arg(kCurrentSchemaVersion)
                       .arg(backup);
    return {};
}

Status Store::checkpoint()
{
    if (m_readOnly)
        return {};
    auto stmt = m_db.prepare(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!stmt)
        return stmt.error();
    const bool row = stmt->step();
    const QString log = path() + QStringLiteral("-wal");
    if (!row || stmt->failed())
        return Error{Tr::tr("The changes were saved in %1, but could not be written into %2 (%3), perhaps because "
                            "the disk is full. Keep %1 beside the store, make room, and open the store again to "
                            "complete it.")
                         .arg(log, path(), m_db.lastError())};
    if (stmt->integer(0) != 0)
        return Error{Tr::tr("The changes were saved in %1, but could not yet be written into %2 because another "
                            "program is reading the store. Keep %1 beside the store; the next open completes it.")
                         .arg(log, path())};
    return {};
}

Result<QStringList> Store::verify() const
{
    auto stmt = m_db.prepare(QStringLiteral("PRAGMA integrity_check"));
    if (!stmt)
        return stmt.error();
    QStringList problems;
    while (stmt->step()) {
        const QString line = stmt->text(0);
        if (line != QLatin1String("ok"))
            problems << line;
    }
    // A page too broken to check is itself a problem found; only a busy file is no answer.
    if (stmt->failed()) {
        if (m_db.lastErrorWasBusy())
            return Error{m_db.lastError()};
        problems << m_db.lastError();
    }
    return problems;
}

std::int64_t Store::dataVersion() const
{
    return m_db.queryInt(QStringLiteral("PRAGMA data_version")).value_or(0);
}

} // namespace lb::store
