#pragma once

// Writes analysis tables as CSV (UTF-8, comma-separated, a header row, numbers with a decimal
// point so any program reads them) through QSaveFile, so a table is either complete or not
// there. A path ending in .xlsx gives an Excel workbook instead, and one ending in .excel.csv a
// CSV for Swedish Excel (see export_spreadsheet.h). Any thread may call it.

#include "core/result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace lb::io {

Status writeCsv(const QString &path, const QStringList &header, const std::vector<QStringList> &rows);

} // namespace lb::io
