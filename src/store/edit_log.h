#pragma once

// The edit log: who changed what in the store, and when. Every entry names the table and record,
// the action, the values before and after (JSON; personal data is never logged in full), the time
// (UTC, set by the store) and the author: the name given, or else the operating-system user
// running the program.
//
// Free functions on a connection; used on the connection's thread, inside the caller's
// transaction so that the change and its log entry are saved together.

#include "core/result.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace lb::store {

class Database;

struct EditLogEntry {
    QString table;
    std::optional<std::int64_t> featureId;
    QString action; // "update", "import", "undo_import", "redact_personal_data" ...
    QString oldValues;
    QString newValues;
    QString author; // empty: the operating-system user
};

// The operating-system user: $USER (or %USERNAME% on Windows), else the account's name from the
// password database; "unknown" when neither is known.
QString currentOsUser();

Status appendEditLog(const Database &db, const EditLogEntry &entry);

} // namespace lb::store
