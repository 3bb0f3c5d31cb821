#pragma once

// When a read-write open verifies every page of a store (PRAGMA quick_check, about a second per
// million incidents), and the stamp a clean close leaves so that the next open can skip it.
//
// A writer that closes cleanly records in lb_meta the moment it closed (`clean_close_ms`) and
// sets the file's modification time to that moment, after the last byte is written. The next
// read-write open verifies the file only when something may have happened since:
// - there is no stamp (a store from an older version, or one never closed cleanly);
// - the file's modification time is not the stamp (another program, a copy or a restore wrote
//   it, or a writer was killed after writing into the file);
// - a write-ahead log with content or a rollback journal lies beside it (a killed writer);
// - the last verification is more than kMaxOpensWithoutCheck clean closes or kMaxDaysWithoutCheck
//   days ago, so that damage the file system did not record (a failing disk) is found in time.
//
// Free functions without state; any thread.

#include "store/sqlite_db.h"

#include <QString>

namespace lb::store {

inline constexpr int kMaxOpensWithoutCheck = 50;
inline constexpr int kMaxDaysWithoutCheck = 7;

// Looks at the file and the stamp through `probe` (a read-only connection to `path`);
// `logHadContent` says whether a non-empty write-ahead log lay beside the file before any
// connection was opened, `recovered` whether a rollback journal was undone.
bool needsOpenCheck(const Database &probe, const QString &path, bool logHadContent, bool recovered);

// True when a write-ahead log with content lies beside the store.
bool hasLogContent(const QString &path);

// Records a clean close on `db` (read-write, the caller's last use of it): the stamp, and the
// counters of opens since the last verification (reset when `checkedThisOpen`). Writes the log
// back into the file and closes `db`, then sets the file's modification time to the stamp.
// Failures are silent: without a matching stamp the next open verifies the file.
void stampCleanClose(Database &db, bool checkedThisOpen);

} // namespace lb::store
