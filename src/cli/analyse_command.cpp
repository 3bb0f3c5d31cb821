// lagesbild-cli analyse METHOD STORE [options]: runs an analysis on the store's records with
// the usual filters and writes the result in a format QGIS or a spreadsheet opens. Methods: kde
// (heat map, GeoTIFF) and gistar (Gi* hot spots, GeoPackage) here; trends, survey, walks, lisa,
// emerging and knox in the other analyse_*.cpp files.

#include "analysis/hotspot_analysis.h"
#include "analysis/kernel_density.h"
#include "cli/analyse_support.h"
#include "cli/open_reader.h"
#include "io/export_raster.h"
#include "io/export_vector.h"

#include <QCoreApplication>
#include <QDate>

namespace lb::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::cli::Analyse)
};

int runKde(const QStringList &args, CommandIo io)
{
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr("Heat map (kernel density) of the incidents, in events per km², as a GeoTIFF."));
    addStoreArgument(p);
    AnalyseFilters f;
    f.addTo(p);
    const QCommandLineOption radius(QStringLiteral("radius"), Tr::tr("Radius in metres (default 500)."),
                                    QStringLiteral("M"));
    const QCommandLineOption cell(QStringLiteral("cell"), Tr::tr("Cell size in metres (default 10)."),
                                  QStringLiteral("M"));
    const QCommandLineOption kernel(QStringLiteral("kernel"),
                                    Tr::tr("quartic (default), triangular, epanechnikov, gaussian or uniform."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption exact(QStringLiteral("exact"),
                                   Tr::tr("Sum every incident's kernel exactly in every cell, as QGIS does; slower. "
                                          "Without it, many incidents are first spread over the cell centres, a "
                                          "close approximation."));
    p.addOptions({radius, cell, kernel, exact});
    int rc = 0;
    if (!parseArgs(p, QStringLiteral("analyse kde"), args, io, &rc))
        return rc;
    if (p.positionalArguments().size() != 1 || !p.isSet(f.out)) {
        io.err << Tr::tr("analyse kde needs a store and --out FILE.tif.") << '\n';
        return 2;
    }
    if (!outputFormat(p.value(f.out), {QStringLiteral("tif"), QStringLiteral("tiff")}, io))
        return 2;
    analysis::KdeParameters par;
    bool ok = true;
    par.radius = numberOption(p, radius, par.radius, &ok);
    par.cellSize = numberOption(p, cell, par.cellSize, &ok);
    par.method = p.isSet(exact) ? analysis::KdeMethod::Exact : analysis::KdeMethod::Automatic;
    if (p.isSet(kernel)) {
        const auto k = analysis::kernelFromString(p.value(kernel));
        if (!k) {
            io.err << Tr::tr("Unknown kernel: %1").arg(p.value(kernel)) << '\n';
            return 2;
        }
        par.kernel = *k;
    }
    if (!ok) {
        io.err << Tr::tr("--radius and --cell take numbers of metres.") << '\n';
        return 2;
    }
    auto store = openReader(p.positionalArguments().first(), io);
    if (!store)
        return 1;
    store::IncidentFilter filter;
    if (!makeIncidentFilter(p, f, *store, filter, io))
        return 2;
    // Only positions and their precision are needed, in any order: the map snapshot of a large
    // store gives them without reading every row.
    auto points = store->mapPoints(filter);
    if (!points) {
        io.err << points.errorMessage() << '\n';
        return 1;
    }
    Feedback feedback;
    std::int64_t atCentres = 0;
    const std::vector<PointXY> positioned =
        analysis::pointsWithOwnPosition(points->positions, points->precision, &atCentres);
    auto result = analysis::kernelDensity(positioned, {}, par, feedback);
    if (!result) {
        io.err << result.errorMessage() << '\n';
        return 1;
    }
    const analysis::RasterGrid &g = result->grid;
    const io::RasterLayout layout{g.originX, g.originY, g.cellSize, g.cols, g.rows, store->epsg()};
    const QString description = Tr::tr("Kernel density (%1, radius %2 m), %3")
                                    .arg(analysis::toString(par.kernel))
                                    .arg(par.radius)
                                    .arg(analysis::KdeResult::unit());
    const Status written =
        io::writeGeoTiff(p.value(f.out), layout, result->density, {description, analysis::KdeResult::unit(), {}});
    if (!written) {
        io.err << written.errorMessage() << '\n';
        return 1;
    }
    io.out << Tr::tr("%L1 events, %L2 × %L3 cells of %L4 m, highest density %L5 %6.")
                  .arg(result->eventCount)
                  .arg(g.cols)
                  .arg(g.rows)
                  .arg(g.cellSize)
                  .arg(result->maxDensity, 0, 'f', 1)
                  .arg(analysis::KdeResult::unit())
           << '\n';
    if (atCentres > 0)
        io.out << Tr::tr("%Ln incident(s) placed only at a district's or the municipality's centre left out.", nullptr,
                         int(atCentres))
               << '\n';
    return 0;
}

int runGiStar(const QStringList &args, CommandIo io)
{
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr("Hot and cold spots (Getis-Ord Gi*) of incident counts on a grid, as a "
                                       "GeoPackage layer. Without --cell and --band the settings are chosen from "
                                       "the data and explained."));
    addStoreArgument(p);
    AnalyseFilters f;
    f.addTo(p);
    const QCommandLineOption cell(QStringLiteral("cell"), Tr::tr("Cell size in metres (default: chosen)."),
                                  QStringLiteral("M"));
    const QCommandLineOption band(QStringLiteral("band"), Tr::tr("Distance band in metres (default: chosen)."),
                                  QStringLiteral("M"));
    const QCommandLineOption hex(QStringLiteral("hexagons"), Tr::tr("Use hexagonal cells."));
    const QCommandLineOption knn(QStringLiteral("knn"), Tr::tr("Use the K nearest cells as neighbours."),
                                 QStringLiteral("K"));
    const QCommandLineOption contiguity(QStringLiteral("contiguity"), Tr::tr("Use touching cells as neighbours."));
    const FdrOptions fdr(true);
    const QCommandLineOption studyArea(QStringLiteral("study-area"),
                                       Tr::tr("Area kind whose polygons bound where events can happen, e.g. "
                                              "municipality."),
                                       QStringLiteral("KIND"));
    p.addOptions({cell, band, hex, knn, contiguity, studyArea});
    fdr.addTo(p);
    int rc = 0;
    if (!parseArgs(p, QStringLiteral("analyse gistar"), args, io, &rc))
        return rc;
    if (p.positionalArguments().size() != 1 || !p.isSet(f.out)) {
        io.err << Tr::tr("analyse gistar needs a store and --out FILE.gpkg.") << '\n';
        return 2;
    }
    if (!outputFormat(p.value(f.out), {QStringLiteral("gpkg")}, io) || conflicting(p, knn, contiguity, io) ||
        conflicting(p, knn, band, io) || conflicting(p, contiguity, band, io))
        return 2;
    const std::optional<bool> fdrOn = fdr.choice(p, io);
    if (!fdrOn)
        return 2;
    analysis::HotspotParameters par;
    bool ok = true;
    par.cellSize = numberOption(p, cell, 0.0, &ok);
    par.distanceBand = numberOption(p, band, 0.0, &ok);
    if (!ok) {
        io.err << Tr::tr("--cell and --band take numbers of metres.") << '\n';
        return 2;
    }
    par.shape = p.isSet(hex) ? analysis::CellShape::Hexagon : analysis::CellShape::Square;
    if (p.isSet(knn)) {
        par.neighbourhood = analysis::Neighbourhood::KNearest;
        par.k = p.value(knn).toInt();
        if (par.k < 1) {
            io.err << Tr::tr("--knn takes a positive number of neighbours.") << '\n';
            return 2;
        }
    } else if (p.isSet(contiguity)) {
        par.neighbourhood = analysis::Neighbourhood::Contiguity;
    }
    par.fdrCorrection = *fdrOn;
    auto store = openReader(p.positionalArguments().first(), io);
    if (!store)
        return 1;
    if (p.isSet(studyArea)) {
        auto areas = store->areas(p.value(studyArea));
        if (!areas || areas->empty()) {
            io.err << Tr::tr("No areas of kind %1 in the store.").arg(p.value(studyArea)) << '\n';
            return 2;
        }
        MultiPolygon all;
        for (const Area &a : *areas)
            all.insert(all.end(), a.geometry.begin(), a.geometry.end());
        par.studyArea = all;
    }
    store::IncidentFilter filter;
    if (!makeIncidentFilter(p, f, *store, filter, io))
        return 2;
    auto points = store->incidentPoints(filter);
    if (!points) {
        io.err << points.errorMessage() << '\n';
        return 1;
    }
    Feedback feedback;
    auto r = analysis::hotspotAnalysis({points->positions, points->precision, {}}, par, feedback);
    if (!r) {
        io.err << r.errorMessage() << '\n';
        return 1;
    }
    for (const QString &w : r->warnings)
        io.err << Tr::tr("Warning: %1").arg(w) << '\n';
    for (const QString &line : r->explanation)
        io.out << line << '\n';

    const std::vector<io::VectorField> fields{{QStringLiteral("events"), io::VectorField::Type::Real},
                                              {QStringLiteral("neighbours"), io::VectorField::Type::Integer},
                                              {QStringLiteral("gi_z"), io::VectorField::Type::Real},
                                              {QStringLiteral("gi_p"), io::VectorField::Type::Real},
                                              {QStringLiteral("gi_bin"), io::VectorField::Type::Integer}};
    std::vector<io::PolygonFeature> features;
    for (std::size_t c = 0; c < r->grid.cellCount(); ++c) {
        if (!r->included[c])
            continue;
        const double z = r->gi.z[c];
        features.push_back({Polygon{{r->grid.outline(c)}},
                            {r->counts[c], r->gi.neighbours[c], std::isnan(z) ? QVariant() : QVariant(z),
                             std::isnan(z) ? QVariant() : QVariant(r->gi.p[c]), static_cast<int>(r->gi.bin[c])}});
    }
    const Status written =
        io::writePolygonLayer(p.value(f.out), QStringLiteral("hotspots"), store->epsg(), fields, features);
    if (!written) {
        io.err << written.errorMessage() << '\n';
        return 1;
    }
    return 0;
}
} // namespace

int runAnalyse(const QStringList &args, CommandIo io)
{
    const QString usage =
        Tr::tr("Usage: lagesbild-cli analyse kde|gistar|trends|survey|walks|lisa|emerging|knox STORE [options]; "
               "add --help after the method for its options.");
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        (args.isEmpty() ? io.err : io.out) << usage << '\n';
        return args.isEmpty() ? 2 : 0;
    }
    const QString method = args.first();
    if (method == QLatin1String("kde"))
        return runKde(args.mid(1), io);
    if (method == QLatin1String("gistar"))
        return args.contains(QLatin1String("--table")) ? runGiStarOnTable(args.mid(1), io) : runGiStar(args.mid(1), io);
    if (method == QLatin1String("trends"))
        return runAnalyseTrends(args.mid(1), io);
    if (method == QLatin1String("survey"))
        return runAnalyseSurvey(args.mid(1), io);
    if (method == QLatin1String("walks"))
        return runAnalyseWalks(args.mid(1), io);
    if (method == QLatin1String("lisa"))
        return runAnalyseLisa(args.mid(1), io);
    if (method == QLatin1String("emerging"))
        return runAnalyseEmerging(args.mid(1), io);
    if (method == QLatin1String("knox"))
        return runAnalyseKnox(args.mid(1), io);
    io.err << Tr::tr("Unknown analysis method: %1").arg(method) << '\n' << usage << '\n';
    return 2;
}

} // namespace lb::cli
