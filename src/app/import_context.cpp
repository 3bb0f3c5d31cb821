#include "app/import_context.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace lb::app {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::app::ImportWizard)
};

// The suffixes GDAL reads for us that hold tables or features; a .gpkg may also be a store, which
// the main window opens instead (it tells the two apart by content).
const QStringList &importSuffixes()
{
    static const QStringList suffixes = {QStringLiteral("csv"),     QStringLiteral("tsv"),  QStringLiteral("txt"),
                                         QStringLiteral("xlsx"),    QStringLiteral("xls"),  QStringLiteral("ods"),
                                         QStringLiteral("geojson"), QStringLiteral("json"), QStringLiteral("gpkg"),
                                         QStringLiteral("shp"),     QStringLiteral("zip"),  QStringLiteral("kml"),
                                         QStringLiteral("kmz"),     QStringLiteral("gpx"),  QStringLiteral("fgb")};
    return suffixes;
}
} // namespace

QString importKindLabel(io::ImportKind kind)
{
    switch (kind) {
    case io::ImportKind::Incidents:
        return Tr::tr("Incidents");
    case io::ImportKind::Pins:
        return Tr::tr("Survey pins (places marked as unsafe)");
    case io::ImportKind::Answers:
        return Tr::tr("Survey answers per area");
    case io::ImportKind::Findings:
        return Tr::tr("Safety-walk findings");
    case io::ImportKind::Areas:
        return Tr::tr("Areas (districts, neighbourhoods)");
    }
    return {};
}

bool isImportableFile(const QString &path)
{
    return importSuffixes().contains(QFileInfo(path).suffix().toLower());
}

QString importFileFilter()
{
    QStringList patterns;
    for (const QString &s : importSuffixes())
        patterns << QStringLiteral("*.") + s;
    return Tr::tr("Data files (%1);;Tables (*.csv *.tsv *.txt *.xlsx *.xls *.ods);;GIS files (*.geojson *.json *.gpkg "
                  "*.shp *.zip *.kml *.kmz *.gpx *.fgb);;All files (*)")
        .arg(patterns.join(QLatin1Char(' ')));
}

bool isLagesbildStore(const QString &path)
{
    return store::Store::open(path, store::Store::Mode::ReadOnly).ok();
}

} // namespace lb::app
