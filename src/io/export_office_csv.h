#pragma once

// Tables for an office: CSV that Swedish Excel opens as it is (semicolon-separated, UTF-8 with a
// byte-order mark, CRLF line ends, a decimal comma, fields quoted when they hold a separator, a
// quote or a line break) and Excel workbooks (.xlsx) through GDAL's XLSX driver. Rows are text;
// the columns in `numericColumns` hold numbers written with a decimal point ("6552000.5"), which
// the CSV writer turns into the locale's form and the XLSX writer stores as numbers. Files are
// complete or not there. Any thread may call these.

#include "core/result.h"

#include <QLocale>
#include <QString>
#include <QStringList>

#include <vector>

namespace lb::io {

struct OfficeTable {
    QStringList header;
    std::vector<QStringList> rows;
    std::vector<int> numericColumns;
};

Status writeOfficeCsv(const QString &path, const OfficeTable &table,
                      const QLocale &locale = QLocale(QLocale::Swedish, QLocale::Sweden));
Status writeXlsx(const QString &path, const QString &sheetName, const OfficeTable &table);

} // namespace lb::io
