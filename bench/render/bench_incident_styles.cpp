// bench_incident_styles: one frame of the incident layer at 1920×1080 over a million incidents in
// each style — points (today's budget, the reference), clusters, hexagons, automatic and the heat
// map — for the whole extent, a town (about 2 km across) and after a filter change. The points are
// made in memory (40 towns with a normal spread, as in tests/render/bench_render.cpp), so the
// numbers are drawing only. Prints the median of 9 frames per case and the ratio to points.
//
//   bench_incident_styles [N]      (N incidents, default 1 000 000)

#include "core/taxonomy.h"
#include "render/incident_layer.h"
#include "render/map_data.h"
#include "render/map_renderer.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace lb;

namespace {

double medianMs(const render::MapSettings &s, const render::LayerList &layers)
{
    Feedback feedback;
    std::vector<double> times;
    for (int i = 0; i < 9; ++i) {
        QElapsedTimer t;
        t.start();
        (void)render::renderImage(s, layers, feedback);
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const size_t n = argc > 1 ? size_t(std::atoll(argv[1])) : 1000000;
    auto data = std::make_shared<render::MapData>();
    data->groups = categoryGroups();
    data->categories = defaultCategories();
    data->timeZone = QTimeZone("Europe/Stockholm");
    const Extent area{600000, 6550000, 620000, 6565000};
    data->fullExtent = area;
    std::mt19937 rng(3);
    std::uniform_real_distribution<double> ux(area.minX, area.maxX), uy(area.minY, area.maxY);
    std::vector<PointXY> centres(40);
    for (PointXY &c : centres)
        c = {ux(rng), uy(rng)};
    std::normal_distribution<double> spread(0.0, 400.0);
    std::vector<PointXY> pos(n);
    std::vector<Instant> times(n);
    std::vector<std::uint8_t> group(n), hours(n);
    std::vector<std::uint16_t> category(n);
    for (size_t i = 0; i < n; ++i) {
        const PointXY &c = centres[rng() % centres.size()];
        pos[i] = {c.x + spread(rng), c.y + spread(rng)};
        times[i] = 1609459200 + Instant(rng() % (5 * 365 * 86400));
        category[i] = std::uint16_t(rng() % data->categories.size());
        group[i] = render::groupIndex(data->categories[category[i]].group);
        hours[i] = std::uint8_t(rng() % 24);
    }
    data->incidents = render::makeIncidentSnapshot(std::move(pos), std::move(times), std::move(group),
                                                   std::move(category), {}, {}, std::move(hours));
    std::shared_ptr<const render::MapData> shared = data;

    render::MapSettings full;
    full.setExtent(area);
    full.setOutputSize({1920, 1080});
    full.setVisibleLayers({QStringLiteral("incidents")});
    const render::MapSettings town = full.withCenterAndResolution(centres[0], 2000.0 / 1920.0);
    render::MapFilter evening2023;
    evening2023.span = TimeSpan::years(2023, 2023, data->timeZone);
    evening2023.setTimeOfDay(render::MapFilter::TimeOfDay::Evening);

    std::printf("%zu incidents, 1920x1080, incident layer only, median of 9 frames (ms)\n", n);
    std::printf("%-10s %12s %8s %12s %8s %14s %8s\n", "style", "whole", "ratio", "2 km view", "ratio", "filtered whole",
                "ratio");
    double ref[3] = {0, 0, 0};
    for (const render::IncidentStyle style :
         {render::IncidentStyle::Points, render::IncidentStyle::Clusters, render::IncidentStyle::Hexagons,
          render::IncidentStyle::Automatic, render::IncidentStyle::Heat}) {
        const render::LayerList all{std::make_shared<render::IncidentLayer>(shared, render::MapFilter{}, style)};
        const render::LayerList filtered{std::make_shared<render::IncidentLayer>(shared, evening2023, style)};
        const double t[3] = {medianMs(full, all), medianMs(town, all), medianMs(full, filtered)};
        if (style == render::IncidentStyle::Points)
            std::copy(t, t + 3, ref);
        std::printf("%-10s %12.1f %8.2f %12.1f %8.2f %14.1f %8.2f\n",
                    render::incidentStyleName(style).toUtf8().constData(), t[0], t[0] / ref[0], t[1], t[1] / ref[1],
                    t[2], t[2] / ref[2]);
    }
    return 0;
}
