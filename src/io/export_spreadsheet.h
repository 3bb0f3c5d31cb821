#pragma once

// Tables for spreadsheets as Excel workbooks (.xlsx) written through GDAL's XLSX driver; the CSV
// for Swedish Excel is excel_csv.h. Cells are the same strings writeCsv takes (numbers with a
// decimal point); the numeric columns given, or else the columns whose every value is a number,
// are stored as numbers. The workbook is written under a temporary name and moved into place, so
// it is either complete or not there. Any thread.

#include "core/result.h"
#include "io/excel_csv.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace lb::io {

Status writeXlsx(const QString &path, const QString &sheet, const QStringList &header,
                 const std::vector<QStringList> &rows);
Status writeXlsx(const QString &path, const QString &sheet, const OfficeTable &table);

} // namespace lb::io
