#include "io/gdal_dataset.h"

#include "io/network_guard.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cpl_conv.h>
#include <cpl_string.h>
#include <cpl_vsi.h>
#include <ogr_srs_api.h>

#include <vector>

namespace lb::io {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::io::Importer)
};

int epsgOf(OGRSpatialReferenceH srs)
{
    const auto code = [](OGRSpatialReferenceH s) -> int {
        const char *name = OSRGetAuthorityName(s, nullptr);
        const char *value = OSRGetAuthorityCode(s, nullptr);
        if (name && value && QString::fromLatin1(name).compare(QLatin1String("EPSG"), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(value).toInt();
        return 0;
    };
    if (int c = code(srs))
        return c;
    OGRSpatialReferenceH clone = OSRClone(srs);
    int result = 0;
    if (OSRAutoIdentifyEPSG(clone) == OGRERR_NONE)
        result = code(clone);
    OSRDestroySpatialReference(clone);
    if (result)
        return result;
    // An ESRI .prj names SWEREF 99 TM without an authority; ask PROJ for the best EPSG match.
    int count = 0;
    int *confidence = nullptr;
    OGRSpatialReferenceH *matches = OSRFindMatches(srs, nullptr, &count, &confidence);
    if (matches && count > 0 && confidence[0] >= 70)
        result = code(matches[0]);
    OSRFreeSRSArray(matches);
    CPLFree(confidence);
    return result;
}

} // namespace

const QStringList &allowedDrivers()
{
    static const QStringList drivers = {
        QStringLiteral("CSV"),
        QStringLiteral("XLSX"),
        QStringLiteral("XLS"),
        QStringLiteral("ODS"),
        QStringLiteral("GeoJSON"),
        QStringLiteral("GPKG"),
        QStringLiteral("ESRI Shapefile"),
        QStringLiteral("LIBKML"),
        QStringLiteral("KML"),
        QStringLiteral("GPX"),
        QStringLiteral("FlatGeobuf"),
    };
    return drivers;
}

QString supportedFormatsText()
{
    return Tr::tr("CSV or TSV, Excel (.xlsx, or .xls from Excel 97–2003), OpenDocument spreadsheet (.ods), GeoJSON, "
                  "GeoPackage, shapefile (also zipped), KML or KMZ, GPX and FlatGeobuf");
}

Result<GdalDatasetPtr> openVectorDataset(const QString &path)
{
    disableNetworkAccess();
    if (const QString refused = networkPathError(path); !refused.isEmpty())
        return Error{refused};
    GDALAllRegister();
    const QFileInfo info(path);
    if (!path.startsWith(QLatin1String("/vsi")) && !info.exists())
        return Error{Tr::tr("%1 does not exist.").arg(path)};
    if (info.isDir())
        return Error{Tr::tr("%1 is a folder; choose a file.").arg(path)};
    if (const QString suffix = info.suffix().toLower();
        suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") || suffix == QLatin1String("txt")) {
        // GDAL reads a UTF-16 text as bytes: column names would end at the first NUL byte.
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray start = file.read(2);
            if (start == QByteArray("\xFF\xFE", 2) || start == QByteArray("\xFE\xFF", 2))
                return Error{Tr::tr("%1 is saved as UTF-16 (Unicode). Lägesbild reads CSV files saved as UTF-8 or "
                                    "Windows-1252; save it again as “CSV UTF-8”.")
                                 .arg(path)};
        }
    }
    QString gdalPath = path;
    const QString lower = path.toLower();
    if (lower.endsWith(QLatin1String(".zip")) && !lower.endsWith(QLatin1String(".shp.zip")) &&
        !path.startsWith(QLatin1String("/vsi")))
        gdalPath = QStringLiteral("/vsizip/") + path;

    std::vector<QByteArray> names;
    std::vector<const char *> list;
    for (const QString &d : allowedDrivers()) {
        names.push_back(d.toLatin1());
        list.push_back(names.back().constData());
    }
    list.push_back(nullptr);

    // Spreadsheets whose cells are all text would otherwise get Field1, Field2, ... as column names:
    // GDAL only trusts a text first row as the header when the next row has numbers. GDAL 3.6 reads
    // the sheet lazily and has no open option for this, so the thread keeps the setting; it only
    // affects spreadsheet reading, which on this thread is always an import.
    CPLSetThreadLocalConfigOption("OGR_XLSX_HEADERS", "FORCE");
    CPLSetThreadLocalConfigOption("OGR_XLS_HEADERS", "FORCE");
    CPLSetThreadLocalConfigOption("OGR_ODS_HEADERS", "FORCE");

    QuietGdalErrors quiet;
    GDALDatasetH ds =
        GDALOpenEx(gdalPath.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, list.data(), nullptr, nullptr);
    if (!ds && gdalPath.startsWith(QLatin1String("/vsizip/"))) {
        // Say what the archive holds, so the user knows which file to take out of it.
        QStringList members;
        char **entries = VSIReadDirRecursive(gdalPath.toUtf8().constData());
        for (char **e = entries; e && *e && members.size() < 20; ++e)
            members << QString::fromUtf8(*e);
        CSLDestroy(entries);
        return Error{members.isEmpty()
                         ? Tr::tr("%1 is a zip archive that cannot be read, or an empty one.").arg(path)
                         : Tr::tr("The zip archive %1 holds no file Lägesbild can import (%2); it holds: %3.")
                               .arg(path, supportedFormatsText(), members.join(QLatin1String(", ")))};
    }
    if (!ds) {
        const QString why = QString::fromUtf8(CPLGetLastErrorMsg());
        QString message =
            Tr::tr("%1 is not a supported format. Lägesbild imports %2.").arg(path, supportedFormatsText());
        if (!why.isEmpty() && !why.contains(QLatin1String("not recognized"), Qt::CaseInsensitive))
            message += QLatin1Char(' ') + Tr::tr("GDAL says: %1").arg(why);
        return Error{message};
    }
    if (GDALDatasetGetLayerCount(ds) == 0) {
        GDALClose(ds);
        return Error{Tr::tr("%1 holds no table or layer to import.").arg(path)};
    }
    return GdalDatasetPtr(ds);
}

int layerEpsg(OGRLayerH layer)
{
    if (OGR_L_GetGeomType(layer) == wkbNone)
        return -1;
    OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(layer);
    if (!srs)
        return -1;
    return epsgOf(srs);
}

QString driverName(GDALDatasetH ds)
{
    GDALDriverH driver = GDALGetDatasetDriver(ds);
    return driver ? QString::fromLatin1(GDALGetDriverShortName(driver)) : QString();
}

} // namespace lb::io
