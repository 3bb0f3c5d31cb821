#pragma once

// Checks the codes a user types on the command line (--categories, --sources, --value) against
// the store, so that a misspelt code is an error naming the valid ones instead of a silent
// empty result. Used from the command's thread.

#include "io/field_mapping.h"
#include "store/store.h"
#include "store/store_reader.h"

#include <QString>
#include <QStringList>

namespace lb::cli {

// Empty when every code is a category code of the store; otherwise the message to print.
QString checkCategoryCodes(const store::StoreReader &store, const QStringList &codes);
QString checkCategoryCodes(const store::Store &store, const QStringList &codes);
// Empty when every name is a reporting organisation of the store's incidents.
QString checkSources(const store::StoreReader &store, const QStringList &names);
QString checkSources(const store::Store &store, const QStringList &names);
// The code that `code` names: a category (incidents) or a finding kind (findings), by its code or
// a label in either language; an error naming the valid codes when it names none.
Result<QString> resolveValueCode(const store::StoreReader &store, io::ImportKind kind, const QString &code);

// The store's reporting organisations, as written on its incidents.
QStringList sourceNames(const store::StoreReader &store);
QStringList sourceNames(const store::Store &store);

} // namespace lb::cli
