// lagesbild-cli create STORE [--municipality NAME|CODE | --boundary FILE] [--crs EPSG:N] [--name NAME]
// [--time-zone ZONE]: makes an empty store for any municipality, optionally with its boundary as
// the "municipality" area that imports use to reject points outside it — from the bundled list
// of Sweden's municipalities or from a file.

#include "cli/cli_support.h"
#include "core/crs.h"
#include "io/municipalities.h"
#include "io/vector_reader.h"

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
    parser.addOptions({municipality, crs, boundary, name, zone});
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

    // Read the boundary before creating anything, so a bad boundary file leaves no store behind.
    Area outline;
    outline.kind = QStringLiteral("municipality");
    if (parser.isSet(municipality)) {
        const auto found = io::findMunicipality(parser.value(municipality));
        if (!found) {
            io.err << found.errorMessage() << '\n';
            return 2;
        }
        auto polygons = io::municipalityBoundary(found->code, options.epsg);
        if (!polygons) {
            io.err << polygons.errorMessage() << '\n';
            return 1;
        }
        outline.geometry = std::move(*polygons);
        outline.name = found->name;
        outline.population = found->population;
    } else if (parser.isSet(boundary)) {
        auto features = io::readVectorFile(parser.value(boundary), options.epsg);
        if (!features) {
            io.err << features.errorMessage() << '\n';
            return 1;
        }
        for (io::VectorFeature &f : *features) {
            for (Polygon &p : f.polygons)
                outline.geometry.push_back(std::move(p));
            if (outline.name.isEmpty())
                for (const char *key : {"name", "namn", "kommunnamn", "NAME", "KOMMUNNAMN"})
                    if (const QString v = f.attributes.value(QString::fromLatin1(key)).toString(); !v.isEmpty()) {
                        outline.name = v;
                        break;
                    }
        }
        if (outline.geometry.empty()) {
            io.err << Tr::tr("%1 holds no polygons to use as the municipality boundary.").arg(parser.value(boundary))
                   << '\n';
            return 1;
        }
    }
    options.name = parser.isSet(name) ? parser.value(name) : outline.name;
    if (outline.name.isEmpty())
        outline.name = options.name.isEmpty() ? QFileInfo(path).completeBaseName() : options.name;

    auto created = store::Store::create(path, options);
    if (!created) {
        io.err << created.errorMessage() << '\n';
        return 1;
    }
    if (!outline.geometry.empty()) {
        Area areas[] = {outline};
        if (Status s = (*created)->insertAreas(areas); !s) {
            io.err << s.errorMessage() << '\n';
            created->reset();
            QFile::remove(path);
            return 1;
        }
    }
    io.out << Tr::tr("Created %1 in EPSG:%2 (%3).").arg(path).arg(options.epsg).arg((*created)->crsName()) << '\n';
    if (!outline.geometry.empty())
        io.out << (outline.population > 0 ? Tr::tr("Municipality boundary: %1, %L2 residents (2024).")
                                                .arg(outline.name)
                                                .arg(static_cast<qlonglong>(outline.population))
                                          : Tr::tr("Municipality boundary: %1.").arg(outline.name))
               << '\n';
    return 0;
}

} // namespace lb::cli
