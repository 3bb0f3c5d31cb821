#include "analysis/kernel_density.h"

#include "analysis/binned_kde.h"
#include "analysis/parallel.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace lb::analysis {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::analysis::KernelDensity)
};

constexpr double kSquareMetresPerKm2 = 1e6;
// Rows per work item. Small bands keep a band's coefficient rows in the L2 cache, which matters
// more than the cost of visiting each event in more bands.
constexpr int kBandRows = 16;
// Per cell: five polynomial coefficients and the coverage count, side by side so that one event's
// update touches one or two cache lines.
constexpr std::size_t kStride = 6;
constexpr std::size_t kMaxCells = 400'000'000;
// The automatic choice of the binned convolution: its estimated cost must be this many times
// below the direct sum's (the estimates are rough), and its bins must fit in this many cells.
constexpr double kBinnedAdvantage = 4.0;
constexpr double kDirectRowCost = 40.0; // a polynomial row update, in units of BinnedKde::cost
constexpr double kDirectCellCost = 4.0; // a cell of the direct (non-polynomial) sum
constexpr double kMaxBinCells = 1e8;

struct Event {
    double xu; // position in cell units from the grid's left edge
    double yu; // position in cell units down from the grid's top edge
    double w;  // weight × normalisation, in events per km²
};

// Kernels that are a polynomial in s = d²/r² inside the disc: k0 + k1·s + k2·s².
bool polynomialCoefficients(Kernel kernel, double &k0, double &k1, double &k2)
{
    switch (kernel) {
    case Kernel::Quartic:
        k0 = 1.0, k1 = -2.0, k2 = 1.0;
        return true;
    case Kernel::Epanechnikov:
        k0 = 1.0, k1 = -1.0, k2 = 0.0;
        return true;
    case Kernel::Uniform:
        k0 = 1.0, k1 = 0.0, k2 = 0.0;
        return true;
    case Kernel::Triangular:
    case Kernel::Gaussian:
        break;
    }
    return false;
}

// The constant that makes the kernel integrate to 1 over the disc (polar integration), per m².
double normalisation(Kernel kernel, double r, double sigmaFraction)
{
    const double pi = std::numbers::pi;
    switch (kernel) {
    case Kernel::Quartic:
    case Kernel::Triangular:
        return 3.0 / (pi * r * r);
    case Kernel::Epanechnikov:
        return 2.0 / (pi * r * r);
    case Kernel::Uniform:
        return 1.0 / (pi * r * r);
    case Kernel::Gaussian: {
        const double s = r * sigmaFraction;
        return 1.0 / (2.0 * pi * s * s * (1.0 - std::exp(-r * r / (2.0 * s * s))));
    }
    }
    return 0.0;
}

// Shape (without normalisation) at squared normalised distance s, 0 <= s <= 1.
double shape(Kernel kernel, double s, double sigmaFraction)
{
    switch (kernel) {
    case Kernel::Quartic:
        return (1.0 - s) * (1.0 - s);
    case Kernel::Triangular:
        return 1.0 - std::sqrt(s);
    case Kernel::Epanechnikov:
        return 1.0 - s;
    case Kernel::Uniform:
        return 1.0;
    case Kernel::Gaussian:
        return std::exp(-s / (2.0 * sigmaFraction * sigmaFraction));
    }
    return 0.0;
}

// Everything a band worker needs; read-only while the workers run.
struct Job {
    const RasterGrid *grid = nullptr;
    Kernel kernel = Kernel::Quartic;
    double sigmaFraction = 1.0 / 3.0;
    double ru = 0.0; // radius in cells
    int rc = 0;      // ceil(ru)
    int tile = 256;  // columns per polynomial anchor, a power of two
    int tileShift = 8;
    std::vector<Event> events;            // sorted by bucket
    std::vector<std::size_t> bucketStart; // bucket b holds events [bucketStart[b], bucketStart[b + 1])
    float *out = nullptr;
};

// Rows of the band [r0, r1) can only be reached by events whose row lies within rc of it.
template <typename Visit> void forEventsNearBand(const Job &job, int r0, int r1, Visit visit)
{
    const int nb = static_cast<int>(job.bucketStart.size()) - 1;
    const int b0 = std::clamp(r0, 0, nb); // bucket index = floor(yu) + rc + 1
    const int b1 = std::clamp(r1 + 2 * job.rc + 2, 0, nb);
    for (std::size_t e = job.bucketStart[static_cast<std::size_t>(b0)];
         e < job.bucketStart[static_cast<std::size_t>(b1)]; ++e)
        visit(job.events[e]);
}

// Quartic, Epanechnikov and uniform kernels are polynomials of degree <= 4 in the column index
// along one raster row, between the two columns where the row leaves the disc. Adding each
// event's five coefficients at its first column and subtracting them after its last, then
// running prefix sums, costs two updates per event and row instead of one per cell. The
// polynomial is anchored at the start of a short tile of columns to keep the powers small and
// the sums exact to double precision; a coverage count makes cells outside every disc exactly 0.
// floor() without SSE4.1 is a library call; this is two instructions for the ranges we use.
inline int floorInt(double x)
{
    const int i = static_cast<int>(x);
    return i - (x < i);
}
inline int ceilInt(double x)
{
    const int i = static_cast<int>(x);
    return i + (x > i);
}

void polynomialBand(const Job &job, int r0, int r1)
{
    const RasterGrid &g = *job.grid;
    const std::size_t cols = static_cast<std::size_t>(g.cols);
    const int w = job.tile;
    const int shift = job.tileShift;
    double k0 = 0, k1 = 0, k2 = 0;
    polynomialCoefficients(job.kernel, k0, k1, k2);
    const double ru2 = job.ru * job.ru, ru4 = ru2 * ru2;
    std::vector<double> coef(static_cast<std::size_t>(r1 - r0) * cols * kStride, 0.0);

    forEventsNearBand(job, r0, r1, [&](const Event &ev) {
        const int iLo = std::max(r0, ceilInt(ev.yu - 0.5 - job.ru));
        const int iHi = std::min(r1 - 1, floorInt(ev.yu - 0.5 + job.ru));
        if (iLo > iHi)
            return;
        const double gamma = ev.w * k2 / ru4;
        // Per tile the parts of the coefficients that do not depend on the row: the kernel centre
        // a in tile-local columns, the β-part (a², −2a, 1) and the γ-part of (j − a)⁴.
        struct Anchor {
            double a, a2, q0, q1, q2, q3;
        };
        auto anchor = [&](int t0) {
            const double a = ev.xu - 0.5 - t0, a2 = a * a;
            return Anchor{a, a2, gamma * a2 * a2, -4.0 * gamma * a2 * a, 6.0 * gamma * a2, -4.0 * gamma * a};
        };
        const int tFirst = std::max(0, floorInt(ev.xu - 0.5 - job.ru)) >> shift;
        const Anchor first = anchor(tFirst << shift);
        const Anchor second = anchor((tFirst + 1) << shift);
        for (int i = iLo; i <= iHi; ++i) {
            const double dy = i + 0.5 - ev.yu;
            const double h2 = ru2 - dy * dy;
            if (h2 < 0.0)
                continue;
            const double h = std::sqrt(h2);
            int c = std::max(0, ceilInt(ev.xu - 0.5 - h));
            const int cHi = std::min(g.cols - 1, floorInt(ev.xu - 0.5 + h));
            if (c > cHi)
                continue;
            const double e = dy * dy / ru2;
            const double alpha = ev.w * (k0 + k1 * e + k2 * e * e);
            const double beta = ev.w * (k1 + 2.0 * k2 * e) / ru2;
            const std::size_t rowBase = static_cast<std::size_t>(i - r0) * cols;
            while (c <= cHi) {
                const int t = c >> shift;
                const int t0 = t << shift;
                const int tEnd = std::min(t0 + w, g.cols);
                const int last = std::min(cHi, tEnd - 1);
                const Anchor &an = t == tFirst ? first : t == tFirst + 1 ? second : anchor(t0);
                const double ck[kStride] = {
                    alpha + beta * an.a2 + an.q0, -2.0 * beta * an.a + an.q1, beta + an.q2, an.q3, gamma, 1.0};
                double *at = &coef[(rowBase + static_cast<std::size_t>(c)) * kStride];
                for (std::size_t k = 0; k < kStride; ++k)
                    at[k] += ck[k];
                if (last + 1 < tEnd) {
                    double *after = &coef[(rowBase + static_cast<std::size_t>(last) + 1) * kStride];
                    for (std::size_t k = 0; k < kStride; ++k)
                        after[k] -= ck[k];
                }
                c = last + 1;
            }
        }
    });

    for (int i = r0; i < r1; ++i) {
        const std::size_t rowBase = static_cast<std::size_t>(i - r0) * cols;
        float *out = job.out + static_cast<std::size_t>(i) * cols;
        for (int t0 = 0; t0 < g.cols; t0 += w) {
            double s[kStride] = {0, 0, 0, 0, 0, 0};
            const int tEnd = std::min(t0 + w, g.cols);
            for (int c = t0; c < tEnd; ++c) {
                const double *d = &coef[(rowBase + static_cast<std::size_t>(c)) * kStride];
                for (std::size_t k = 0; k < kStride; ++k)
                    s[k] += d[k];
                const double j = c - t0;
                const double v = s[0] + j * (s[1] + j * (s[2] + j * (s[3] + j * s[4])));
                // The coverage count is a sum of ±1, exact in double: 0 means no disc reaches the
                // cell, whatever rounding left in the coefficients.
                out[c] = s[5] > 0.5 ? static_cast<float>(std::max(v, 0.0)) : 0.0f;
            }
        }
    }
}

// Triangular and Gaussian kernels are not polynomials: evaluate them cell by cell.
void directBand(const Job &job, int r0, int r1)
{
    const RasterGrid &g = *job.grid;
    const std::size_t cols = static_cast<std::size_t>(g.cols);
    const double ru2 = job.ru * job.ru;
    std::vector<double> acc(static_cast<std::size_t>(r1 - r0) * cols, 0.0);
    forEventsNearBand(job, r0, r1, [&](const Event &ev) {
        const int iLo = std::max(r0, ceilInt(ev.yu - 0.5 - job.ru));
        const int iHi = std::min(r1 - 1, floorInt(ev.yu - 0.5 + job.ru));
        for (int i = iLo; i <= iHi; ++i) {
            const double dy = i + 0.5 - ev.yu;
            const double h2 = ru2 - dy * dy;
            if (h2 < 0.0)
                continue;
            const double h = std::sqrt(h2);
            const int cLo = std::max(0, ceilInt(ev.xu - 0.5 - h));
            const int cHi = std::min(g.cols - 1, floorInt(ev.xu - 0.5 + h));
            double *row = &acc[static_cast<std::size_t>(i - r0) * cols];
            for (int c = cLo; c <= cHi; ++c) {
                const double dx = c + 0.5 - ev.xu;
                const double s = std::min(1.0, (dx * dx + dy * dy) / ru2);
                row[c] += ev.w * shape(job.kernel, s, job.sigmaFraction);
            }
        }
    });
    std::transform(acc.begin(), acc.end(), job.out + static_cast<std::size_t>(r0) * cols,
                   [](double v) { return static_cast<float>(v); });
}

// The exact sum costs per event a row update per raster row its disc covers (polynomial
// kernels) or a kernel evaluation per cell; the binned convolution costs per tile of the raster.
bool useBinned(const KdeParameters &p, const RasterGrid &g, double ru, std::size_t events, bool polynomial)
{
    const double binCells = (g.cols + 2.0 * ru) * (g.rows + 2.0 * ru);
    if (p.method == KdeMethod::Exact || binCells > kMaxBinCells || BinnedKde::tileSide(g.cols, g.rows, ru) == 0)
        return false;
    if (p.method == KdeMethod::Binned)
        return true;
    if (p.kernel == Kernel::Uniform || ru < kMinBinnedRadiusCells)
        return false;
    const double direct = polynomial ? double(events) * (2.0 * ru + 1.0) * kDirectRowCost
                                     : double(events) * std::numbers::pi * ru * ru * kDirectCellCost;
    return BinnedKde::cost(g.cols, g.rows, ru) * kBinnedAdvantage < direct;
}

} // namespace

QString toString(Kernel kernel)
{
    switch (kernel) {
    case Kernel::Quartic:
        return QStringLiteral("quartic");
    case Kernel::Triangular:
        return QStringLiteral("triangular");
    case Kernel::Epanechnikov:
        return QStringLiteral("epanechnikov");
    case Kernel::Gaussian:
        return QStringLiteral("gaussian");
    case Kernel::Uniform:
        return QStringLiteral("uniform");
    }
    return {};
}

std::optional<Kernel> kernelFromString(const QString &name)
{
    for (Kernel k : {Kernel::Quartic, Kernel::Triangular, Kernel::Epanechnikov, Kernel::Gaussian, Kernel::Uniform})
        if (name.compare(toString(k), Qt::CaseInsensitive) == 0)
            return k;
    if (name.compare(QLatin1String("biweight"), Qt::CaseInsensitive) == 0)
        return Kernel::Quartic;
    return std::nullopt;
}

double KdeResult::integral() const
{
    double sum = 0.0;
    for (float v : density)
        sum += v;
    return sum * grid.cellArea() / kSquareMetresPerKm2;
}

QString KdeResult::unit()
{
    return Tr::tr("events per km²");
}

double kernelValue(Kernel kernel, double distance, double radius, double gaussianSigmaFraction)
{
    if (!(radius > 0.0) || distance > radius || distance < 0.0)
        return 0.0;
    const double s = (distance * distance) / (radius * radius);
    return normalisation(kernel, radius, gaussianSigmaFraction) * kSquareMetresPerKm2 *
           shape(kernel, s, gaussianSigmaFraction);
}

std::vector<PointXY> pointsWithOwnPosition(std::span<const PointXY> points,
                                           std::span<const LocationPrecision> precision, std::int64_t *leftOut)
{
    std::vector<PointXY> kept;
    kept.reserve(points.size());
    for (size_t i = 0; i < points.size(); ++i) {
        if (precision.empty() || !isCentrePlaced(precision[i]))
            kept.push_back(points[i]);
    }
    if (leftOut)
        *leftOut = std::int64_t(points.size() - kept.size());
    return kept;
}

Result<KdeResult> kernelDensity(std::span<const PointXY> points, std::span<const double> weights,
                                const KdeParameters &parameters, Feedback &feedback)
{
    if (!(parameters.radius > 0.0) || !std::isfinite(parameters.radius))
        return Error{Tr::tr("The radius must be a positive number of metres.")};
    if (!weights.empty() && weights.size() != points.size())
        return Error{Tr::tr("There are %1 weights for %2 points.").arg(weights.size()).arg(points.size())};
    if (parameters.kernel == Kernel::Gaussian && !(parameters.gaussianSigmaFraction > 0.0))
        return Error{Tr::tr("The Gaussian kernel needs a positive σ.")};
    for (double w : weights)
        if (!std::isfinite(w) || w < 0.0)
            return Error{Tr::tr("Weights must be finite and not negative.")};

    KdeResult result;
    result.kernel = parameters.kernel;
    result.radius = parameters.radius;
    if (parameters.grid) {
        result.grid = *parameters.grid;
    } else {
        if (!(parameters.cellSize > 0.0))
            return Error{Tr::tr("The cell size must be a positive number of metres.")};
        if (points.empty())
            return Error{Tr::tr("There are no events to map.")};
        result.grid = RasterGrid::heatmapGrid(extentOf(points), parameters.radius, parameters.cellSize);
    }
    const RasterGrid &g = result.grid;
    if (!g.isValid())
        return Error{Tr::tr("The raster grid is empty.")};
    if (g.cellCount() > kMaxCells)
        return Error{Tr::tr("The raster would have %1 million cells; choose larger cells or a smaller area.")
                         .arg(g.cellCount() / 1'000'000)};

    Job job;
    job.grid = &g;
    job.kernel = parameters.kernel;
    job.sigmaFraction = parameters.gaussianSigmaFraction;
    job.ru = parameters.radius / g.cellSize;
    job.rc = static_cast<int>(std::ceil(job.ru));
    // Tiles at least four radii wide, so few rows of a disc straddle two tiles, and a power of two
    // so the tile of a column is a shift.
    while (job.tile < 4 * job.rc + 4) {
        job.tile *= 2;
        ++job.tileShift;
    }
    const double scale =
        normalisation(parameters.kernel, parameters.radius, parameters.gaussianSigmaFraction) * kSquareMetresPerKm2;

    double k0 = 0, k1 = 0, k2 = 0;
    const bool polynomial = polynomialCoefficients(parameters.kernel, k0, k1, k2);
    if (useBinned(parameters, g, job.ru, points.size(), polynomial)) {
        const Kernel kernel = parameters.kernel;
        const double sigmaFraction = parameters.gaussianSigmaFraction;
        BinnedKde binned(g.cols, g.rows, job.ru, [=](double s) { return scale * shape(kernel, s, sigmaFraction); });
        for (std::size_t i = 0; i < points.size(); ++i) {
            const double yu = (g.originY - points[i].y) / g.cellSize;
            const double xu = (points[i].x - g.originX) / g.cellSize;
            // The same events as the exact path counts (those that can reach the raster).
            if (!std::isfinite(xu) || !std::isfinite(yu) || xu < -job.ru - 1 || xu > g.cols + job.ru + 1 ||
                yu < -job.rc - 1 || yu >= g.rows + job.rc + 2)
                continue;
            const double w = weights.empty() ? 1.0 : weights[i];
            binned.add(xu, yu, w);
            ++result.eventCount;
            result.totalWeight += w;
        }
        result.density.assign(g.cellCount(), 0.0f);
        result.binned = true;
        feedback.setProgress(0.0, Tr::tr("Computing the kernel density"));
        if (!binned.run(result.density.data(), feedback, parameters.threads)) {
            result.canceled = true;
            return result;
        }
        result.maxDensity = *std::max_element(result.density.begin(), result.density.end());
        return result;
    }

    // Bucket the events by row (a counting sort) so each band of rows finds its events directly.
    const int buckets = g.rows + 2 * job.rc + 3;
    auto bucketOf = [&](double yu) {
        return static_cast<long long>(std::floor(yu)) + job.rc + 1;
    };
    std::vector<std::size_t> count(static_cast<std::size_t>(buckets) + 1, 0);
    for (std::size_t i = 0; i < points.size(); ++i) {
        const double yu = (g.originY - points[i].y) / g.cellSize;
        const double xu = (points[i].x - g.originX) / g.cellSize;
        if (!std::isfinite(xu) || !std::isfinite(yu) || xu < -job.ru - 1 || xu > g.cols + job.ru + 1)
            continue;
        const long long b = bucketOf(yu);
        if (b < 0 || b >= buckets)
            continue;
        ++count[static_cast<std::size_t>(b) + 1];
    }
    for (std::size_t b = 1; b < count.size(); ++b)
        count[b] += count[b - 1];
    job.bucketStart = count;
    job.events.resize(count.back());
    for (std::size_t i = 0; i < points.size(); ++i) {
        const double yu = (g.originY - points[i].y) / g.cellSize;
        const double xu = (points[i].x - g.originX) / g.cellSize;
        if (!std::isfinite(xu) || !std::isfinite(yu) || xu < -job.ru - 1 || xu > g.cols + job.ru + 1)
            continue;
        const long long b = bucketOf(yu);
        if (b < 0 || b >= buckets)
            continue;
        const double w = weights.empty() ? 1.0 : weights[i];
        job.events[count[static_cast<std::size_t>(b)]++] = {xu, yu, w * scale};
        ++result.eventCount;
        result.totalWeight += w;
    }

    // Within a row bucket, neighbouring events in x update neighbouring cells: keep them together.
    // Events at the same position (many incidents share an address, a stop or a square) spread
    // the same kernel: they become one event with the sum of their weights, which costs one
    // event's work instead of one per incident.
    std::size_t kept = 0;
    for (std::size_t b = 0; b + 1 < job.bucketStart.size(); ++b) {
        const auto first = job.events.begin() + static_cast<std::ptrdiff_t>(job.bucketStart[b]);
        const auto last = job.events.begin() + static_cast<std::ptrdiff_t>(job.bucketStart[b + 1]);
        std::sort(first, last,
                  [](const Event &a, const Event &b2) { return a.xu < b2.xu || (a.xu == b2.xu && a.yu < b2.yu); });
        job.bucketStart[b] = kept;
        for (auto e = first; e != last; ++e) {
            if (kept > job.bucketStart[b] && job.events[kept - 1].xu == e->xu && job.events[kept - 1].yu == e->yu)
                job.events[kept - 1].w += e->w;
            else
                job.events[kept++] = *e;
        }
    }
    job.bucketStart.back() = kept;
    job.events.resize(kept);

    result.density.assign(g.cellCount(), 0.0f);
    job.out = result.density.data();
    const std::size_t bands = (static_cast<std::size_t>(g.rows) + kBandRows - 1) / kBandRows;
    feedback.setProgress(0.0, Tr::tr("Computing the kernel density"));
    const bool finished = parallelChunks(
        bands, 1,
        [&](std::size_t b0, std::size_t b1) {
            for (std::size_t b = b0; b < b1; ++b) {
                const int r0 = static_cast<int>(b) * kBandRows;
                const int r1 = std::min(g.rows, r0 + kBandRows);
                polynomial ? polynomialBand(job, r0, r1) : directBand(job, r0, r1);
            }
        },
        feedback, parameters.threads);
    if (!finished) {
        result.canceled = true;
        return result;
    }
    result.maxDensity = result.density.empty() ? 0.0 : *std::max_element(result.density.begin(), result.density.end());
    return result;
}

} // namespace lb::analysis
