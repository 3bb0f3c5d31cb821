// lagesbild-cli probe FILE [--store S]: what a file holds before importing it — layers, fields
// with sample values, and where the positions are (geometry and CRS, or guessed columns and CRS).

#include "cli/cli_support.h"
#include "core/crs.h"
#include "io/builtin_profiles.h"
#include "io/column_synonyms.h"
#include "io/probe.h"

#include <QCoreApplication>

namespace lb::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::cli::Probe)
};
// The mapping an import of this layer would start from, and the columns it would leave out.
void printSuggestion(const io::ProbeLayer &l, io::ImportKind kind, CommandIo io)
{
    QStringList columns;
    for (const io::ProbeField &f : l.fields)
        columns << f.name;
    io::FieldMapping m = io::suggestMapping(kind, columns);
    if (io::isPointKind(kind) && l.coordinates.isValid()) {
        m.columns.insert(QStringLiteral("x"), l.coordinates.x);
        m.columns.insert(QStringLiteral("y"), l.coordinates.y);
    }
    QStringList parts;
    for (auto it = m.columns.begin(); it != m.columns.end(); ++it)
        parts << it.key() + QStringLiteral(" = ") + it.value();
    io.out << "  " << Tr::tr("Suggested mapping for %1: %2").arg(io::toString(kind), parts.join(QLatin1String(", ")))
           << '\n';
    for (const QString &w : io::unmappedWarnings(m, columns))
        io.out << "  " << Tr::tr("Warning: %1").arg(w) << '\n';
}
} // namespace

int runProbe(const QStringList &args, CommandIo io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Show the layers, fields and guessed coordinates of a file."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Tr::tr("The file to look into."));
    const QCommandLineOption storeOption(
        QStringLiteral("store"), Tr::tr("A store whose municipality helps guess the CRS."), QStringLiteral("S"));
    const QCommandLineOption kindOption(QStringLiteral("kind"),
                                        Tr::tr("The record kind to suggest a mapping for (incidents by default)."),
                                        QStringLiteral("K"), QStringLiteral("incidents"));
    parser.addOptions({storeOption, kindOption});
    int rc = 0;
    if (!parseArgs(parser, QStringLiteral("probe"), args, io, &rc))
        return rc;
    if (parser.positionalArguments().size() != 1) {
        io.err << Tr::tr("probe needs exactly one file.") << '\n';
        return 2;
    }
    const auto kind = io::importKindFromString(parser.value(kindOption));
    if (!kind) {
        io.err << Tr::tr("%1 is not a record kind; use incidents, pins, answers, findings or areas.")
                      .arg(parser.value(kindOption))
               << '\n';
        return 2;
    }
    std::optional<PointXY> reference;
    if (parser.isSet(storeOption)) {
        auto store = openStore(parser.value(storeOption), io);
        if (!store)
            return 1;
        auto areas = store->areas(QStringLiteral("municipality"));
        if (areas && !areas->empty())
            if (auto t = CoordinateTransform::create(store->epsg(), 4326))
                reference = t->transform(extentOf(areas->front().geometry).center());
    }
    auto probe = io::probeFile(parser.positionalArguments().first(), 5, 500, reference);
    if (!probe) {
        io.err << probe.errorMessage() << '\n';
        return 1;
    }
    io.out << Tr::tr("File: %1").arg(probe->path) << '\n';
    io.out << Tr::tr("Format: %1").arg(probe->driver) << '\n';
    for (const io::ProbeLayer &l : probe->layers) {
        io.out << '\n' << Tr::tr("Layer: %1").arg(l.name) << '\n';
        io.out << "  " << Tr::tr("Geometry: %1").arg(l.geometryType.isEmpty() ? Tr::tr("none") : l.geometryType)
               << '\n';
        io.out << "  "
               << Tr::tr("Rows: %1").arg(l.featureCount >= 0 ? QString::number(l.featureCount) : Tr::tr("unknown"))
               << '\n';
        if (!l.profile.isEmpty())
            io.out << "  " << Tr::tr("Built-in profile: %1 (%2)").arg(l.profile, io::builtinProfileTitle(l.profile))
                   << '\n';
        if (!l.encoding.isEmpty())
            io.out << "  " << Tr::tr("Encoding: %1").arg(l.encoding) << '\n';
        if (l.coordinates.isValid())
            io.out << "  " << Tr::tr("Coordinate columns: x = %1, y = %2").arg(l.coordinates.x, l.coordinates.y)
                   << '\n';
        else if (l.geometryType.isEmpty())
            io.out << "  " << Tr::tr("Coordinate columns: none found") << '\n';
        if (l.crs.epsg > 0)
            io.out << "  " << Tr::tr("CRS: EPSG:%1").arg(l.crs.epsg)
                   << (l.crs.swapAxes ? QLatin1Char(' ') + Tr::tr("(x and y swapped)") : QString()) << " — "
                   << l.crs.explanation << '\n';
        else if (!l.crs.explanation.isEmpty())
            io.out << "  " << Tr::tr("CRS: unknown") << " — " << l.crs.explanation << '\n';
        for (const QString &w : l.warnings)
            io.out << "  " << Tr::tr("Warning: %1").arg(w) << '\n';
        printSuggestion(l, *kind, io);
        io.out << "  " << Tr::tr("Fields:") << '\n';
        for (const io::ProbeField &f : l.fields)
            io.out << "    " << f.name << ": " << f.samples.join(QLatin1String(" | ")) << '\n';
    }
    return 0;
}

} // namespace lb::cli
