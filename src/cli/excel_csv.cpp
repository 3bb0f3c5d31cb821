#include "cli/excel_csv.h"

#include <cmath>

namespace lb::cli {

QString excelNumber(double value, int decimals)
{
    if (!std::isfinite(value))
        return {};
    if (value == 0.0)
        value = 0.0; // no "-0,00" for a negative zero
    // Not QLocale: Swedish formatting writes U+2212 for minus, which Excel does not read as a number.
    return QString::number(value, 'f', decimals).replace(QLatin1Char('.'), QLatin1Char(','));
}

} // namespace lb::cli
