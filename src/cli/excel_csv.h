#pragma once

// Numbers for a Swedish office's CSV (the file itself is written by io::writeExcelCsv): a decimal
// comma, so that Excel with Swedish settings reads them as numbers.

#include <QString>

namespace lb::cli {

// A number with a decimal comma, an ASCII minus and no thousands separator; empty for NaN or infinity.
QString excelNumber(double value, int decimals);

} // namespace lb::cli
