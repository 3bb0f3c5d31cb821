#include "analysis/binned_kde.h"

#include "analysis/parallel.h"
#include "analysis/square_fft.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace lb::analysis {

namespace {

// Tiles between these sides; a tile must leave some output after its margins of `reach` cells.
constexpr int kMinSide = 64;
constexpr int kMaxSide = 4096;

int validSide(int side, int reach)
{
    return side - 2 * reach;
}

double tileCost(int cols, int rows, int reach, int side)
{
    const int valid = validSide(side, reach);
    if (valid < side / 4)
        return std::numeric_limits<double>::infinity();
    const double tiles = std::ceil(double(cols) / valid) * std::ceil(double(rows) / valid);
    // Two tiles share one complex transform pair: a forward and an inverse 2-D FFT of side² log₂ side
    // butterflies each, about five operations a butterfly.
    return tiles / 2.0 * 2.0 * 5.0 * double(side) * double(side) * std::log2(double(side));
}

} // namespace

BinnedKde::BinnedKde(int cols, int rows, double ru, std::function<double(double)> shape)
    : m_cols(cols)
    , m_rows(rows)
    , m_ru(ru)
    , m_reach(static_cast<int>(std::floor(ru)))
    , m_side(tileSide(cols, rows, ru))
    , m_shape(std::move(shape))
{
    m_binCols = cols + 2LL * m_reach;
    m_binRows = rows + 2LL * m_reach;
    m_bins.assign(static_cast<std::size_t>(m_binCols * m_binRows), 0.0);
}

int BinnedKde::tileSide(int cols, int rows, double ru)
{
    const int reach = static_cast<int>(std::floor(ru));
    int best = 0;
    double bestCost = std::numeric_limits<double>::infinity();
    for (int side = kMinSide; side <= kMaxSide; side *= 2) {
        const double c = tileCost(cols, rows, reach, side);
        if (c < bestCost) {
            bestCost = c;
            best = side;
        }
    }
    return best;
}

double BinnedKde::cost(int cols, int rows, double ru)
{
    const int side = tileSide(cols, rows, ru);
    if (side == 0)
        return std::numeric_limits<double>::infinity();
    return tileCost(cols, rows, static_cast<int>(std::floor(ru)), side);
}

void BinnedKde::add(double xu, double yu, double weight)
{
    // Cell centres sit at half-integer cell units; bin index = centre index + margin.
    const double fx = xu - 0.5 + m_reach, fy = yu - 0.5 + m_reach;
    if (!(fx > -1.0 && fy > -1.0 && fx < double(m_binCols) && fy < double(m_binRows)))
        return; // no centre it would be binned to reaches the raster
    // fx, fy > −1: truncation toward zero plus one, minus one, is floor without a library call.
    const long long c0 = static_cast<long long>(fx + 1.0) - 1, r0 = static_cast<long long>(fy + 1.0) - 1;
    const double tx = fx - double(c0), ty = fy - double(r0);
    const double parts[4] = {(1 - tx) * (1 - ty) * weight, tx * (1 - ty) * weight, (1 - tx) * ty * weight,
                             tx * ty * weight};
    for (int k = 0; k < 4; ++k) {
        const long long c = c0 + (k & 1), r = r0 + (k >> 1);
        if (c >= 0 && r >= 0 && c < m_binCols && r < m_binRows)
            m_bins[static_cast<std::size_t>(r * m_binCols + c)] += parts[k];
    }
}

bool BinnedKde::run(float *out, Feedback &feedback, int threads) const
{
    if (m_side == 0)
        return false;
    const int side = m_side, reach = m_reach, valid = validSide(side, reach);
    const std::size_t n = static_cast<std::size_t>(side);
    const SquareFft fft(side);

    // The kernel at whole-cell offsets (i, j), wrapped around the tile, over side² so the
    // unscaled inverse comes back at scale 1; its spectrum multiplies every tile's.
    std::vector<ComplexValue> kernel(n * n);
    const double ru2 = m_ru * m_ru;
    double kernelMax = 0.0;
    for (int j = -reach; j <= reach; ++j)
        for (int i = -reach; i <= reach; ++i) {
            const double s = (double(i) * i + double(j) * j) / ru2;
            if (s > 1.0)
                continue;
            const double v = m_shape(s);
            kernelMax = std::max(kernelMax, std::abs(v));
            kernel[static_cast<std::size_t>((j + side) % side) * n + static_cast<std::size_t>((i + side) % side)].re =
                v / (double(side) * double(side));
        }
    fft.forward(kernel.data());

    // Tiles of valid × valid output cells that some binned weight reaches, two to a transform (the
    // kernel is real, so the real and imaginary parts convolve separately).
    const int tilesX = (m_cols + valid - 1) / valid, tilesY = (m_rows + valid - 1) / valid;
    std::vector<std::pair<int, int>> tiles;
    for (int ty = 0; ty < tilesY; ++ty)
        for (int tx = 0; tx < tilesX; ++tx) {
            bool any = false;
            for (int r = 0; r < side && !any; ++r) {
                const long long row = static_cast<long long>(ty) * valid + r; // bin rows start at −reach
                if (row >= m_binRows)
                    break;
                const long long c0 = static_cast<long long>(tx) * valid;
                const long long c1 = std::min<long long>(c0 + side, m_binCols);
                const double *p = &m_bins[static_cast<std::size_t>(row * m_binCols)];
                for (long long c = c0; c < c1; ++c)
                    if (p[c] != 0.0) {
                        any = true;
                        break;
                    }
            }
            if (any)
                tiles.emplace_back(tx, ty);
        }

    const std::size_t pairs = (tiles.size() + 1) / 2;
    return parallelChunks(
        pairs, 1,
        [&](std::size_t p0, std::size_t p1) {
            std::vector<ComplexValue> block(n * n);
            for (std::size_t p = p0; p < p1; ++p) {
                const std::size_t first = 2 * p, count = std::min<std::size_t>(2, tiles.size() - first);
                double tileWeight[2] = {0.0, 0.0};
                std::fill(block.begin(), block.end(), ComplexValue{});
                for (std::size_t t = 0; t < count; ++t) {
                    const auto [tx, ty] = tiles[first + t];
                    const long long c0 = static_cast<long long>(tx) * valid, r0 = static_cast<long long>(ty) * valid;
                    const long long cols = std::min<long long>(side, m_binCols - c0);
                    const long long rows = std::min<long long>(side, m_binRows - r0);
                    for (long long r = 0; r < rows; ++r) {
                        const double *src = &m_bins[static_cast<std::size_t>((r0 + r) * m_binCols + c0)];
                        ComplexValue *dst = &block[static_cast<std::size_t>(r) * n];
                        for (long long c = 0; c < cols; ++c) {
                            (t == 0 ? dst[c].re : dst[c].im) = src[c];
                            tileWeight[t] += src[c];
                        }
                    }
                }
                fft.forward(block.data());
                for (std::size_t k = 0; k < n * n; ++k) {
                    const ComplexValue a = block[k], b = kernel[k];
                    block[k] = {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
                }
                fft.inverse(block.data());
                for (std::size_t t = 0; t < count; ++t) {
                    const auto [tx, ty] = tiles[first + t];
                    // Rounding leaves about 1e-16 of the tile's weight in cells no kernel reaches:
                    // those stay exactly 0, as in the direct sum.
                    const double floor = 1e-12 * tileWeight[t] * kernelMax;
                    const int x0 = tx * valid, y0 = ty * valid;
                    const int w = std::min(valid, m_cols - x0), h = std::min(valid, m_rows - y0);
                    for (int y = 0; y < h; ++y) {
                        const ComplexValue *src = &block[static_cast<std::size_t>(reach + y) * n + reach];
                        float *dst = out + static_cast<std::size_t>(y0 + y) * m_cols + x0;
                        for (int x = 0; x < w; ++x) {
                            const double v = t == 0 ? src[x].re : src[x].im;
                            dst[x] = v > floor ? static_cast<float>(v) : 0.0f;
                        }
                    }
                }
            }
        },
        feedback, threads);
}

} // namespace lb::analysis
