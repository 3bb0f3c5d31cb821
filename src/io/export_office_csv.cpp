#include "io/export_office_csv.h"

#include "io/network_guard.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QString>

#include <gdal.h>
#include <ogr_api.h>

#include <algorithm>
#include <memory>
#include <mutex>

namespace lb::io {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::io::ExportOffice)
};

struct DatasetCloser {
    void operator()(void *ds) const { GDALClose(static_cast<GDALDatasetH>(ds)); }
};
using DatasetPtr = std::unique_ptr<void, DatasetCloser>;

bool isNumeric(const OfficeTable &t, int column)
{
    return std::find(t.numericColumns.begin(), t.numericColumns.end(), column) != t.numericColumns.end();
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(';')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) &&
        !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}
} // namespace

Status writeOfficeCsv(const QString &path, const OfficeTable &table, const QLocale &locale)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{Tr::tr("Cannot write %1: %2").arg(path, file.errorString())};
    QByteArray out("\xEF\xBB\xBF");
    const auto line = [&](const QStringList &fields, bool header) {
        QStringList cells;
        for (int c = 0; c < fields.size(); ++c) {
            QString text = fields[c];
            bool ok = false;
            const double v = QLocale::c().toDouble(text, &ok);
            if (!header && ok && isNumeric(table, c)) {
                // As many decimals as given, in the reader's form.
                const int dot = int(text.indexOf(QLatin1Char('.')));
                text = locale.toString(v, 'f', dot < 0 ? 0 : int(text.size()) - dot - 1);
                text.remove(locale.groupSeparator());
            }
            cells << csvField(text);
        }
        out += cells.join(QLatin1Char(';')).toUtf8() + "\r\n";
    };
    line(table.header, true);
    for (const QStringList &row : table.rows)
        line(row, false);
    if (file.write(out) != out.size() || !file.commit())
        return Error{Tr::tr("Cannot write %1: %2").arg(path, file.errorString())};
    return Status::success();
}

Status writeXlsx(const QString &path, const QString &sheetName, const OfficeTable &table)
{
    static std::once_flag once;
    std::call_once(once, [] {
        disableNetworkAccess();
        GDALAllRegister();
    });
    GDALDriverH driver = GDALGetDriverByName("XLSX");
    if (!driver)
        return Error{Tr::tr("GDAL has no XLSX driver.")};
    // GDAL writes the workbook through /vsizip/, which splits the path at its first ".xlsx": the
    // temporary name must not hold one before the end.
    const QFileInfo target(path);
    const QString temp = target.path() + QStringLiteral("/.") +
                         target.completeBaseName().replace(QLatin1Char('.'), QLatin1Char('_')) +
                         QStringLiteral("-part.xlsx");
    QFile::remove(temp);
    {
        DatasetPtr ds(GDALCreate(driver, QFile::encodeName(temp).constData(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!ds)
            return Error{Tr::tr("Cannot create %1: %2").arg(path, QString::fromUtf8(CPLGetLastErrorMsg()))};
        OGRLayerH layer = GDALDatasetCreateLayer(ds.get(), sheetName.toUtf8().constData(), nullptr, wkbNone, nullptr);
        if (!layer)
            return Error{Tr::tr("Cannot create %1: %2").arg(path, QString::fromUtf8(CPLGetLastErrorMsg()))};
        for (int c = 0; c < table.header.size(); ++c) {
            OGRFieldDefnH def =
                OGR_Fld_Create(table.header[c].toUtf8().constData(), isNumeric(table, c) ? OFTReal : OFTString);
            const OGRErr err = OGR_L_CreateField(layer, def, TRUE);
            OGR_Fld_Destroy(def);
            if (err != OGRERR_NONE)
                return Error{Tr::tr("Cannot create %1: %2").arg(path, QString::fromUtf8(CPLGetLastErrorMsg()))};
        }
        OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
        for (const QStringList &row : table.rows) {
            OGRFeatureH f = OGR_F_Create(defn);
            for (int c = 0; c < row.size() && c < table.header.size(); ++c) {
                bool ok = false;
                const double v = QLocale::c().toDouble(row[c], &ok);
                if (isNumeric(table, c) && ok)
                    OGR_F_SetFieldDouble(f, c, v);
                else if (!row[c].isEmpty())
                    OGR_F_SetFieldString(f, c, row[c].toUtf8().constData());
            }
            const OGRErr err = OGR_L_CreateFeature(layer, f);
            OGR_F_Destroy(f);
            if (err != OGRERR_NONE)
                return Error{Tr::tr("Cannot write %1: %2").arg(path, QString::fromUtf8(CPLGetLastErrorMsg()))};
        }
    }
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        QFile::remove(temp);
        return Error{Tr::tr("Cannot replace %1.").arg(path)};
    }
    if (!QFile::rename(temp, path))
        return Error{Tr::tr("Cannot move the finished table to %1.").arg(path)};
    return Status::success();
}

} // namespace lb::io
