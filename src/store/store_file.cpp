#include "store/store_file.h"

#include "store/sqlite_db.h"

#include <QCoreApplication>
#include <QDir>
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
    const QFileInfo journal(path + QStringLiteral("-journal"));
    return journal.exists() && journal.size() > 0;
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
