// lagesbild-cli print STORE --out PAGE.{pdf,png,svg}: a print layout of the map — page size and
// orientation, margins, title, subtitle, legend from the visible layers, scale bar, north arrow,
// overview inset, sources, date and page number — with the heat map and hot spots on request.
// Every page states whether it is internal or public. --layout NAME starts from a layout saved in
// the store (options given override it); --save-layout NAME saves the page's settings as one.

#include "cli/base_map_sources.h"
#include "cli/cli_support.h"
#include "cli/map_filter_options.h"
#include "cli/map_style_options.h"
#include "cli/open_reader.h"
#include "render/base_map_layer.h"
#include "render/layer_state.h"
#include "render/map_data.h"
#include "report/analysis_layers.h"
#include "report/chart_sources.h"
#include "report/map_exporter.h"
#include "report/print_layout.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QUrl>

namespace lb::cli {

namespace {
// The store as the page's source line names it: the file's name, or the server store's database.
QString storeDisplayName(const QString &location)
{
    if (store::isServerLocation(location)) {
        const QString database = QUrl(location).path().mid(1);
        return database.isEmpty() ? QUrl(location).host() : database;
    }
    return QFileInfo(location).fileName();
}
} // namespace

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::cli::Print)
};
} // namespace

int runPrint(const QStringList &args, CommandIo io)
{
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr("Print the map of a store as a page layout: PDF (vector), PNG or SVG."));
    p.addPositionalArgument(QStringLiteral("STORE"), Tr::tr("The store (a .gpkg file)."));
    const QCommandLineOption out(QStringLiteral("out"), Tr::tr("The page to write: .pdf, .png or .svg."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption page(QStringLiteral("page"), Tr::tr("A4 (default) or A3."), QStringLiteral("SIZE"),
                                  QStringLiteral("A4"));
    const QCommandLineOption portrait(QStringLiteral("portrait"), Tr::tr("Portrait instead of landscape."));
    const QCommandLineOption margin(QStringLiteral("margin"), Tr::tr("Margin in millimetres (default 10)."),
                                    QStringLiteral("MM"), QStringLiteral("10"));
    const QCommandLineOption title(QStringLiteral("title"), Tr::tr("Title (default: the store's name)."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption subtitle(QStringLiteral("subtitle"), Tr::tr("Subtitle."), QStringLiteral("TEXT"));
    const QCommandLineOption attribution(QStringLiteral("attribution"), Tr::tr("Sources and attribution text."),
                                         QStringLiteral("TEXT"));
    const QCommandLineOption layers(QStringLiteral("layers"),
                                    Tr::tr("Layers to draw, comma-separated (default: all): %1.")
                                        .arg(render::standardLayerIds().join(QStringLiteral(", "))),
                                    QStringLiteral("a,b,..."));
    const QCommandLineOption heat(QStringLiteral("heatmap"), Tr::tr("Add the heat map of the incidents."));
    const QCommandLineOption radius(QStringLiteral("radius"), Tr::tr("Heat map radius in metres (default 500)."),
                                    QStringLiteral("M"), QStringLiteral("500"));
    const QCommandLineOption hot(QStringLiteral("hotspots"), Tr::tr("Add the hot spots (Gi*) of the incidents."));
    const QCommandLineOption district(
        QStringLiteral("district"), Tr::tr("Map this area and only its incidents (its name)."), QStringLiteral("NAME"));
    const QCommandLineOption dpi(QStringLiteral("dpi"), Tr::tr("PNG resolution (default 150)."), QStringLiteral("N"),
                                 QStringLiteral("150"));
    const QCommandLineOption pub(QStringLiteral("public"),
                                 Tr::tr("A page for the public: sensitive incidents only as counts, counts under k "
                                        "suppressed. Without it the page is marked internal."));
    const QCommandLineOption k(QStringLiteral("k"), Tr::tr("The threshold of a public page (default 5)."),
                               QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption layout(QStringLiteral("layout"),
                                    Tr::tr("Start from this print layout saved in the store; options override it."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption saveLayout(QStringLiteral("save-layout"),
                                        Tr::tr("Save the page's settings in the store as a print layout of this name."),
                                        QStringLiteral("NAME"));
    p.addOptions({out, page, portrait, margin, title, subtitle, attribution, layers, heat, radius, hot, district, dpi,
                  pub, k, layout, saveLayout});
    const QCommandLineOption base = baseMapOption();
    p.addOption(base);
    const MapFilterOptions filterOptions;
    filterOptions.addTo(p);
    const MapStyleOptions styleOptions;
    styleOptions.addTo(p);
    int rc = 0;
    if (!parseArgs(p, QStringLiteral("print"), args, io, &rc))
        return rc;
    if (p.positionalArguments().size() != 1 || !p.isSet(out)) {
        io.err << Tr::tr("print needs a store and --out FILE.") << '\n';
        return 2;
    }
    if (!outputFormat(p.value(out), {QStringLiteral("pdf"), QStringLiteral("png"), QStringLiteral("svg")}, io))
        return 2;
    // One connection for the whole command: read-write only when a layout is to be saved, which
    // a shared store on a server does not take from the command line yet.
    std::unique_ptr<store::Store> writable;
    if (p.isSet(saveLayout)) {
        if (store::isServerLocation(p.positionalArguments().first())) {
            io.err << Tr::tr("--save-layout works on a store file, not yet on a shared store on a server.") << '\n';
            return 2;
        }
        writable = openStore(p.positionalArguments().first(), io, store::Store::Mode::ReadWrite);
        if (!writable)
            return 1;
    }
    std::unique_ptr<store::StoreReader> store =
        writable ? store::readerFor(*writable) : openReader(p.positionalArguments().first(), io);
    if (!store)
        return 1;
    report::PrintLayout l;
    if (p.isSet(layout)) {
        const std::vector<report::PrintLayout> all = report::readPrintLayouts(*store);
        const auto saved = report::findPrintLayout(all, p.value(layout));
        if (!saved) {
            QStringList names;
            for (const report::PrintLayout &each : all)
                names << each.name;
            io.err << Tr::tr("No print layout called %1 in the store. Layouts: %2.")
                          .arg(p.value(layout), names.isEmpty() ? Tr::tr("none") : names.join(QStringLiteral(", ")))
                   << '\n';
            return 2;
        }
        l = *saved;
    }
    const QString pageName =
        p.isSet(page) ? p.value(page).toUpper() : (l.a3 ? QStringLiteral("A3") : QStringLiteral("A4"));
    bool okMargin = true, okRadius = false, okDpi = true, okK = true;
    l.a3 = pageName == QLatin1String("A3");
    if (p.isSet(portrait))
        l.portrait = true;
    if (p.isSet(margin))
        l.marginMm = p.value(margin).toDouble(&okMargin);
    if (p.isSet(dpi))
        l.pngDpi = p.value(dpi).toDouble(&okDpi);
    if (p.isSet(k))
        l.k = p.value(k).toInt(&okK);
    if (p.isSet(pub))
        l.isPublic = true;
    if (p.isSet(title))
        l.title = p.value(title);
    if (p.isSet(subtitle))
        l.subtitle = p.value(subtitle);
    if (p.isSet(attribution))
        l.attribution = p.value(attribution);
    const double radiusM = p.value(radius).toDouble(&okRadius);
    DisclosureRules rules;
    rules.minCount = l.k;
    if ((pageName != QLatin1String("A4") && pageName != QLatin1String("A3")) || !okMargin || l.marginMm < 0 ||
        l.marginMm > 50 || !okDpi || l.pngDpi < 24 || l.pngDpi > 1200 || !okRadius || radiusM <= 0 || !okK ||
        rules.minCount < 1) {
        io.err << Tr::tr("--page takes A4 or A3, --margin 0 to 50 mm, --dpi 24 to 1200, --radius metres, --k a "
                         "whole number of at least 1.")
               << '\n';
        return 2;
    }
    if (p.isSet(saveLayout)) {
        l.name = p.value(saveLayout);
        if (Status s = report::savePrintLayout(*writable, l); !s) {
            io.err << s.errorMessage() << '\n';
            return 1;
        }
        io.out << Tr::tr("Saved the print layout %1.").arg(l.name.trimmed()) << '\n';
    }
    QStringList visible = render::standardLayerIds();
    if (p.isSet(layers)) {
        visible = p.value(layers).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &id : visible)
            if (!render::standardLayerIds().contains(id = id.trimmed())) {
                io.err << Tr::tr("Unknown layer: %1. Layers: %2.")
                              .arg(id, render::standardLayerIds().join(QStringLiteral(", ")))
                       << '\n';
                return 2;
            }
    }

    QElapsedTimer timer;
    timer.start();
    Feedback feedback;
    auto data = render::loadMapData(p.positionalArguments().first(), feedback);
    if (!data) {
        io.err << data.errorMessage() << '\n';
        return 1;
    }
    render::MapFilter mapFilter;
    if (!filterOptions.make(p, **data, mapFilter, io))
        return 2;
    // The analysis layers take the part of the map filter a store query can do.
    store::IncidentFilter filter = mapFilter.storeFilter();
    Extent extent = (*data)->fullExtent;
    const Extent all = extent;
    if (p.isSet(district)) {
        const auto area = report::findArea(*store, p.value(district));
        if (!area) {
            io.err << Tr::tr("No area called %1 in the store.").arg(p.value(district)) << '\n';
            return 2;
        }
        filter.areaId = area->id;
        extent = extentOf(area->geometry);
        // "Only its incidents" holds for the points too when the area is a district.
        if (std::any_of((*data)->districts.begin(), (*data)->districts.end(),
                        [&](const Area &d) { return d.id == area->id; }) &&
            !mapFilter.districts.contains(area->name, Qt::CaseInsensitive))
            mapFilter.districts << area->name;
    }
    // The styles the desktop program keeps in the store, changed by the options.
    render::MapStyles styles = render::readMapStyles(*store);
    if (!styleOptions.make(p, **data, styles, visible, io))
        return 2;
    render::LayerList layerList = render::createStandardLayers(*data, mapFilter, styles);
    render::LayerList baseLayers;
    if (!openBaseMapLayers(p.positionalArguments().first(), (*data)->epsg, p.values(base), &baseLayers, io))
        return 1;
    render::insertBaseMapLayers(layerList, baseLayers);
    QStringList baseCredits;
    for (const auto &baseLayer : baseLayers) {
        visible << baseLayer->id();
        const QString credit = static_cast<const render::BaseMapLayer &>(*baseLayer).entry().attribution;
        if (!credit.isEmpty() && !baseCredits.contains(credit))
            baseCredits << credit;
    }
    // Analysis layers go above the districts and below the points.
    auto insertAt = layerList.begin();
    for (auto it = layerList.begin(); it != layerList.end(); ++it)
        if ((*it)->id() == QLatin1String("districts"))
            insertAt = it + 1;
    QStringList explanation;
    if (p.isSet(hot)) {
        auto layer = report::hotspotLayer(*store, filter, Tr::tr("Hot spots (Gi*)"), feedback);
        if (!layer) {
            io.err << layer.errorMessage() << '\n';
            return 1;
        }
        insertAt = layerList.insert(insertAt, layer->layer) + 1;
        visible << QStringLiteral("hotspots");
        explanation << layer->explanation;
    }
    if (p.isSet(heat)) {
        auto layer = report::heatMapLayer(*store, filter, Tr::tr("Heat map"), radiusM, feedback);
        if (!layer) {
            io.err << layer.errorMessage() << '\n';
            return 1;
        }
        layerList.insert(insertAt, layer->layer);
        visible << QStringLiteral("heatmap");
        explanation << layer->explanation;
    }
    render::MapSettings map;
    map.setExtent(extent.buffered(0.03 * std::max(extent.width(), extent.height())));
    map.setEpsg((*data)->epsg);
    map.setVisibleLayers(visible);
    map.setDisclosure({false, rules.minCount});
    render::applyLayerStates(render::readLayerStates(*store), layerList, map, p.isSet(layers));
    report::MapExportSettings settings =
        report::exportSettings(l, (*data)->name, storeDisplayName(p.positionalArguments().first()));
    if (l.subtitle.isEmpty())
        settings.subtitle = p.value(district);
    if (!baseCredits.isEmpty())
        settings.attribution +=
            QLatin1Char(' ') + Tr::tr("Background map: %1.").arg(baseCredits.join(QStringLiteral("; ")));
    // The overview says where a district lies; a map of everything needs none.
    settings.overviewExtent = p.isSet(district) && l.overview ? all : Extent{};
    report::MapExporter exporter(map, layerList, settings);
    if (exporter.exportToFile(p.value(out), feedback) != report::ExportResult::Success) {
        io.err << exporter.errorMessage() << '\n';
        return 1;
    }
    for (const QString &line : explanation)
        io.out << line << '\n';
    if (mapFilter.findingsActive())
        io.out << shownFindings(layerList, mapFilter, **data) << '\n';
    io.out << Tr::tr("Wrote %1 (%2 %3, 1:%4) in %5 ms.")
                  .arg(p.value(out), pageName, l.portrait ? Tr::tr("portrait") : Tr::tr("landscape"))
                  .arg(qint64(exporter.lastMapSettings().scaleDenominator()))
                  .arg(timer.elapsed())
           << '\n';
    return 0;
}

} // namespace lb::cli
