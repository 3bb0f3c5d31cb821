#pragma once

// What both directions of a store copy share: the server's column types, quoting, and the schema
// version check.

#include "core/result.h"

#include <QString>

#include <vector>

namespace lb::pgstore {

class PgConnection;

enum class Kind { Integer, Real, Text, Blob, Date, Time, TimeSeconds, Geometry };

struct Column {
    QString name;
    Kind kind = Kind::Text;
};

QString quotedName(const QString &name);

// The table's columns as the server has them, in order; without row_version, which only a shared
// store has (shared_editing.h) and a copy does not carry.
Result<std::vector<Column>> pgColumns(const PgConnection &db, const QString &table);

// Both sides must be at the schema version this program writes; `where` names the store.
Status checkCopyVersion(int version, const QString &where);

} // namespace lb::pgstore
