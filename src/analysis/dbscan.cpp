#include "analysis/dbscan.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace lb::analysis {

namespace {

// Points bucketed by radius-sized cells; a hash map keeps sparse, far-flung pins cheap.
class BucketGrid {
public:
    BucketGrid(std::span<const PointXY> points, double cell)
        : m_points(points)
        , m_cell(cell)
    {
        for (std::size_t i = 0; i < points.size(); ++i)
            m_buckets[key(cellX(points[i].x), cellY(points[i].y))].push_back(static_cast<std::uint32_t>(i));
    }

    // All points within `radius` of point i, i included.
    void within(std::size_t i, double radius, std::vector<std::uint32_t> &out) const
    {
        out.clear();
        const PointXY p = m_points[i];
        const long long cx = cellX(p.x), cy = cellY(p.y);
        // Relative slack so a distance equal to the radius counts despite rounding.
        const double r2 = radius * radius * (1.0 + 1e-12);
        for (long long dy = -1; dy <= 1; ++dy)
            for (long long dx = -1; dx <= 1; ++dx) {
                const auto it = m_buckets.find(key(cx + dx, cy + dy));
                if (it == m_buckets.end())
                    continue;
                for (std::uint32_t j : it->second) {
                    const double ddx = m_points[j].x - p.x, ddy = m_points[j].y - p.y;
                    if (ddx * ddx + ddy * ddy <= r2)
                        out.push_back(j);
                }
            }
    }

private:
    long long cellX(double x) const { return static_cast<long long>(std::floor(x / m_cell)); }
    long long cellY(double y) const { return static_cast<long long>(std::floor(y / m_cell)); }
    // Bucket coordinates stay far below 2³¹, so packing them into one integer is collision-free:
    // no bucket is visited twice and no point counted twice.
    static long long key(long long x, long long y) { return (x << 32) ^ (y & 0xffffffffLL); }

    std::span<const PointXY> m_points;
    double m_cell;
    std::unordered_map<long long, std::vector<std::uint32_t>> m_buckets;
};

} // namespace

DbscanResult dbscan(std::span<const PointXY> points, const DbscanParameters &par, Feedback &feedback)
{
    DbscanResult r;
    const std::size_t n = points.size();
    r.label.assign(n, -1);
    r.core.assign(n, 0);
    if (n == 0 || !(par.radius > 0.0))
        return r;
    const BucketGrid grid(points, par.radius);
    const std::size_t minPoints = std::max<std::size_t>(1, par.minPoints);
    std::vector<std::uint8_t> visited(n, 0);
    std::vector<std::uint32_t> neighbours, frontier;
    for (std::size_t i = 0; i < n; ++i) {
        if (visited[i])
            continue;
        if ((i & 0x3ff) == 0) {
            if (feedback.isCanceled()) {
                r.canceled = true;
                return r;
            }
            feedback.setProgress(100.0 * static_cast<double>(i) / static_cast<double>(n));
        }
        visited[i] = 1;
        grid.within(i, par.radius, neighbours);
        if (neighbours.size() < minPoints)
            continue; // noise for now; a later cluster may still claim it as a border point
        const int cluster = r.clusterCount++;
        r.core[i] = 1;
        r.label[i] = cluster;
        frontier.assign(neighbours.begin(), neighbours.end());
        while (!frontier.empty()) {
            const std::uint32_t j = frontier.back();
            frontier.pop_back();
            if (r.label[j] < 0)
                r.label[j] = cluster;
            if (visited[j])
                continue;
            visited[j] = 1;
            grid.within(j, par.radius, neighbours);
            if (neighbours.size() >= minPoints) {
                r.core[j] = 1;
                for (std::uint32_t k : neighbours)
                    if (!visited[k] || r.label[k] < 0)
                        frontier.push_back(k);
            }
        }
    }
    r.noise = static_cast<std::size_t>(std::count(r.label.begin(), r.label.end(), -1));
    return r;
}

} // namespace lb::analysis
