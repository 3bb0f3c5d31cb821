// lagesbild-cli render FILE --out IMAGE [--size WxH] [--extent minx,miny,maxx,maxy] [--layers a,b]
//                        [--from DATE] [--to DATE] [--categories LIST] [--time-of-day T] [--hours A-B]
//                        [--precision LIST] [--base FILE|URL ...]
//                        [--incidents points|clusters|hex|auto|heat] [--survey-choropleth ROUND]
// Draws the map of a store through the same layers and renderer as the desktop program: a PNG of
// the requested size with a scale bar and north arrow, or (for --out x.pdf) an A4 map page with a
// title, legend, scale bar and north arrow.

#include "cli/base_map_sources.h"
#include "cli/cli_support.h"
#include "cli/map_filter_options.h"
#include "cli/map_style_options.h"
#include "render/base_map_layer.h"
#include "render/intervention_layer.h"
#include "render/layer_state.h"
#include "render/map_bookmarks.h"
#include "render/map_data.h"
#include "render/map_furniture.h"
#include "render/map_renderer.h"
#include "report/map_exporter.h"
#include "store/intervention_store.h"
#include "store/store_reader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QSaveFile>

namespace lb::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::cli::Render)
};

bool parseSize(const QString &text, QSize *size)
{
    const QStringList parts = text.toLower().split(QLatin1Char('x'));
    bool okW = false, okH = false;
    if (parts.size() != 2)
        return false;
    const int w = parts[0].toInt(&okW);
    const int h = parts[1].toInt(&okH);
    if (!okW || !okH || w < 16 || h < 16 || w > 20000 || h > 20000)
        return false;
    *size = QSize(w, h);
    return true;
}

bool parseExtent(const QString &text, Extent *extent)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 4)
        return false;
    double v[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        // Coordinates are written with a decimal point whatever the locale.
        v[i] = QLocale::c().toDouble(parts[i].trimmed(), &ok);
        if (!ok)
            return false;
    }
    *extent = Extent::fromCorners(v[0], v[1], v[2], v[3]);
    return extent->width() > 0.0 && extent->height() > 0.0;
}

// The map layer a --layers name means: a map layer's own name, or the name `info` prints for the
// store table it is drawn from.
QString mapLayerId(const QString &name)
{
    static const QHash<QString, QString> tables = {
        {QStringLiteral("base_water"), QStringLiteral("water")},
        {QStringLiteral("base_roads"), QStringLiteral("roads")},
        {QStringLiteral("areas"), QStringLiteral("districts")},
        {QStringLiteral("walk_findings"), QStringLiteral("walks")},
    };
    return tables.value(name, name);
}

// What a PNG of an explicit extent needs of the incidents (see loadMapData): the view as the
// image's aspect widens it, with a margin for symbols drawn across the edge, and the filter's
// span and categories, so that the store's R-tree and time index pick the rows. The filter is
// made here when the store opens (it needs the store's time zone). A PDF page and the whole-store
// view read every incident, as before. Sets *rc when the filter options are wrong.
store::IncidentFilter readScope(const QString &path, const QString &format, QSize size, double dpi,
                                const Extent &extent, const MapFilterOptions &options, const QCommandLineParser &parser,
                                render::MapFilter &filter, bool *filterMade, CommandIo io, int *rc)
{
    store::IncidentFilter scope;
    auto st = store::Store::open(path, store::Store::Mode::ReadOnly);
    if (!st)
        return scope; // loadMapData reports why
    if (!options.makeTimes(parser, (*st)->timeZone(), filter, io)) {
        *rc = 2;
        return scope;
    }
    *filterMade = true;
    scope = filter.storeFilter();
    if (format != QLatin1String("png") || extent.isEmpty())
        return scope;
    render::MapSettings view;
    view.setExtent(extent);
    view.setOutputSize(size);
    view.setOutputDpi(dpi);
    // Symbols and labels reach at most this many pixels (at 96 DPI) past their position.
    constexpr double marginPixels = 160.0;
    scope.extent = view.visibleExtent().buffered(marginPixels * view.pixelScale() * view.mapUnitsPerPixel());
    return scope;
}
} // namespace

int runRender(const QStringList &args, CommandIo io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Draw the map of a store into a PNG, or an A4 map page into a PDF."));
    addStoreArgument(parser);
    const QCommandLineOption outOption(QStringLiteral("out"), Tr::tr("The image to write (.png or .pdf)."),
                                       QStringLiteral("IMAGE"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), Tr::tr("PNG size in pixels (default 1600x1200)."),
                                        QStringLiteral("WxH"), QStringLiteral("1600x1200"));
    const QCommandLineOption extentOption(QStringLiteral("extent"),
                                          Tr::tr("Map extent in the store's CRS (default: all areas)."),
                                          QStringLiteral("minx,miny,maxx,maxy"));
    const QCommandLineOption layersOption(
        QStringLiteral("layers"),
        Tr::tr("Layers to draw, comma-separated (default: all): %1. The store tables that "
               "lagesbild-cli info lists are accepted too.")
            .arg(render::standardLayerIds().join(QStringLiteral(", "))),
        QStringLiteral("a,b,..."));
    const QCommandLineOption dpiOption(QStringLiteral("dpi"), Tr::tr("PNG resolution for symbol sizes (default 96)."),
                                       QStringLiteral("N"), QStringLiteral("96"));
    const QCommandLineOption titleOption(QStringLiteral("title"), Tr::tr("Title of a PDF map page."),
                                         QStringLiteral("TEXT"));
    const QCommandLineOption plainOption(QStringLiteral("no-furniture"),
                                         Tr::tr("Leave out the scale bar and north arrow of a PNG."));
    const QCommandLineOption sensitiveOption(
        QStringLiteral("show-sensitive-points"),
        Tr::tr("Draw incidents of sensitive categories at their stored positions instead of as counts per district "
               "(the map then says so)."));
    const QCommandLineOption interventionsOption(
        QStringLiteral("interventions"),
        Tr::tr("Also draw where the store's interventions act (point and radius, route, area or districts)."));
    for (const auto &o : {outOption, sizeOption, extentOption, layersOption, dpiOption, titleOption, plainOption,
                          sensitiveOption, interventionsOption})
        parser.addOption(o);
    const QCommandLineOption bookmarkOption(QStringLiteral("bookmark"),
                                            Tr::tr("Draw the extent of this bookmark (kept in the store)."),
                                            QStringLiteral("NAME"));
    parser.addOption(bookmarkOption);
    const QCommandLineOption baseOption = baseMapOption();
    parser.addOption(baseOption);
    const MapFilterOptions filterOptions;
    filterOptions.addTo(parser);
    const MapStyleOptions styleOptions;
    styleOptions.addTo(parser);
    int rc = 0;
    if (!parseArgs(parser, QStringLiteral("render"), args, io, &rc))
        return rc;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(outOption)) {
        io.err << Tr::tr("render needs one store file and --out IMAGE.") << '\n';
        return 2;
    }
    const std::optional<QString> format =
        outputFormat(parser.value(outOption), {QStringLiteral("png"), QStringLiteral("pdf")}, io);
    if (!format)
        return 2;
    // Options that only apply to the other format are mistakes, not silently ignored.
    if (*format == QLatin1String("png") && parser.isSet(titleOption)) {
        io.err << Tr::tr("--title is for a PDF map page (--out FILE.pdf); a PNG has no title.") << '\n';
        return 2;
    }
    if (*format == QLatin1String("pdf")) {
        for (const QCommandLineOption &o : {sizeOption, dpiOption, plainOption})
            if (parser.isSet(o)) {
                io.err << Tr::tr("--%1 is for a PNG; a PDF map page is always A4 with a scale bar and north arrow.")
                              .arg(o.names().constFirst())
                       << '\n';
                return 2;
            }
    }
    QSize size;
    if (!parseSize(parser.value(sizeOption), &size)) {
        io.err << Tr::tr("--size must look like 1600x1200.") << '\n';
        return 2;
    }
    bool dpiOk = false;
    const double dpi = parser.value(dpiOption).toDouble(&dpiOk);
    if (!dpiOk || dpi < 24.0 || dpi > 1200.0) {
        io.err << Tr::tr("--dpi must be a number from 24 to 1200.") << '\n';
        return 2;
    }
    QStringList layers = render::standardLayerIds();
    if (parser.isSet(layersOption)) {
        layers = parser.value(layersOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &id : layers) {
            id = mapLayerId(id.trimmed());
            if (!render::standardLayerIds().contains(id)) {
                io.err << Tr::tr("Unknown layer: %1. Layers: %2.")
                              .arg(id, render::standardLayerIds().join(QStringLiteral(", ")))
                       << '\n';
                return 2;
            }
        }
    }

    QElapsedTimer timer;
    timer.start();
    Feedback feedback;
    Extent extent;
    if (parser.isSet(extentOption) && !parseExtent(parser.value(extentOption), &extent)) {
        io.err << Tr::tr("--extent must be four numbers: minx,miny,maxx,maxy.") << '\n';
        return 2;
    }
    render::MapFilter filter;
    bool filterMade = false;
    const store::IncidentFilter scope = readScope(parser.positionalArguments().first(), *format, size, dpi, extent,
                                                  filterOptions, parser, filter, &filterMade, io, &rc);
    if (rc != 0)
        return rc;
    auto data = render::loadMapData(parser.positionalArguments().first(), feedback, scope);
    if (!data) {
        io.err << data.errorMessage() << '\n';
        return 1;
    }
    const qint64 loadMs = timer.restart();
    // The times were made when the scope was read; the districts, sources and rounds are checked
    // against what the store holds.
    if (!(filterMade ? filterOptions.makePlaces(parser, **data, filter, io)
                     : filterOptions.make(parser, **data, filter, io)))
        return 2;
    if (!parser.isSet(extentOption))
        extent = (*data)->fullExtent;
    const bool useBookmark = parser.isSet(bookmarkOption) && !parser.isSet(extentOption);
    if (useBookmark) {
        std::unique_ptr<store::Store> st = openStore(parser.positionalArguments().first(), io);
        if (!st)
            return 1;
        const auto mark = render::findBookmark(render::readBookmarks(*st), parser.value(bookmarkOption));
        if (!mark) {
            io.err << Tr::tr("No bookmark called %1 in the store.").arg(parser.value(bookmarkOption)) << '\n';
            return 2;
        }
        extent = mark->extent;
    }
    if (extent.isEmpty()) {
        io.err << Tr::tr("The store has nothing to draw; give --extent.") << '\n';
        return 1;
    }
    render::MapSettings settings;
    // A small margin so the municipal boundary does not touch the image edge.
    settings.setExtent(parser.isSet(extentOption) || useBookmark
                           ? extent
                           : extent.buffered(0.03 * std::max(extent.width(), extent.height())));
    settings.setOutputSize(size);
    settings.setOutputDpi(dpi);
    settings.setEpsg((*data)->epsg);
    render::LayerList baseLayers;
    if (!openBaseMapLayers(parser.positionalArguments().first(), (*data)->epsg, parser.values(baseOption), &baseLayers,
                           io))
        return 1;
    for (const auto &l : baseLayers)
        layers << l->id();
    // The styles the desktop program keeps in the store, changed by the options.
    render::MapStyles styles;
    if (!store::isServerLocation(parser.positionalArguments().first())) {
        std::unique_ptr<store::Store> st = openStore(parser.positionalArguments().first(), io);
        if (!st)
            return 1;
        styles = render::readMapStyles(*st);
    }
    if (!styleOptions.make(parser, **data, styles, layers, io))
        return 2;
    settings.setVisibleLayers(layers);
    settings.setDisclosure({parser.isSet(sensitiveOption), DisclosureRules{}.minCount});
    render::LayerList layerList = render::createStandardLayers(*data, filter, styles);
    render::insertBaseMapLayers(layerList, baseLayers);
    // What the file store keeps beside the data: the layer arrangement, and the interventions.
    if (!store::isServerLocation(parser.positionalArguments().first())) {
        std::unique_ptr<store::Store> st = openStore(parser.positionalArguments().first(), io);
        if (!st)
            return 1;
        render::applyLayerStates(render::readLayerStates(*st), layerList, settings, parser.isSet(layersOption));
        if (parser.isSet(interventionsOption)) {
            auto interventions = store::InterventionStore(*st).interventions();
            if (!interventions) {
                io.err << interventions.errorMessage() << '\n';
                return 1;
            }
            layerList.push_back(
                std::make_shared<render::InterventionLayer>(std::move(*interventions), (*data)->districts));
            settings.setVisibleLayers(settings.visibleLayers() << QStringLiteral("interventions"));
        }
    }
    const QString out = parser.value(outOption);

    if (*format == QLatin1String("pdf")) {
        report::MapExportSettings page;
        page.title = parser.isSet(titleOption) ? parser.value(titleOption) : (*data)->name;
        report::MapExporter exporter(settings, layerList, page);
        if (exporter.exportToPdf(out, feedback) != report::ExportResult::Success) {
            io.err << exporter.errorMessage() << '\n';
            return 1;
        }
        io.out << Tr::tr("Wrote %1 (A4 map page, 1:%2) in %3 ms (reading the store %4 ms).")
                      .arg(out)
                      .arg(qint64(exporter.lastMapSettings().scaleDenominator()))
                      .arg(timer.elapsed())
                      .arg(loadMs)
               << '\n';
        return 0;
    }

    render::RenderResult result;
    QImage image = render::renderImage(settings, layerList, feedback, &result);
    const qint64 renderMs = result.elapsedMs;
    if (!parser.isSet(plainOption)) {
        QPainter painter(&image);
        render::drawStandardFurniture(painter, settings);
    }
    for (const render::LayerError &e : result.errors)
        io.err << Tr::tr("Layer %1: %2").arg(e.layerId, e.message) << '\n';
    QSaveFile file(out);
    // zlib's fastest level: a map dense with symbols took longer to compress at the default level
    // than to read and draw, for a file about a fifth smaller.
    constexpr int fastPngQuality = 80;
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG", fastPngQuality) || !file.commit()) {
        io.err << Tr::tr("Cannot write %1: %2").arg(out, file.errorString()) << '\n';
        return 1;
    }
    if (filter.isActive() || !filter.surveyRounds.empty())
        io.out << shownCounts(layerList, filter, (*data)->timeZone) << '\n';
    if (filter.findingsActive())
        io.out << shownFindings(layerList, filter, **data) << '\n';
    io.out << Tr::tr("Wrote %1 (%2×%3 px, 1:%4); reading the store took %5 ms, drawing %6 ms.")
                  .arg(out)
                  .arg(size.width())
                  .arg(size.height())
                  .arg(qint64(settings.scaleDenominator()))
                  .arg(loadMs)
                  .arg(renderMs)
           << '\n';
    return result.errors.empty() ? 0 : 1;
}

} // namespace lb::cli
