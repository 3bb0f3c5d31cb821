#include "app/analysis_panel_tasks.h"

#include "core/local_clock.h"
#include "render/raster_overlay_layer.h"
#include "store/store_reader.h"

#include <QCoreApplication>
#include <QLocale>

namespace lb::app {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::app::AnalysisPanel)
};

struct Fetched {
    std::unique_ptr<store::StoreReader> store;
    store::IncidentPoints points;
    QString error;
};

Fetched fetch(const QString &storePath, const AnalysisFilter &filter)
{
    Fetched f;
    auto st = store::openStoreReader(storePath);
    if (!st) {
        f.error = st.errorMessage();
        return f;
    }
    f.store = std::move(*st);
    const LocalClock clock(f.store->timeZone());
    store::IncidentFilter q;
    if (filter.firstDay.isValid() && filter.lastDay.isValid()) {
        const QDate end = filter.lastDay.addDays(1);
        q.span = TimeSpan{clock.toUtc(filter.firstDay.year(), filter.firstDay.month(), filter.firstDay.day()),
                          clock.toUtc(end.year(), end.month(), end.day())};
    }
    q.categories = filter.categories;
    q.sources = filter.sources;
    q.areaId = filter.districtId;
    auto points = f.store->incidentPoints(q);
    if (!points)
        f.error = points.errorMessage();
    else if (points->size() == 0)
        f.error = Tr::tr("No incidents match the filter.");
    else
        f.points = std::move(*points);
    return f;
}

MultiPolygon municipalityOf(const store::StoreReader &st)
{
    MultiPolygon all;
    if (auto areas = st.areas(QStringLiteral("municipality")))
        for (Area &a : *areas)
            for (Polygon &p : a.geometry)
                all.push_back(std::move(p));
    return all;
}

QString periodText(const AnalysisFilter &filter)
{
    const QLocale locale;
    return QStringLiteral("%1 – %2").arg(locale.toString(filter.firstDay, QLocale::ShortFormat),
                                         locale.toString(filter.lastDay, QLocale::ShortFormat));
}

} // namespace

AnalysisStoreInfo readAnalysisStoreInfo(const QString &storePath)
{
    AnalysisStoreInfo info;
    auto st = store::openStoreReader(storePath);
    if (!st) {
        info.error = st.errorMessage();
        return info;
    }
    info.epsg = (*st)->epsg();
    info.timeZone = QString::fromUtf8((*st)->timeZone().id());
    const TimeSpan span = (*st)->incidentTimeSpan();
    if (span.end > span.begin) {
        info.firstDay = toDateTime(span.begin, (*st)->timeZone()).date();
        info.lastDay = toDateTime(span.end - 1, (*st)->timeZone()).date();
    }
    if (auto cats = (*st)->categories())
        info.categories = std::move(*cats);
    if (auto districts = (*st)->areas(QStringLiteral("district")))
        for (const Area &a : *districts)
            info.districts.emplace_back(a.id, a.name);
    std::sort(info.districts.begin(), info.districts.end(),
              [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.second, b.second) < 0; });
    info.municipalityExtent = extentOf(municipalityOf(**st));
    return info;
}

AnalysisOutcome runHeatMap(const QString &storePath, const AnalysisFilter &filter, const HeatMapRequest &request,
                           Feedback &feedback)
{
    AnalysisOutcome out;
    Fetched f = fetch(storePath, filter);
    if (!f.error.isEmpty()) {
        out.error = f.error;
        return out;
    }
    analysis::KdeParameters p = request.kde;
    // One grid for every period, so two maps compare cell by cell.
    const Extent municipality = extentOf(municipalityOf(*f.store));
    if (request.fixedScale && !municipality.isEmpty())
        p.grid = analysis::RasterGrid::covering(municipality.buffered(p.radius), p.cellSize);
    std::int64_t atCentres = 0;
    const std::vector<PointXY> positioned =
        analysis::pointsWithOwnPosition(f.points.positions, f.points.precision, &atCentres);
    auto kde = analysis::kernelDensity(positioned, {}, p, feedback);
    if (!kde) {
        out.error = kde.errorMessage();
        return out;
    }
    if (kde->canceled) {
        out.canceled = true;
        return out;
    }
    out.events = kde->eventCount;
    out.scaleMax = request.fixedScale && request.scaleMax > 0 ? request.scaleMax : kde->maxDensity;
    const QString title = Tr::tr("Heat map, %1").arg(periodText(filter));
    out.layer = render::RasterOverlayLayer::heatMap(QStringLiteral("analysis_heatmap"), title, kde->density,
                                                    kde->grid.cols, kde->grid.rows, kde->grid.extent(), out.scaleMax,
                                                    analysis::KdeResult::unit());
    const QLocale locale;
    out.explanation << Tr::tr("%n incident(s) spread over a radius of %1 m (%2 kernel) on %3 m cells.", nullptr,
                              static_cast<int>(out.events))
                           .arg(locale.toString(p.radius, 'f', 0), analysis::toString(p.kernel),
                                locale.toString(p.cellSize, 'f', 0));
    if (atCentres > 0)
        out.explanation << Tr::tr("%Ln incident(s) placed only at a district's or the municipality's centre left "
                                  "out: they would paint a false hot spot there.",
                                  nullptr, int(atCentres));
    out.explanation << Tr::tr("The densest place has %1 %2.")
                           .arg(locale.toString(kde->maxDensity, 'f', 1), analysis::KdeResult::unit());
    if (request.fixedScale)
        out.explanation << Tr::tr("The colours run from 0 to %1 %2 for every period mapped with this scale, so maps of "
                                  "different periods can be compared.")
                               .arg(locale.toString(out.scaleMax, 'f', 1), analysis::KdeResult::unit());
    else
        out.explanation << Tr::tr("The colours are scaled to this map's own maximum: do not compare its colours with "
                                  "another period's map.");
    return out;
}

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

AnalysisOutcome runHotspots(const QString &storePath, const AnalysisFilter &filter, Feedback &feedback)
{
    AnalysisOutcome out;
    Fetched f = fetch(storePath, filter);
    if (!f.error.isEmpty()) {
        out.error = f.error;
        return out;
    }
    analysis::HotspotParameters p; // automatic cell size and distance band
    if (MultiPolygon area = municipalityOf(*f.store); !area.empty())
        p.studyArea = std::move(area);
    analysis::HotspotInput input{f.points.positions, f.points.precision, {}};
    auto r = analysis::hotspotAnalysis(input, p, feedback);
    if (!r) {
        out.error = r.errorMessage();
        return out;
    }
    if (r->canceled) {
        out.canceled = true;
        return out;
    }
    const analysis::CellGrid &grid = r->grid;
    QImage image(grid.cols(), grid.rows(), QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    for (std::size_t cell = 0; cell < grid.cellCount(); ++cell) {
        if (!r->included[cell])
            continue;
        const int row = static_cast<int>(cell / static_cast<std::size_t>(grid.cols()));
        const int col = static_cast<int>(cell % static_cast<std::size_t>(grid.cols()));
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
    item(3, Tr::tr("Hot spot, 99 % confidence"), static_cast<std::int64_t>(r->gi.hot[2]));
    item(2, Tr::tr("Hot spot, 95 % confidence"), static_cast<std::int64_t>(r->gi.hot[1]));
    item(1, Tr::tr("Hot spot, 90 % confidence"), static_cast<std::int64_t>(r->gi.hot[0]));
    item(0, Tr::tr("Not significant"), -1);
    item(-1, Tr::tr("Cold spot, 90 % confidence"), static_cast<std::int64_t>(r->gi.cold[0]));
    item(-2, Tr::tr("Cold spot, 95 % confidence"), static_cast<std::int64_t>(r->gi.cold[1]));
    item(-3, Tr::tr("Cold spot, 99 % confidence"), static_cast<std::int64_t>(r->gi.cold[2]));
    const QString title = Tr::tr("Hot spots (Gi*), %1").arg(periodText(filter));
    out.layer = std::make_shared<render::RasterOverlayLayer>(QStringLiteral("analysis_hotspots"), title,
                                                             std::move(image), extent, std::move(legend), 0.8, false);
    out.events = r->eventsUsed;
    out.explanation = r->explanation;
    out.warnings = r->warnings;
    return out;
}

AnalysisOutcome runTrends(const QString &storePath, const AnalysisFilter &filter, Feedback &feedback)
{
    AnalysisOutcome out;
    Fetched f = fetch(storePath, filter);
    if (!f.error.isEmpty()) {
        out.error = f.error;
        return out;
    }
    const LocalClock clock(f.store->timeZone());
    QHash<QString, QString> labels;
    if (auto cats = f.store->categories())
        for (const Category &c : *cats)
            labels.insert(c.code, localizedLabel(c.labelSv, c.labelEn));
    analysis::TrendInput input;
    input.times = f.points.times;
    input.clock = &clock;
    input.category = f.points.categoryIndex;
    for (const QString &code : f.points.categories)
        input.categoryNames << labels.value(code, code);
    analysis::TrendParameters p;
    p.period = analysis::TrendPeriod::Year;
    p.byCategory = true;
    p.coverageFirstDay = filter.firstDay;
    p.coverageLastDay = filter.lastDay;
    auto trend = analysis::trends(input, p, feedback);
    if (!trend) {
        out.error = trend.errorMessage();
        return out;
    }
    if (trend->canceled || feedback.isCanceled()) {
        out.canceled = true;
        return out;
    }
    analysis::TimeProfileInput profileInput;
    profileInput.times = f.points.times;
    profileInput.clock = &clock;
    auto profile = analysis::timeProfile(profileInput, {}, feedback);
    if (!profile) {
        out.error = profile.errorMessage();
        return out;
    }
    out.events = f.points.size();
    out.explanation = trend->notes + profile->notes;
    out.trends = std::move(*trend);
    out.profile = std::move(*profile);
    return out;
}

} // namespace lb::app
