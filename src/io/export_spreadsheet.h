#pragma once

// Tables for spreadsheets: a CSV that Swedish Excel opens as it is (semicolon-separated, decimal
// comma, UTF-8 with a byte-order mark so å, ä and ö survive) and an XLSX workbook written through
// GDAL's XLSX driver, with columns whose every value is a number stored as numbers. Cells are the
// same strings writeCsv takes (numbers with a decimal point). Both files are written under a
// temporary name and moved into place, so a table is either complete or not there. Any thread.

#include "core/result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace lb::io {

Status writeExcelCsv(const QString &path, const QStringList &header, const std::vector<QStringList> &rows);
Status writeXlsx(const QString &path, const QString &sheet, const QStringList &header,
                 const std::vector<QStringList> &rows);

} // namespace lb::io
