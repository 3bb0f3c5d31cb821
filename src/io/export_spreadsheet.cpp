#include "io/export_spreadsheet.h"

#include "io/network_guard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <cpl_conv.h>
#include <gdal.h>
#include <ogr_api.h>

#include <memory>
#include <mutex>

namespace lb::io {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::io::ExportTable)
};

struct DatasetCloser {
    void operator()(void *ds) const { GDALClose(static_cast<GDALDatasetH>(ds)); }
};
using DatasetPtr = std::unique_ptr<void, DatasetCloser>;

bool isNumber(const QString &cell, double *value = nullptr)
{
    bool ok = false;
    const double v = QLocale::c().toDouble(cell, &ok);
    if (value)
        *value = v;
    return ok;
}

} // namespace

Status writeXlsx(const QString &path, const QString &sheet, const QStringList &header,
                 const std::vector<QStringList> &rows)
{
    return writeXlsx(path, sheet, OfficeTable{header, rows, {}});
}

Status writeXlsx(const QString &path, const QString &sheet, const OfficeTable &table)
{
    const QStringList &header = table.header;
    const std::vector<QStringList> &rows = table.rows;
    static std::once_flag once;
    std::call_once(once, [] {
        disableNetworkAccess();
        GDALAllRegister();
    });
    GDALDriverH driver = GDALGetDriverByName("XLSX");
    if (!driver)
        return Error{Tr::tr("GDAL has no XLSX driver.")};
    // The numeric columns given, or else those whose every non-empty cell is a number.
    std::vector<bool> numeric(std::size_t(header.size()), table.numericColumns.empty());
    for (int c : table.numericColumns)
        if (c >= 0 && c < header.size())
            numeric[std::size_t(c)] = true;
    if (table.numericColumns.empty())
        for (const QStringList &row : rows)
            for (qsizetype i = 0; i < row.size() && i < header.size(); ++i)
                if (!row[i].isEmpty() && !isNumber(row[i]))
                    numeric[std::size_t(i)] = false;
    // GDAL reads "x.xlsx.part.xlsx" as a file inside the archive x.xlsx, so the temporary name
    // carries ".xlsx" only at its end.
    const QFileInfo target(path);
    const QString temp = target.dir().filePath(QStringLiteral("~%1-part.xlsx").arg(target.completeBaseName()));
    QFile::remove(temp);
    CPLErrorReset();
    {
        DatasetPtr ds(GDALCreate(driver, QFile::encodeName(temp).constData(), 0, 0, 0, GDT_Unknown, nullptr));
        if (!ds)
            return Error{Tr::tr("Cannot create %1: %2").arg(path, QString::fromUtf8(CPLGetLastErrorMsg()))};
        OGRLayerH layer = GDALDatasetCreateLayer(ds.get(), sheet.toUtf8().constData(), nullptr, wkbNone, nullptr);
        if (!layer)
            return Error{Tr::tr("Cannot create the sheet %1 in %2.").arg(sheet, path)};
        for (qsizetype i = 0; i < header.size(); ++i) {
            OGRFieldDefnH def =
                OGR_Fld_Create(header[i].toUtf8().constData(), numeric[std::size_t(i)] ? OFTReal : OFTString);
            const OGRErr err = OGR_L_CreateField(layer, def, TRUE);
            OGR_Fld_Destroy(def);
            if (err != OGRERR_NONE)
                return Error{Tr::tr("Cannot create the column %1 in %2.").arg(header[i], path)};
        }
        OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
        for (const QStringList &row : rows) {
            OGRFeatureH f = OGR_F_Create(defn);
            for (qsizetype i = 0; i < row.size() && i < header.size(); ++i) {
                const int idx = int(i);
                double v = 0.0;
                if (row[i].isEmpty())
                    OGR_F_SetFieldNull(f, idx);
                else if (numeric[std::size_t(i)] && isNumber(row[i], &v))
                    OGR_F_SetFieldDouble(f, idx, v);
                else
                    OGR_F_SetFieldString(f, idx, row[i].toUtf8().constData());
            }
            const OGRErr err = OGR_L_CreateFeature(layer, f);
            OGR_F_Destroy(f);
            if (err != OGRERR_NONE)
                return Error{Tr::tr("Cannot write a row to %1: %2").arg(path, QString::fromUtf8(CPLGetLastErrorMsg()))};
        }
    }
    // The workbook is written when the dataset closes; a failure then shows only as a GDAL error.
    if (CPLGetLastErrorType() >= CE_Failure || !QFileInfo::exists(temp)) {
        const QString message = QString::fromUtf8(CPLGetLastErrorMsg());
        QFile::remove(temp);
        return Error{Tr::tr("Cannot write %1: %2").arg(path, message)};
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
