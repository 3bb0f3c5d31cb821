#pragma once

// CSV for Swedish Excel: the one writer behind every table the program and the CLI export for an
// office. Excel with Swedish settings opens such a file by double-click, in columns, with å, ä and
// ö intact and numbers as numbers, when
// - the file starts with a UTF-8 byte-order mark (without it Excel reads Windows-1252),
// - fields are separated by ';' (the Swedish list separator) and lines end with CRLF,
// - a field is quoted only when it holds ';', '"', CR or LF, with '"' doubled (a comma is plain
//   text to Swedish Excel and needs no quotes),
// - numbers have a decimal comma, an ASCII minus (Excel does not read U+2212 as a minus) and no
//   thousands separator.
// Cells are text; the cells of `numericColumns` that read as numbers in the C locale ("-1234.5")
// are written in Excel's form ("-1234,5"); with no numeric columns given, every such cell is. Files
// are written through QSaveFile: complete or not there. Any thread.

#include "core/result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace lb::io {

struct OfficeTable {
    QStringList header;
    std::vector<QStringList> rows;
    std::vector<int> numericColumns; // empty: every cell that reads as a number is one
};

Status writeExcelCsv(const QString &path, const OfficeTable &table);
Status writeExcelCsv(const QString &path, const QStringList &header, const std::vector<QStringList> &rows);

// One field as written: quoted when it holds ';', '"', CR or LF.
QString excelCsvField(const QString &text);
// A number in Excel's Swedish form with `decimals` decimals; empty for NaN or infinity.
QString excelNumber(double value, int decimals);

} // namespace lb::io
