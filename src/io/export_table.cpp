#include "io/export_table.h"

#include "io/export_spreadsheet.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace lb::io {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::io::ExportTable)
};

QByteArray quoted(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) && !field.contains(QLatin1Char('\n')))
        return field.toUtf8();
    QString f = field;
    f.replace(QLatin1String("\""), QLatin1String("\"\""));
    return '"' + f.toUtf8() + '"';
}

QByteArray line(const QStringList &fields)
{
    QByteArray out;
    for (int i = 0; i < fields.size(); ++i) {
        if (i)
            out += ',';
        out += quoted(fields[i]);
    }
    return out + '\n';
}
} // namespace

Status writeCsv(const QString &path, const QStringList &header, const std::vector<QStringList> &rows)
{
    // The same table as a workbook or as a CSV for Swedish Excel, chosen by the file name.
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        return writeXlsx(path, QFileInfo(path).completeBaseName(), header, rows);
    if (path.endsWith(QLatin1String(".excel.csv"), Qt::CaseInsensitive))
        return writeExcelCsv(path, header, rows);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Tr::tr("Cannot write %1: %2").arg(path, file.errorString())};
    file.write(line(header));
    for (const QStringList &row : rows)
        file.write(line(row));
    if (!file.commit())
        return Error{Tr::tr("Cannot write %1: %2").arg(path, file.errorString())};
    return Status::success();
}

} // namespace lb::io
