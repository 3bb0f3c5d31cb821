#include "analysis/spatial_weights.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <unordered_map>
#include <utility>

namespace lb::analysis {

namespace {

// A uniform bucket grid over the points, for neighbour searches in expanding rings.
class PointIndex {
public:
    PointIndex(std::span<const PointXY> points, double bucket)
        : m_points(points)
    {
        m_extent = extentOf(points);
        m_bucket = bucket > 0.0 ? bucket : 1.0;
        m_cols = std::max(1, static_cast<int>(std::min(4096.0, std::floor(m_extent.width() / m_bucket) + 1)));
        m_rows = std::max(1, static_cast<int>(std::min(4096.0, std::floor(m_extent.height() / m_bucket) + 1)));
        m_bucket =
            std::max({m_bucket, m_extent.width() / m_cols * (1 + 1e-12), m_extent.height() / m_rows * (1 + 1e-12)});
        m_start.assign(static_cast<std::size_t>(m_cols) * m_rows + 1, 0);
        for (const PointXY &p : points)
            ++m_start[bucketOf(p) + 1];
        for (std::size_t b = 1; b < m_start.size(); ++b)
            m_start[b] += m_start[b - 1];
        m_items.resize(points.size());
        std::vector<std::size_t> fill(m_start.begin(), m_start.end() - 1);
        for (std::size_t i = 0; i < points.size(); ++i)
            m_items[fill[bucketOf(points[i])]++] = static_cast<std::uint32_t>(i);
    }

    double bucketSize() const { return m_bucket; }
    int maxRing() const { return std::max(m_cols, m_rows); }

    // Calls visit(j) for every point in the buckets at Chebyshev ring distance `ring` from p's bucket.
    template <typename Visit> void visitRing(PointXY p, int ring, Visit visit) const
    {
        const int bc = col(p.x), br = row(p.y);
        for (int r = br - ring; r <= br + ring; ++r) {
            if (r < 0 || r >= m_rows)
                continue;
            const bool edgeRow = r == br - ring || r == br + ring;
            for (int c = bc - ring; c <= bc + ring; c += (edgeRow || ring == 0) ? 1 : 2 * ring) {
                if (c < 0 || c >= m_cols)
                    continue;
                const std::size_t b = static_cast<std::size_t>(r) * m_cols + c;
                for (std::size_t k = m_start[b]; k < m_start[b + 1]; ++k)
                    visit(m_items[k]);
            }
        }
    }

private:
    int col(double x) const { return std::clamp(static_cast<int>((x - m_extent.minX) / m_bucket), 0, m_cols - 1); }
    int row(double y) const { return std::clamp(static_cast<int>((y - m_extent.minY) / m_bucket), 0, m_rows - 1); }
    std::size_t bucketOf(PointXY p) const { return static_cast<std::size_t>(row(p.y)) * m_cols + col(p.x); }

    std::span<const PointXY> m_points;
    Extent m_extent;
    double m_bucket = 1.0;
    int m_cols = 1, m_rows = 1;
    std::vector<std::size_t> m_start;
    std::vector<std::uint32_t> m_items;
};

double dist2(PointXY a, PointXY b)
{
    return (a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y);
}

double typicalSpacing(std::span<const PointXY> points)
{
    const Extent e = extentOf(points);
    const double area = std::max(e.width() * e.height(), 1.0);
    return std::sqrt(area / std::max<double>(1.0, static_cast<double>(points.size())));
}

// The k nearest points to point i (excluding i and, when skipCoincident, points at i's location),
// as (squared distance, index) sorted ascending.
std::vector<std::pair<double, std::uint32_t>> nearest(const PointIndex &index, std::span<const PointXY> pts,
                                                      std::size_t i, int k, bool skipCoincident)
{
    std::vector<std::pair<double, std::uint32_t>> best;
    for (int ring = 0; ring <= index.maxRing(); ++ring) {
        index.visitRing(pts[i], ring, [&](std::uint32_t j) {
            if (j == i)
                return;
            const double d2 = dist2(pts[i], pts[j]);
            if (skipCoincident && d2 == 0.0)
                return;
            best.emplace_back(d2, j);
        });
        if (static_cast<int>(best.size()) >= k) {
            std::partial_sort(best.begin(), best.begin() + k, best.end());
            best.resize(static_cast<std::size_t>(k));
            // Points in later rings are at least ring · bucket away.
            const double reach = ring * index.bucketSize();
            if (best.back().first <= reach * reach)
                break;
        }
    }
    std::sort(best.begin(), best.end());
    if (static_cast<int>(best.size()) > k)
        best.resize(static_cast<std::size_t>(k));
    return best;
}

} // namespace

NeighbourList distanceBandNeighbours(std::span<const PointXY> centres, double distance)
{
    NeighbourList list;
    if (centres.empty())
        return list;
    const PointIndex index(centres, std::max(distance, typicalSpacing(centres)));
    const int rings = static_cast<int>(std::ceil(distance / index.bucketSize()));
    const double d2max = distance * distance * (1 + 1e-12);
    for (std::size_t i = 0; i < centres.size(); ++i) {
        const std::size_t first = list.index.size();
        for (int ring = 0; ring <= rings; ++ring)
            index.visitRing(centres[i], ring, [&](std::uint32_t j) {
                if (j != i && dist2(centres[i], centres[j]) <= d2max)
                    list.index.push_back(j);
            });
        std::sort(list.index.begin() + static_cast<std::ptrdiff_t>(first), list.index.end());
        list.start.push_back(list.index.size());
    }
    return list;
}

NeighbourList kNearestNeighbours(std::span<const PointXY> centres, int k)
{
    NeighbourList list;
    if (centres.empty() || k <= 0)
        return list;
    const PointIndex index(centres, typicalSpacing(centres));
    for (std::size_t i = 0; i < centres.size(); ++i) {
        for (const auto &[d2, j] : nearest(index, centres, i, k, false))
            list.index.push_back(j);
        list.start.push_back(list.index.size());
    }
    return list;
}

NeighbourList contiguityNeighbours(std::span<const MultiPolygon> polygons, double tolerance)
{
    // Vertices are snapped to a lattice of the tolerance; neighbouring lattice keys are checked
    // too so two vertices just either side of a lattice line still meet.
    const double q = tolerance > 0.0 ? tolerance : 1e-6;
    auto key = [q](double x, double y) {
        return std::pair<long long, long long>{std::llround(x / q), std::llround(y / q)};
    };
    std::map<std::pair<long long, long long>, std::vector<std::uint32_t>> owners;
    for (std::size_t i = 0; i < polygons.size(); ++i)
        for (const Polygon &poly : polygons[i])
            for (const LinearRing &ring : poly.rings)
                for (const PointXY &p : ring) {
                    auto &v = owners[key(p.x, p.y)];
                    if (v.empty() || v.back() != i)
                        v.push_back(static_cast<std::uint32_t>(i));
                }
    std::vector<std::vector<std::uint32_t>> adj(polygons.size());
    for (const auto &[k, v] : owners)
        for (long long dx = -1; dx <= 1; ++dx)
            for (long long dy = -1; dy <= 1; ++dy) {
                const auto it = owners.find({k.first + dx, k.second + dy});
                if (it == owners.end())
                    continue;
                for (std::uint32_t a : v)
                    for (std::uint32_t b : it->second)
                        if (a != b)
                            adj[a].push_back(b);
            }
    NeighbourList list;
    for (auto &v : adj) {
        std::sort(v.begin(), v.end());
        v.erase(std::unique(v.begin(), v.end()), v.end());
        list.index.insert(list.index.end(), v.begin(), v.end());
        list.start.push_back(list.index.size());
    }
    return list;
}

std::vector<double> nearestNeighbourDistances(std::span<const PointXY> points)
{
    return kthNeighbourDistances(points, 1);
}

std::vector<double> kthNeighbourDistances(std::span<const PointXY> points, int k)
{
    std::vector<double> out(points.size(), std::numeric_limits<double>::infinity());
    if (points.size() < 2 || k <= 0)
        return out;
    const PointIndex index(points, typicalSpacing(points));
    for (std::size_t i = 0; i < points.size(); ++i) {
        const auto best = nearest(index, points, i, k, k == 1);
        if (static_cast<int>(best.size()) == k)
            out[i] = std::sqrt(best.back().first);
    }
    return out;
}

PointXY centroid(const MultiPolygon &polygons)
{
    double a = 0.0, cx = 0.0, cy = 0.0;
    for (const Polygon &poly : polygons) {
        if (poly.rings.empty())
            continue;
        const LinearRing &r = poly.rings.front();
        for (std::size_t i = 0; i + 1 < r.size(); ++i) {
            const double cross = r[i].x * r[i + 1].y - r[i + 1].x * r[i].y;
            a += cross;
            cx += (r[i].x + r[i + 1].x) * cross;
            cy += (r[i].y + r[i + 1].y) * cross;
        }
    }
    if (a == 0.0)
        return extentOf(polygons).center();
    return {cx / (3.0 * a), cy / (3.0 * a)};
}

} // namespace lb::analysis
