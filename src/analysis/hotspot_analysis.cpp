#include "analysis/hotspot_analysis.h"

#include "analysis/global_moran.h"
#include "analysis/spatial_weights.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace lb::analysis {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::analysis::HotspotAnalysis)
};

constexpr double kMaxAutoCells = 250'000;
constexpr int kAutocorrelationSteps = 10;
constexpr double kSignificantZ = 1.96;

QString metres(double m)
{
    return QLocale().toString(m, 'f', m < 10 ? 1 : 0);
}

struct Binned {
    CellGrid grid;
    std::vector<double> counts;
    std::vector<std::uint8_t> included;
    std::size_t includedCount = 0;
    bool hasVariance = false;
};

Binned bin(const Extent &extent, const HotspotParameters &par, double cellSize, std::span<const PointXY> pts,
           std::span<const double> weights)
{
    Binned b;
    b.grid = CellGrid::covering(extent, par.shape, cellSize);
    if (!b.grid.isValid())
        return b;
    b.counts = b.grid.count(pts, weights);
    b.included.assign(b.grid.cellCount(), 0);
    double first = -1.0;
    for (std::size_t c = 0; c < b.counts.size(); ++c) {
        const bool in = par.studyArea ? contains(*par.studyArea, b.grid.center(c)) : b.counts[c] > 0.0;
        if (!in)
            continue;
        b.included[c] = 1;
        ++b.includedCount;
        if (first < 0.0)
            first = b.counts[c];
        else if (b.counts[c] != first)
            b.hasVariance = true;
    }
    return b;
}

std::vector<PointXY> includedCentres(const Binned &b, std::vector<std::size_t> *cells = nullptr)
{
    std::vector<PointXY> centres;
    for (std::size_t c = 0; c < b.included.size(); ++c)
        if (b.included[c]) {
            centres.push_back(b.grid.center(c));
            if (cells)
                cells->push_back(c);
        }
    return centres;
}

double percentile(std::vector<double> v, double q)
{
    v.erase(std::remove_if(v.begin(), v.end(), [](double x) { return !std::isfinite(x); }), v.end());
    if (v.empty())
        return 0.0;
    const std::size_t k = std::min(v.size() - 1, static_cast<std::size_t>(q * static_cast<double>(v.size() - 1) + 0.5));
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(k), v.end());
    return v[k];
}
} // namespace

double niceCeil(double x)
{
    if (!(x > 0.0))
        return 0.0;
    const double p = std::pow(10.0, std::floor(std::log10(x)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * p >= x * (1 - 1e-9))
            return m * p;
    return 10.0 * p;
}

Result<HotspotResult> hotspotAnalysis(const HotspotInput &input, const HotspotParameters &par, Feedback &feedback)
{
    HotspotResult r;
    if (!input.precision.empty() && input.precision.size() != input.points.size())
        return Error{Tr::tr("There are %1 precision values for %2 points.")
                         .arg(input.precision.size())
                         .arg(input.points.size())};
    if (!input.weights.empty() && input.weights.size() != input.points.size())
        return Error{Tr::tr("There are %1 weights for %2 points.").arg(input.weights.size()).arg(input.points.size())};

    // Centroid-level positions pile up on one spot per district and would make fake hot spots.
    std::vector<PointXY> pts;
    std::vector<double> weights;
    for (std::size_t i = 0; i < input.points.size(); ++i) {
        if (!input.precision.empty() && isCentrePlaced(input.precision[i])) {
            ++r.centroidEventsLeftOut;
            continue;
        }
        if (!std::isfinite(input.points[i].x) || !std::isfinite(input.points[i].y))
            continue;
        pts.push_back(input.points[i]);
        if (!input.weights.empty())
            weights.push_back(input.weights[i]);
    }
    r.eventsUsed = pts.size();
    if (r.centroidEventsLeftOut > 0)
        r.warnings << Tr::tr("%L1 of %L2 events only have the centre of an area or of the municipality as position; "
                             "they were left out because they would form false hot spots.")
                          .arg(r.centroidEventsLeftOut)
                          .arg(input.points.size());
    if (pts.size() < par.minimumEvents)
        return Error{Tr::tr("Too few events for a hot spot analysis: %L1 with a usable position, at least %L2 are "
                            "needed. Choose a longer period, more categories or a larger area.")
                         .arg(pts.size())
                         .arg(par.minimumEvents)};

    const std::vector<double> nn = nearestNeighbourDistances(pts);
    if (std::none_of(nn.begin(), nn.end(), [](double d) { return std::isfinite(d); }))
        return Error{Tr::tr("All events are at the same place, so there is no pattern to analyse.")};
    const Extent extent = par.studyArea ? extentOf(*par.studyArea) : extentOf(pts);
    if (extent.isEmpty())
        return Error{Tr::tr("The study area is empty.")};

    // Cell size.
    double cell = par.cellSize;
    if (cell <= 0.0) {
        double sum = 0.0;
        std::size_t n = 0;
        for (double d : nn)
            if (std::isfinite(d)) {
                sum += d;
                ++n;
            }
        const double meanNN = sum / static_cast<double>(n);
        const double floorSize = std::sqrt(std::max(extent.width() * extent.height(), 1.0) / kMaxAutoCells);
        cell = niceCeil(std::max(meanNN, floorSize));
        r.cellSizeChosen = true;
        r.explanation << (meanNN >= floorSize
                              ? Tr::tr("Cells of %1 m: events lie on average %2 m from their nearest neighbour "
                                       "at another place, rounded up.")
                                    .arg(metres(cell), metres(meanNN))
                              : Tr::tr("Cells of %1 m: the smallest size that keeps the grid below %L2 cells "
                                       "(events lie on average %3 m from their nearest neighbour).")
                                    .arg(metres(cell))
                                    .arg(kMaxAutoCells, 0, 'f', 0)
                                    .arg(metres(meanNN)));
    } else {
        r.explanation << Tr::tr("Cells of %1 m, as chosen.").arg(metres(cell));
    }
    const auto noGrid = [&] {
        return Error{Tr::tr("Cells of %1 m give no usable grid over an area of %2 × %3 km; check the events for "
                            "positions far away from the others, or choose other cells.")
                         .arg(cell, 0, 'g', 6)
                         .arg(extent.width() / 1000.0, 0, 'g', 6)
                         .arg(extent.height() / 1000.0, 0, 'g', 6)};
    };
    Binned b = bin(extent, par, cell, pts, weights);
    if (!b.grid.isValid())
        return noGrid();
    // Cells so small that every occupied cell holds the same count carry no pattern: grow them.
    for (int attempt = 0; r.cellSizeChosen && !b.hasVariance && attempt < 4; ++attempt) {
        cell *= 2.0;
        b = bin(extent, par, cell, pts, weights);
        if (!b.grid.isValid())
            return noGrid();
        r.explanation << Tr::tr("Every occupied cell held the same number of events, so the cells were doubled "
                                "to %1 m.")
                             .arg(metres(cell));
    }
    if (feedback.isCanceled()) {
        r.canceled = true;
        return r;
    }
    if (b.grid.cellCount() > 50'000'000)
        return Error{Tr::tr("Cells of %1 m would make a grid of %L2 million cells; choose larger cells.")
                         .arg(metres(cell))
                         .arg(b.grid.cellCount() / 1'000'000)};
    if (!b.hasVariance)
        return Error{Tr::tr("Every cell taking part has the same number of events, so no cell stands out: no "
                            "hot or cold spots can be found. Try larger cells.")};
    r.cellSize = cell;
    r.explanation
        << (par.studyArea
                ? Tr::tr("%L1 cells inside the study area take part, with or without events.").arg(b.includedCount)
                : Tr::tr("%L1 cells with at least one event take part (no study area was "
                         "given, so empty cells are treated as places where events cannot "
                         "happen).")
                      .arg(b.includedCount));

    GiStarParameters gp;
    gp.fdrCorrection = par.fdrCorrection;
    gp.threads = par.threads;
    Result<GiStarResult> gi = Error{};
    if (par.neighbourhood == Neighbourhood::KNearest) {
        std::vector<std::size_t> cells;
        const std::vector<PointXY> centres = includedCentres(b, &cells);
        std::vector<double> values(cells.size());
        for (std::size_t i = 0; i < cells.size(); ++i)
            values[i] = b.counts[cells[i]];
        auto compact = giStar(values, kNearestNeighbours(centres, par.k), gp, feedback);
        if (!compact)
            return compact.error();
        // Spread the per-feature results back onto the grid.
        GiStarResult g = std::move(*compact);
        GiStarResult full = g;
        full.z.assign(b.grid.cellCount(), std::numeric_limits<double>::quiet_NaN());
        full.p = full.z;
        full.bin.assign(b.grid.cellCount(), 0);
        full.neighbours.assign(b.grid.cellCount(), 0);
        for (std::size_t i = 0; i < cells.size(); ++i) {
            full.z[cells[i]] = g.z[i];
            full.p[cells[i]] = g.p[i];
            full.bin[cells[i]] = g.bin[i];
            full.neighbours[cells[i]] = g.neighbours[i];
        }
        gi = std::move(full);
        r.explanation << Tr::tr("Each cell is compared with its %1 nearest cells taking part.").arg(par.k);
    } else {
        std::vector<NeighbourRun> runs[2];
        if (par.neighbourhood == Neighbourhood::Contiguity) {
            runs[0] = b.grid.contiguityRuns(0);
            runs[1] = b.grid.contiguityRuns(1);
            r.explanation << Tr::tr("Each cell is compared with the cells that touch it.");
        } else {
            double band = par.distanceBand;
            if (band <= 0.0) {
                feedback.setProgress(10.0, Tr::tr("Looking for the distance at which events cluster most"));
                double start = cell;
                if (!par.studyArea)
                    start = std::max(cell, percentile(nearestNeighbourDistances(includedCentres(b)), 0.95));
                int peak = -1;
                for (int k = 0; k < kAutocorrelationSteps; ++k) {
                    const double d = start + k * cell;
                    std::vector<NeighbourRun> step[2] = {b.grid.runsWithin(d, 0), b.grid.runsWithin(d, 1)};
                    const GlobalMoran m = globalMoranOnGrid(b.grid, b.counts, b.included, step, feedback, par.threads);
                    if (feedback.isCanceled()) {
                        r.canceled = true;
                        return r;
                    }
                    r.autocorrelation.push_back({d, m.i, m.valid ? m.z : 0.0});
                }
                for (int k = 1; k + 1 < kAutocorrelationSteps && peak < 0; ++k) {
                    const auto &a = r.autocorrelation;
                    if (a[k].z > a[k - 1].z && a[k].z >= a[k + 1].z && a[k].z > kSignificantZ)
                        peak = k;
                }
                if (peak >= 0) {
                    band = r.autocorrelation[static_cast<std::size_t>(peak)].distance;
                    r.explanation << Tr::tr("Distance band %1 m: clustering (global Moran's I) was measured at 10 "
                                            "distances from %2 to %3 m and first peaks at %1 m (z = %L4), the scale "
                                            "at which events cluster most.")
                                         .arg(metres(band), metres(start), metres(r.autocorrelation.back().distance))
                                         .arg(r.autocorrelation[static_cast<std::size_t>(peak)].z, 0, 'f', 2);
                } else {
                    const std::vector<PointXY> centres = includedCentres(b);
                    const int k =
                        std::clamp(static_cast<int>(std::lround(0.05 * static_cast<double>(centres.size()))), 3, 30);
                    const std::vector<double> kth =
                        kthNeighbourDistances(centres, std::min<int>(k, static_cast<int>(centres.size()) - 1));
                    double sum = 0.0;
                    std::size_t n = 0;
                    for (double d : kth)
                        if (std::isfinite(d)) {
                            sum += d;
                            ++n;
                        }
                    band = std::max(cell, n ? sum / static_cast<double>(n) : cell * 3);
                    r.explanation << Tr::tr("Distance band %1 m: clustering (global Moran's I) showed no clear "
                                            "peak between %2 and %3 m, so the band is the average distance at "
                                            "which a cell has %4 neighbouring cells.")
                                         .arg(metres(band), metres(start), metres(r.autocorrelation.back().distance))
                                         .arg(k);
                }
                r.distanceBandChosen = true;
            } else {
                r.explanation << Tr::tr("Distance band %1 m, as chosen.").arg(metres(band));
            }
            r.distanceBand = band;
            runs[0] = b.grid.runsWithin(band, 0);
            runs[1] = b.grid.runsWithin(band, 1);
        }
        feedback.setProgress(60.0, Tr::tr("Computing Gi*"));
        gi = giStarOnGrid(b.grid, b.counts, b.included, runs, gp, feedback);
    }
    if (!gi)
        return gi.error();
    r.gi = std::move(*gi);
    r.canceled = r.gi.canceled;
    r.grid = b.grid;
    r.counts = std::move(b.counts);
    r.included = std::move(b.included);

    if (r.gi.withoutNeighbours > 0)
        r.warnings << Tr::tr("%L1 cells have no neighbour within the distance band; they get no result (shown as "
                             "not tested). A larger distance band would include them.")
                          .arg(r.gi.withoutNeighbours);
    std::vector<double> counts;
    for (std::size_t c = 0; c < r.included.size(); ++c)
        if (r.included[c])
            counts.push_back(r.gi.neighbours[c]);
    if (percentile(counts, 0.5) < 8)
        r.warnings << Tr::tr("Half of the cells have fewer than 8 neighbours; results rest on little data. A larger "
                             "distance band or larger cells give steadier results.");
    const std::size_t hot = r.gi.hot[0] + r.gi.hot[1] + r.gi.hot[2];
    const std::size_t cold = r.gi.cold[0] + r.gi.cold[1] + r.gi.cold[2];
    r.explanation << (r.gi.fdrCorrection
                          ? Tr::tr("%L1 hot spot cells and %L2 cold spot cells at 90 % confidence or more, after "
                                   "correcting for testing many cells at once (false discovery rate).")
                          : Tr::tr("%L1 hot spot cells and %L2 cold spot cells at 90 % confidence or more, without "
                                   "correction for testing many cells at once: expect about one in ten cells to "
                                   "be marked by chance."))
                         .arg(hot)
                         .arg(cold);
    r.explanation << Tr::tr("A hot spot is a place where high counts cluster more than chance would explain; it "
                            "says where, not why. Cells that are not significant are not proven safe: there may "
                            "be too few events to tell.");
    return r;
}

} // namespace lb::analysis
