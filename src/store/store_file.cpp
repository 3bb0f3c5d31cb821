#include "store/store_file.h"

#include "store/sqlite_db.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace lb::store {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::store::Store)
};
} // namespace

QString busyMessage(const QString &path)
{
    return Tr::tr("%1 is busy: another program (an import, perhaps) is writing to it. It was not changed; try "
                  "again when that program has finished.")
        .arg(path);
}

bool hasJournal(const QString &path)
{
    // SQLite's own test: a journal whose header is still zero was never made valid (its writer
    // wrote nothing into the file yet) and is ignored; one with a header must be rolled back.
    QFile journal(path + QStringLiteral("-journal"));
    if (!journal.open(QIODevice::ReadOnly))
        return false;
    const QByteArray first = journal.read(1);
    return !first.isEmpty() && first.at(0) != 0;
}

Result<StoreFileState> inspectStoreFile(const QString &path, FileProblem *problem)
{
    *problem = FileProblem::None;
    StoreFileState state;
    const QFileInfo file(path);
    const QString folder = QDir::toNativeSeparators(file.absolutePath());
    state.folderWritable = QFileInfo(file.absolutePath()).isWritable();
    if (!file.isWritable()) {
        state.writable = false;
        state.readOnlyReason = Tr::tr("the file %1 is read-only (its permissions do not allow changes)").arg(path);
    } else if (!state.folderWritable) {
        state.writable = false;
        state.readOnlyReason = Tr::tr("the folder %1 cannot be written to, and a store needs to keep its journal "
                                      "files beside it")
                                   .arg(folder);
    }
    if (!hasJournal(path))
        return state;

    const QString journal = path + QStringLiteral("-journal");
    if (!state.writable) {
        *problem = FileProblem::Other;
        return Error{Tr::tr("A write to %1 was cut off and left its unfinished changes in %2. They can be undone "
                            "only where the store can be written, but %3. Do not delete, move or replace either "
                            "file; open the store where it can be written.")
                         .arg(path, journal, state.readOnlyReason)};
    }
    // Any read on a read-write connection rolls a journal left by a cut-off write back. When
    // another program is writing, the journal is its own and stays; the read then waits for the
    // program's lock or finds it busy.
    auto db = Database::open(path, Database::Mode::ReadWrite);
    if (!db) {
        *problem = FileProblem::Other;
        return db.error();
    }
    // No waiting: a writer that holds the file now may finish and remove its journal meanwhile,
    // and this read would then seem to have undone it. The caller tries again when busy.
    db->setBusyTimeout(0);
    if (!db->queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
        *problem = db->lastErrorWasBusy() ? FileProblem::Busy : FileProblem::Other;
        if (*problem == FileProblem::Busy)
            return Error{busyMessage(path)};
        return Error{Tr::tr("The unfinished changes of a cut-off write to %1 could not be undone (%2). Do not "
                            "delete, move or replace %1 or %3.")
                         .arg(path, db->lastError(), journal)};
    }
    state.recovered = !hasJournal(path);
    return state;
}

} // namespace lb::store
