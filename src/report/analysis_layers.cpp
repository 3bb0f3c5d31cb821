#include "report/analysis_layers.h"

#include "analysis/hotspot_analysis.h"

#include <QCoreApplication>
#include <QLocale>

namespace lb::report {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::report::AnalysisLayers)
};

MultiPolygon municipalityOf(const store::StoreReader &st)
{
    MultiPolygon all;
    if (auto areas = st.areas(QStringLiteral("municipality")))
        for (Area &a : *areas)
            for (Polygon &p : a.geometry)
                all.push_back(std::move(p));
    return all;
}

// Colours of the confidence bins, the same as the desktop program's hot spot layer.
QColor hotspotColor(int bin)
{
    switch (bin) {
    case 3:
        return QColor(215, 48, 39);
    case 2:
        return QColor(239, 117, 81);
    case 1:
        return QColor(250, 185, 132);
    case -1:
        return QColor(192, 204, 190);
    case -2:
        return QColor(132, 158, 186);
    case -3:
        return QColor(69, 117, 181);
    default:
        return QColor(200, 200, 200, 70);
    }
}
} // namespace

Result<AnalysisLayer> heatMapLayer(const store::Store &store, const store::IncidentFilter &filter, const QString &title,
                                   double radius, Feedback &feedback)
{
    return heatMapLayer(*store::readerFor(store), filter, title, radius, feedback);
}

Result<AnalysisLayer> hotspotLayer(const store::Store &store, const store::IncidentFilter &filter, const QString &title,
                                   Feedback &feedback)
{
    return hotspotLayer(*store::readerFor(store), filter, title, feedback);
}

Result<AnalysisLayer> heatMapLayer(const store::StoreReader &store, const store::IncidentFilter &filter,
                                   const QString &title, double radius, Feedback &feedback)
{
    auto points = store.incidentPoints(filter);
    if (!points)
        return Error{points.errorMessage()};
    std::int64_t atCentres = 0;
    const std::vector<PointXY> positioned =
        analysis::pointsWithOwnPosition(points->positions, points->precision, &atCentres);
    if (positioned.empty())
        return Error{Tr::tr("No incidents with a position of their own match the filter.")};
    analysis::KdeParameters p;
    p.radius = radius;
    Extent extent = extentOf(municipalityOf(store));
    if (extent.isEmpty())
        extent = extentOf(std::span<const PointXY>(positioned));
    p.cellSize = std::max(10.0, std::max(extent.width(), extent.height()) / 1000.0);
    p.grid = analysis::RasterGrid::covering(extent.buffered(p.radius), p.cellSize);
    auto kde = analysis::kernelDensity(positioned, {}, p, feedback);
    if (!kde)
        return Error{kde.errorMessage()};
    AnalysisLayer out;
    out.layer = render::RasterOverlayLayer::heatMap(QStringLiteral("heatmap"), title, kde->density, kde->grid.cols,
                                                    kde->grid.rows, kde->grid.extent(), kde->maxDensity,
                                                    analysis::KdeResult::unit());
    const QLocale locale;
    out.explanation << Tr::tr("Heat map: %n incident(s) spread over a radius of %1 m (quartic kernel) on %2 m cells.",
                              nullptr, int(kde->eventCount))
                           .arg(locale.toString(p.radius, 'f', 0), locale.toString(p.cellSize, 'f', 0));
    if (atCentres > 0)
        out.explanation << Tr::tr("%Ln incident(s) placed only at an area's centre are left out of the heat map.",
                                  nullptr, int(atCentres));
    return out;
}

Result<AnalysisLayer> hotspotLayer(const store::StoreReader &store, const store::IncidentFilter &filter,
                                   const QString &title, Feedback &feedback)
{
    auto points = store.incidentPoints(filter);
    if (!points)
        return Error{points.errorMessage()};
    analysis::HotspotParameters p;
    // The study area is the mapped district when the filter has one, else the municipality.
    std::optional<Area> district;
    if (filter.areaId != 0)
        if (auto areas = store.areas())
            for (const Area &a : *areas)
                if (a.id == filter.areaId)
                    district = a;
    if (MultiPolygon area = district ? district->geometry : municipalityOf(store); !area.empty())
        p.studyArea = std::move(area);
    analysis::HotspotInput input{points->positions, points->precision, {}};
    auto r = analysis::hotspotAnalysis(input, p, feedback);
    if (!r)
        return Error{r.errorMessage()};
    const analysis::CellGrid &grid = r->grid;
    QImage image(grid.cols(), grid.rows(), QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    for (std::size_t cell = 0; cell < grid.cellCount(); ++cell) {
        if (!r->included[cell])
            continue;
        const int row = int(cell / std::size_t(grid.cols()));
        const int col = int(cell % std::size_t(grid.cols()));
        image.setPixelColor(col, grid.rows() - 1 - row, hotspotColor(r->gi.bin[cell]));
    }
    const PointXY c0 = grid.center(0, 0);
    const double half = grid.size() / 2.0;
    const Extent extent{c0.x - half, c0.y - half, c0.x - half + grid.cols() * grid.size(),
                        c0.y - half + grid.rows() * grid.size()};
    std::vector<render::LegendItem> legend;
    const auto item = [&](int bin, const QString &label, std::int64_t count) {
        QColor color = hotspotColor(bin);
        color.setAlpha(255);
        legend.push_back({render::LegendItem::Symbol::Square, color, label, count});
    };
    item(3, Tr::tr("Hot spot, 99 % confidence"), std::int64_t(r->gi.hot[2]));
    item(2, Tr::tr("Hot spot, 95 % confidence"), std::int64_t(r->gi.hot[1]));
    item(1, Tr::tr("Hot spot, 90 % confidence"), std::int64_t(r->gi.hot[0]));
    item(0, Tr::tr("Not significant"), -1);
    item(-1, Tr::tr("Cold spot, 90 % confidence"), std::int64_t(r->gi.cold[0]));
    item(-2, Tr::tr("Cold spot, 95 % confidence"), std::int64_t(r->gi.cold[1]));
    item(-3, Tr::tr("Cold spot, 99 % confidence"), std::int64_t(r->gi.cold[2]));
    AnalysisLayer out;
    out.layer = std::make_shared<render::RasterOverlayLayer>(QStringLiteral("hotspots"), title, std::move(image),
                                                             extent, std::move(legend), 0.8, false);
    out.explanation = r->explanation;
    return out;
}

} // namespace lb::report
