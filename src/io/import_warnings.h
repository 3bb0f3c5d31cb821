#pragma once

// Warnings an import gives before it writes, about things that are not errors but that the user
// should decide on: areas named like areas already in the store (district boundaries change
// between years, and two "Hovsjö" areas make every per-district figure ambiguous).
//
// Reads the source and the store; call on the store's thread.

#include "core/result.h"
#include "io/field_mapping.h"

#include <QString>
#include <QStringList>

namespace lb::store {
class Store;
}

namespace lb::io {

// The names in the file's name column that areas in the store already have (compared without
// case); empty for other kinds.
Result<QStringList> areaNamesAlreadyInStore(store::Store &store, const QString &path, const FieldMapping &mapping);

// One translated sentence naming them; empty when there are none.
QString areaNamesWarning(const QStringList &names);

} // namespace lb::io
