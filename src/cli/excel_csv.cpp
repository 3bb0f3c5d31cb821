#include "cli/excel_csv.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <cmath>

namespace lb::cli {

namespace {
QString field(const QString &value)
{
    if (!value.contains(QLatin1Char(';')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n')))
        return value;
    return QLatin1Char('"') + QString(value).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

QString line(const QStringList &values)
{
    QStringList out;
    for (const QString &v : values)
        out << field(v);
    return out.join(QLatin1Char(';')) + QStringLiteral("\r\n");
}
} // namespace

QString excelNumber(double value, int decimals)
{
    if (!std::isfinite(value))
        return {};
    if (value == 0.0)
        value = 0.0; // no "-0,00" for a negative zero
    // Not QLocale: Swedish formatting writes U+2212 for minus, which Excel does not read as a number.
    return QString::number(value, 'f', decimals).replace(QLatin1Char('.'), QLatin1Char(','));
}

Status writeExcelCsv(const QString &path, const QStringList &header, const std::vector<QStringList> &rows)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QCoreApplication::translate("lb::cli", "Cannot write %1: %2").arg(path, file.errorString())};
    QByteArray bytes("\xEF\xBB\xBF");
    bytes += line(header).toUtf8();
    for (const QStringList &row : rows)
        bytes += line(row).toUtf8();
    file.write(bytes);
    if (!file.commit())
        return Error{QCoreApplication::translate("lb::cli", "Cannot write %1: %2").arg(path, file.errorString())};
    return {};
}

} // namespace lb::cli
