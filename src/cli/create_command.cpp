// lagesbild-cli create STORE [--municipality NAME|CODE | --boundary FILE] [--crs EPSG:N] [--name NAME]
// [--time-zone ZONE] [--osm FILE.osm.pbf]: makes an empty store for any municipality, optionally with its boundary as
// the "municipality" area that imports use to reject points outside it — from the bundled list
// of Sweden's municipalities or from a file.

#include "cli/cli_support.h"
#include "core/crs.h"
#include "io/municipalities.h"
#include "io/store_creation.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace lb::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::cli::Create)
};
} // namespace

int runCreate(const QStringList &args, CommandIo io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Make an empty store for a municipality."));
    parser.addPositionalArgument(QStringLiteral("STORE"), Tr::tr("The new store (a .gpkg file)."));
    const QCommandLineOption crs(QStringLiteral("crs"), Tr::tr("The store's projected CRS (default EPSG:3006)."),
                                 QStringLiteral("EPSG:N"), QStringLiteral("EPSG:3006"));
    const QCommandLineOption boundary(QStringLiteral("boundary"),
                                      Tr::tr("A vector file with the municipality's boundary (polygons)."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption name(QStringLiteral("name"), Tr::tr("The municipality's name."), QStringLiteral("NAME"));
    const QCommandLineOption zone(QStringLiteral("time-zone"), Tr::tr("The time zone (default Europe/Stockholm)."),
                                  QStringLiteral("ZONE"), QStringLiteral("Europe/Stockholm"));
    const QCommandLineOption municipality(
        QStringLiteral("municipality"),
        Tr::tr("A Swedish municipality by name or code (e.g. Södertälje or 0181): its boundary and population come "
               "with the program."),
        QStringLiteral("NAME|CODE"));
    const QCommandLineOption osm(
        QStringLiteral("osm"),
        Tr::tr("An OpenStreetMap extract (.osm.pbf or .osm) whose roads and water, clipped to the "
               "municipality, become the store's background map."),
        QStringLiteral("FILE"));
    parser.addOptions({municipality, crs, boundary, name, zone, osm});
    int rc = 0;
    if (!parseArgs(parser, QStringLiteral("create"), args, io, &rc))
        return rc;
    if (parser.positionalArguments().size() != 1) {
        io.err << Tr::tr("create needs exactly one file name for the new store.") << '\n';
        return 2;
    }
    const QString path = parser.positionalArguments().first();
    store::StoreOptions options;
    options.epsg = parseEpsg(parser.value(crs));
    if (options.epsg <= 0) {
        io.err << Tr::tr("%1 is not a CRS; write it as EPSG:3006.").arg(parser.value(crs)) << '\n';
        return 2;
    }
    options.timeZone = parser.value(zone);
    if (conflicting(parser, municipality, boundary, io))
        return 2;

    io::NewStoreRequest request;
    request.path = path;
    request.epsg = options.epsg;
    request.timeZone = options.timeZone;
    request.name = parser.value(name);
    request.municipality = parser.value(municipality);
    request.boundaryFile = parser.value(boundary);
    request.osmFile = parser.value(osm);
    // An unknown municipality is a mistake in the arguments; anything else a failure to create.
    if (parser.isSet(municipality))
        if (const auto found = io::findMunicipality(request.municipality); !found) {
            io.err << found.errorMessage() << '\n';
            return 2;
        }
    const auto created = io::createStore(request);
    if (!created) {
        io.err << created.errorMessage() << '\n';
        return 1;
    }
    io.out << Tr::tr("Created %1 in EPSG:%2 (%3).").arg(path).arg(options.epsg).arg(created->crsName) << '\n';
    if (created->hasBoundary)
        io.out << (created->population > 0 ? Tr::tr("Municipality boundary: %1, %L2 residents (2024).")
                                                 .arg(created->name)
                                                 .arg(static_cast<qlonglong>(created->population))
                                           : Tr::tr("Municipality boundary: %1.").arg(created->name))
               << '\n';
    if (parser.isSet(osm))
        io.out << Tr::tr("Background from %1: %2 and %3.")
                      .arg(QFileInfo(request.osmFile).fileName(), Tr::tr("%Ln road(s)", nullptr, int(created->roads)),
                           Tr::tr("%Ln water area(s)", nullptr, int(created->water)))
               << '\n';
    return 0;
}

} // namespace lb::cli
