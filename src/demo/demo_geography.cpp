#include "demo/demo_geography.h"

#include "core/crs.h"
#include "demo/demo_random.h"
#include "io/geometry_ops.h"
#include "io/vector_reader.h"

#include <QCoreApplication>
#include <QFile>

#include <cmath>

namespace lb::demo {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::demo::Geography)
};

struct PlaceSpec {
    const char *name;
    double lon;
    double lat;
    std::int64_t population;
    bool urban;
};

// Real place names and positions; populations are rounded, plausible figures for the demo.
constexpr PlaceSpec kPlaces[] = {
    {"Centrum", 17.6253, 59.1955, 14200, true},
    {"Ronna-Geneta", 17.5930, 59.2040, 16800, true},
    {"Hovsjö", 17.5889, 59.1793, 6900, true},
    {"Östertälje", 17.6580, 59.1850, 13600, true},
    {"Pershagen-Glasberga", 17.6560, 59.1520, 9800, true},
    {"Järna", 17.5670, 59.0930, 12100, true},
    {"Enhörna", 17.4860, 59.2630, 5300, false},
    {"Hölö", 17.5430, 59.0240, 3200, false},
    {"Mörkö", 17.6700, 58.9700, 1700, false},
};

// Clips a convex ring to the half-plane of points at least as close to `keep` as to `other`
// (Sutherland–Hodgman against the perpendicular bisector).
LinearRing clipHalfPlane(const LinearRing &ring, PointXY keep, PointXY other)
{
    const PointXY mid{(keep.x + other.x) / 2.0, (keep.y + other.y) / 2.0};
    const PointXY dir{other.x - keep.x, other.y - keep.y};
    const auto side = [&](PointXY p) {
        return (p.x - mid.x) * dir.x + (p.y - mid.y) * dir.y;
    };
    LinearRing out;
    if (ring.size() < 3)
        return out;
    const size_t n = ring.front() == ring.back() ? ring.size() - 1 : ring.size();
    for (size_t i = 0; i < n; ++i) {
        const PointXY a = ring[i];
        const PointXY b = ring[(i + 1) % n];
        const double sa = side(a);
        const double sb = side(b);
        if (sa <= 0)
            out.push_back(a);
        if ((sa <= 0) != (sb <= 0)) {
            const double t = sa / (sa - sb);
            out.push_back({a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)});
        }
    }
    if (!out.empty())
        out.push_back(out.front());
    return out;
}

Polygon ellipse(PointXY c, double rx, double ry, double angle, Random &random)
{
    LinearRing ring;
    const int n = 40;
    for (int i = 0; i < n; ++i) {
        const double t = 2.0 * M_PI * i / n;
        const double wobble = 1.0 + 0.12 * std::sin(3 * t + random.uniform(0, 0.5));
        const double x = rx * std::cos(t) * wobble;
        const double y = ry * std::sin(t) * wobble;
        ring.push_back(
            {c.x + x * std::cos(angle) - y * std::sin(angle), c.y + x * std::sin(angle) + y * std::cos(angle)});
    }
    ring.push_back(ring.front());
    return Polygon{{ring}};
}

// A band of the given half-width along a polyline, as one polygon (left side out, right side back).
Polygon band(const LineString &line, double halfWidth)
{
    LinearRing left;
    LinearRing right;
    for (size_t i = 0; i < line.size(); ++i) {
        const PointXY a = line[i > 0 ? i - 1 : i];
        const PointXY b = line[i + 1 < line.size() ? i + 1 : i];
        const double dx = b.x - a.x;
        const double dy = b.y - a.y;
        const double len = std::hypot(dx, dy);
        const PointXY normal{-dy / len * halfWidth, dx / len * halfWidth};
        left.push_back({line[i].x + normal.x, line[i].y + normal.y});
        right.push_back({line[i].x - normal.x, line[i].y - normal.y});
    }
    LinearRing ring = left;
    ring.insert(ring.end(), right.rbegin(), right.rend());
    ring.push_back(ring.front());
    return Polygon{{ring}};
}

// Splits a polyline, densified to `step` metres, into the runs that lie on land.
MultiLineString clipToLand(const Geography &geo, const LineString &line, double step)
{
    MultiLineString runs;
    LineString current;
    for (size_t i = 0; i + 1 < line.size(); ++i) {
        const PointXY a = line[i];
        const PointXY b = line[i + 1];
        const int n = std::max(1, static_cast<int>(std::hypot(b.x - a.x, b.y - a.y) / step));
        for (int k = 0; k < n; ++k) {
            const double t = static_cast<double>(k) / n;
            const PointXY p{a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)};
            if (geo.isLand(p)) {
                current.push_back(p);
            } else if (current.size() >= 2) {
                runs.push_back(std::move(current));
                current.clear();
            } else {
                current.clear();
            }
        }
    }
    if (geo.isLand(line.back()))
        current.push_back(line.back());
    if (current.size() >= 2)
        runs.push_back(std::move(current));
    return runs;
}

Result<LineString> projectLine(std::initializer_list<std::pair<double, double>> lonLat, int epsg)
{
    LineString line;
    for (const auto &[lon, lat] : lonLat) {
        auto p = project(lon, lat, epsg);
        if (!p)
            return p.error();
        line.push_back(*p);
    }
    return line;
}

} // namespace

bool Geography::isLand(PointXY p) const
{
    if (!contains(outline, p))
        return false;
    for (const BaseFeature &w : water)
        if (contains(w.polygons, p))
            return false;
    return true;
}

int Geography::districtAt(PointXY p) const
{
    for (size_t i = 0; i < districts.size(); ++i)
        if (contains(districts[i].geometry, p))
            return static_cast<int>(i);
    return -1;
}

Result<PointXY> project(double lon, double lat, int epsg)
{
    static thread_local std::optional<CoordinateTransform> transform;
    if (!transform || transform->targetEpsg() != epsg) {
        auto t = CoordinateTransform::create(4326, epsg);
        if (!t)
            return t.error();
        transform.emplace(std::move(*t));
    }
    return transform->transform(PointXY{lon, lat});
}

Result<Geography> buildGeography(int epsg, Random &random)
{
    QFile file(QStringLiteral(":/demo/municipality.geojson"));
    if (!file.open(QIODevice::ReadOnly))
        return Error{Tr::tr("The demo municipality outline is missing from the program.")};
    auto features = io::readVectorData(file.readAll(), QStringLiteral("municipality.geojson"), epsg);
    if (!features)
        return features.error();
    if (features->empty() || features->front().polygons.empty())
        return Error{Tr::tr("The demo municipality outline has no polygon.")};

    Geography geo;
    geo.outline = features->front().polygons;
    for (const PlaceSpec &place : kPlaces) {
        auto centre = project(place.lon, place.lat, epsg);
        if (!centre)
            return centre.error();
        geo.seeds.push_back({QString::fromUtf8(place.name), *centre, place.population, place.urban});
    }

    // Districts: each seed's Voronoi cell (the points nearer to it than to any other seed), cut
    // out of the outline. The cell starts as a box around the municipality and is clipped by one
    // bisector per other seed; convex clipping is exact, the cut with the outline goes to GEOS.
    const Extent bounds = extentOf(geo.outline).buffered(5000.0);
    const LinearRing box{{bounds.minX, bounds.minY},
                         {bounds.maxX, bounds.minY},
                         {bounds.maxX, bounds.maxY},
                         {bounds.minX, bounds.maxY},
                         {bounds.minX, bounds.minY}};
    for (const DistrictSeed &seed : geo.seeds) {
        LinearRing cell = box;
        for (const DistrictSeed &other : geo.seeds)
            if (&other != &seed && cell.size() >= 4)
                cell = clipHalfPlane(cell, seed.centre, other.centre);
        auto part = io::intersection({Polygon{{cell}}}, geo.outline);
        if (!part)
            return part.error();
        Area district;
        district.name = seed.name;
        district.kind = QStringLiteral("district");
        district.population = seed.population;
        district.geometry = std::move(*part);
        geo.districts.push_back(std::move(district));
    }

    // Water: Södertälje canal through the town, and two lakes.
    auto canal = projectLine({{17.6290, 59.2160},
                              {17.6300, 59.2050},
                              {17.6285, 59.1985},
                              {17.6300, 59.1900},
                              {17.6340, 59.1800},
                              {17.6380, 59.1680},
                              {17.6420, 59.1560}},
                             epsg);
    auto masnaren = project(17.5750, 59.1380, epsg);
    auto uttran = project(17.6950, 59.1700, epsg);
    if (!canal || !masnaren || !uttran)
        return Error{Tr::tr("Could not place the demo water bodies.")};
    geo.water.push_back({0, {}, {band(*canal, 45.0)}, QStringLiteral("Södertälje kanal"), QStringLiteral("canal")});
    geo.water.push_back(
        {0, {}, {ellipse(*masnaren, 900, 380, 0.5, random)}, QStringLiteral("Måsnaren"), QStringLiteral("lake")});
    geo.water.push_back(
        {0, {}, {ellipse(*uttran, 700, 300, -0.3, random)}, QStringLiteral("Uttran"), QStringLiteral("lake")});

    // Main roads follow the real corridors roughly; streets are a grid around each town centre.
    const std::vector<std::pair<QString, std::vector<std::pair<double, double>>>> mainRoads = {
        {QStringLiteral("E4/E20"),
         {{17.745, 59.215},
          {17.700, 59.205},
          {17.660, 59.196},
          {17.635, 59.182},
          {17.605, 59.160},
          {17.585, 59.125},
          {17.570, 59.095},
          {17.552, 59.050},
          {17.540, 59.020},
          {17.500, 58.975},
          {17.450, 58.930}}},
        {QStringLiteral("Enhörnaleden"), {{17.615, 59.203}, {17.560, 59.228}, {17.520, 59.246}, {17.486, 59.263}}},
        {QStringLiteral("Mörkövägen"), {{17.567, 59.093}, {17.600, 59.050}, {17.640, 59.005}, {17.670, 58.970}}},
        {QStringLiteral("Nyköpingsvägen"), {{17.640, 59.190}, {17.656, 59.160}, {17.662, 59.120}}},
        {QStringLiteral("Ronnavägen"), {{17.626, 59.196}, {17.605, 59.203}, {17.584, 59.200}, {17.589, 59.179}}},
    };
    for (const auto &[name, coords] : mainRoads) {
        LineString line;
        for (const auto &[lon, lat] : coords) {
            auto p = project(lon, lat, epsg);
            if (!p)
                return p.error();
            line.push_back(*p);
        }
        MultiLineString runs = clipToLand(geo, line, 50.0);
        if (!runs.empty())
            geo.roads.push_back({0, std::move(runs), {}, name, QStringLiteral("main")});
    }
    for (const DistrictSeed &seed : geo.seeds) {
        const double radius = seed.urban ? (seed.population > 12000 ? 1500.0 : 1100.0) : 600.0;
        const double spacing = seed.urban ? 220.0 : 300.0;
        const double angle = random.uniform(-0.4, 0.4);
        const double c = std::cos(angle);
        const double s = std::sin(angle);
        MultiLineString streets;
        for (int dir = 0; dir < 2; ++dir) {
            for (double offset = -radius; offset <= radius; offset += spacing) {
                const double half = std::sqrt(std::max(0.0, radius * radius - offset * offset));
                if (half < spacing)
                    continue;
                const PointXY a = dir == 0 ? PointXY{-half, offset} : PointXY{offset, -half};
                const PointXY b = dir == 0 ? PointXY{half, offset} : PointXY{offset, half};
                const auto place = [&](PointXY p) {
                    return PointXY{seed.centre.x + p.x * c - p.y * s, seed.centre.y + p.x * s + p.y * c};
                };
                for (LineString &run : clipToLand(geo, {place(a), place(b)}, 40.0))
                    streets.push_back(std::move(run));
            }
        }
        if (!streets.empty())
            geo.roads.push_back({0, std::move(streets), {}, seed.name, QStringLiteral("street")});
    }
    return geo;
}

} // namespace lb::demo
