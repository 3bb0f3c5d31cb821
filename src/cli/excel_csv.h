#pragma once

// Tables for a Swedish office: CSV with semicolons, decimal commas and a UTF-8 byte-order mark, so
// that Excel with Swedish settings opens the file in columns with the numbers as numbers. Written
// through QSaveFile: the file is either complete or not there.

#include "core/result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace lb::cli {

Status writeExcelCsv(const QString &path, const QStringList &header, const std::vector<QStringList> &rows);

// A number with a decimal comma, an ASCII minus and no thousands separator; empty for NaN or infinity.
QString excelNumber(double value, int decimals);

} // namespace lb::cli
