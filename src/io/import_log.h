#pragma once

// The import in the edit log: who imported which file, the counts, and what was done about
// personal data. Written by every import run, whether it read every row or was answered by an
// earlier import of the same file.

#include "core/result.h"
#include "io/importer.h"
#include "store/edit_log.h"
#include "store/import_catalog.h"

namespace lb::io {

// The edit-log entry of an import; the caller appends it inside the import's transaction.
store::EditLogEntry importLogEntry(const store::ImportBatch &counts, const ImportSummary &summary, const QString &path);

} // namespace lb::io
