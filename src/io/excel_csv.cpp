#include "io/excel_csv.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

namespace lb::io {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::io::ExportTable)
};

// A cell that reads as a number in the C locale, in Excel's form; other cells as they are.
QString numberCell(const QString &cell)
{
    bool ok = false;
    const double value = QLocale::c().toDouble(cell, &ok);
    if (!ok || !std::isfinite(value))
        return cell;
    QString out = cell.trimmed();
    out.replace(QLatin1Char('.'), QLatin1Char(','));
    return out;
}
} // namespace

QString excelCsvField(const QString &text)
{
    if (!text.contains(QLatin1Char(';')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) &&
        !text.contains(QLatin1Char('\r')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}

QString excelNumber(double value, int decimals)
{
    if (!std::isfinite(value))
        return {};
    if (value == 0.0)
        value = 0.0; // no "-0,00" for a negative zero
    // Not QLocale: Swedish formatting writes U+2212 for minus, which Excel does not read as a number.
    return QString::number(value, 'f', decimals).replace(QLatin1Char('.'), QLatin1Char(','));
}

Status writeExcelCsv(const QString &path, const OfficeTable &table)
{
    const bool allNumbers = table.numericColumns.empty();
    const auto numeric = [&](int column) {
        return allNumbers || std::find(table.numericColumns.begin(), table.numericColumns.end(), column) !=
                                 table.numericColumns.end();
    };
    QByteArray out("\xEF\xBB\xBF");
    const auto line = [&](const QStringList &cells, bool header) {
        for (int c = 0; c < cells.size(); ++c) {
            if (c)
                out += ';';
            out += excelCsvField(!header && numeric(c) ? numberCell(cells[c]) : cells[c]).toUtf8();
        }
        out += "\r\n";
    };
    line(table.header, true);
    for (const QStringList &row : table.rows)
        line(row, false);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(out) != out.size() || !file.commit())
        return Error{Tr::tr("Cannot write %1: %2").arg(path, file.errorString())};
    return Status::success();
}

Status writeExcelCsv(const QString &path, const QStringList &header, const std::vector<QStringList> &rows)
{
    return writeExcelCsv(path, OfficeTable{header, rows, {}});
}

} // namespace lb::io
