#include "render/incident_bins.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace lb::render {

double clusterCellPixels(const MapSettings &settings)
{
    return 64.0 * settings.pixelScale();
}

double hexagonRadiusPixels(const MapSettings &settings)
{
    return 11.0 * settings.pixelScale();
}

std::vector<IncidentBin> clusterIncidents(const IncidentSnapshot &inc, const CompiledMapFilter &filter,
                                          const MapSettings &settings, Feedback &feedback, double cellPixels)
{
    if (!settings.isValid() || inc.size() == 0)
        return {};
    const double cell = cellPixels * settings.mapUnitsPerPixel();
    const Extent view = settings.visibleExtent();
    // Whole cells of a grid anchored at the map's origin: a cluster keeps its members while the
    // view pans, and a cluster on the edge of the view counts its members outside it too.
    const auto c0 = std::int64_t(std::floor(view.minX / cell));
    const auto r0 = std::int64_t(std::floor(view.minY / cell));
    const auto cols = std::int64_t(std::floor(view.maxX / cell)) - c0 + 1;
    const auto rows = std::int64_t(std::floor(view.maxY / cell)) - r0 + 1;
    const Extent cells{double(c0) * cell, double(r0) * cell, double(c0 + cols) * cell, double(r0 + rows) * cell};
    struct Sum {
        std::int64_t n = 0;
        double dx = 0.0, dy = 0.0; // from the cell's corner, so large coordinates keep their precision
        std::uint32_t first = 0;
    };
    std::vector<Sum> sums(size_t(cols * rows));
    const bool done = forEachShownIncident(inc, filter, settings, cells, feedback, [&](std::uint32_t i) {
        const PointXY p = inc.positions[i];
        const std::int64_t c = std::clamp(std::int64_t(std::floor(p.x / cell)) - c0, std::int64_t(0), cols - 1);
        const std::int64_t r = std::clamp(std::int64_t(std::floor(p.y / cell)) - r0, std::int64_t(0), rows - 1);
        Sum &s = sums[size_t(r * cols + c)];
        if (s.n++ == 0)
            s.first = i;
        s.dx += p.x - double(c0 + c) * cell;
        s.dy += p.y - double(r0 + r) * cell;
    });
    if (!done)
        return {};
    const MapToPixel toPixel(settings);
    std::vector<IncidentBin> bins;
    for (std::int64_t r = 0; r < rows; ++r) {
        for (std::int64_t c = 0; c < cols; ++c) {
            const Sum &s = sums[size_t(r * cols + c)];
            if (s.n == 0)
                continue;
            const PointXY at{double(c0 + c) * cell + s.dx / double(s.n), double(r0 + r) * cell + s.dy / double(s.n)};
            bins.push_back({at, toPixel(at), s.n, s.first});
        }
    }
    return bins;
}

std::vector<IncidentBin> hexBinIncidents(const IncidentSnapshot &inc, const CompiledMapFilter &filter,
                                         const MapSettings &settings, Feedback &feedback, double radiusPixels)
{
    if (!settings.isValid() || inc.size() == 0)
        return {};
    // Centres on a lattice fixed to the map: row r at y = 1.5 R r, column c at x = √3 R (c + r/2
    // mod 1). Every place belongs to the hexagon of the nearest centre, which lies in one of the
    // two rows around it.
    const double radius = radiusPixels * settings.mapUnitsPerPixel();
    const double w = std::sqrt(3.0) * radius;
    const double vs = 1.5 * radius;
    const Extent view = settings.visibleExtent();
    const Extent shown = view.buffered(radius);         // hexagons whose centre lies here touch the view
    const Extent members = view.buffered(2.0 * radius); // and all their incidents lie here
    const auto rowMin = std::int64_t(std::floor(members.minY / vs)) - 1;
    const auto rowMax = std::int64_t(std::floor(members.maxY / vs)) + 1;
    const auto colMin = std::int64_t(std::floor(members.minX / w)) - 1;
    const auto colMax = std::int64_t(std::floor(members.maxX / w)) + 1;
    const std::int64_t cols = colMax - colMin + 1;
    std::vector<std::int64_t> counts(size_t(cols * (rowMax - rowMin + 1)), 0);
    std::vector<std::uint32_t> first(counts.size(), 0);
    const bool done = forEachShownIncident(inc, filter, settings, members, feedback, [&](std::uint32_t i) {
        const PointXY p = inc.positions[i];
        const auto below = std::int64_t(std::floor(p.y / vs));
        std::int64_t bestR = below, bestC = 0;
        double bestD = std::numeric_limits<double>::infinity();
        for (std::int64_t r = below; r <= below + 1; ++r) {
            const double shift = (r & 1) ? 0.5 : 0.0;
            const auto c = std::int64_t(std::llround(p.x / w - shift));
            const double dx = p.x - w * (double(c) + shift);
            const double dy = p.y - vs * double(r);
            const double d = dx * dx + dy * dy;
            if (d < bestD) {
                bestD = d;
                bestR = r;
                bestC = c;
            }
        }
        if (bestR < rowMin || bestR > rowMax || bestC < colMin || bestC > colMax)
            return;
        const size_t slot = size_t((bestR - rowMin) * cols + (bestC - colMin));
        if (counts[slot]++ == 0)
            first[slot] = i;
    });
    if (!done)
        return {};
    const MapToPixel toPixel(settings);
    std::vector<IncidentBin> bins;
    for (std::int64_t r = rowMin; r <= rowMax; ++r) {
        const double shift = (r & 1) ? 0.5 : 0.0;
        for (std::int64_t c = colMin; c <= colMax; ++c) {
            const size_t slot = size_t((r - rowMin) * cols + (c - colMin));
            if (counts[slot] == 0)
                continue;
            const PointXY centre{w * (double(c) + shift), vs * double(r)};
            if (!shown.contains(centre))
                continue;
            bins.push_back({centre, toPixel(centre), counts[slot], first[slot]});
        }
    }
    return bins;
}

QPolygonF hexagonPolygon(QPointF centre, double radiusPixels)
{
    QPolygonF hex;
    for (int k = 0; k < 6; ++k) {
        const double angle = (60.0 * k - 30.0) * M_PI / 180.0; // pointy top: vertices at ±30° off the x axis
        hex << QPointF(centre.x() + radiusPixels * std::cos(angle), centre.y() + radiusPixels * std::sin(angle));
    }
    return hex;
}

std::int64_t countShownIncidents(const IncidentSnapshot &inc, const CompiledMapFilter &filter,
                                 const MapSettings &settings, Feedback &feedback)
{
    std::int64_t n = 0;
    forEachShownIncident(inc, filter, settings, settings.visibleExtent(), feedback, [&](std::uint32_t) { ++n; });
    return n;
}

} // namespace lb::render
