#pragma once

// The open path's first look at a store file, before any connection relies on it: whether the
// file and its folder can be written, whether a write that was cut off (a killed import, a power
// cut, a crash) left a rollback journal beside it, and whether another program is writing now.
//
// A left-over journal holds the pages as they were before the cut-off write. Only a read-write
// connection can put them back; a read-only connection sees the journal and cannot read the file
// at all. Left in place while the file is replaced (by a backup, say), the journal would later be
// rolled into the wrong file and damage it, so the journal is undone here, at once.
//
// Free functions without state; any thread. They use short-lived connections of their own.

#include "core/result.h"

#include <QString>

namespace lb::store {

struct StoreFileState {
    bool writable = true;   // the file and its folder can be written
    QString readOnlyReason; // why not, in a sentence for the user
    bool folderWritable = true;
    bool recovered = false; // a journal of a cut-off write was rolled back
};

enum class FileProblem { None, Busy, Other };

// Looks at the file at `path` (which exists and has a SQLite header) and undoes the journal of a
// cut-off write when there is one. On an error, *problem says whether another program holds the
// file (try again later) or the journal cannot be undone here.
Result<StoreFileState> inspectStoreFile(const QString &path, FileProblem *problem);

// The message for a store another program is writing to.
QString busyMessage(const QString &path);

// True when a rollback journal that may need undoing lies beside the store.
bool hasJournal(const QString &path);

} // namespace lb::store
