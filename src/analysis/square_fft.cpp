#include "analysis/square_fft.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <utility>

namespace lb::analysis {

SquareFft::SquareFft(int side)
    : m_side(side)
{
    const std::size_t n = static_cast<std::size_t>(side);
    // The stage that combines halves of length h reads e^{−2πi·k/2h}, k < h, from m_twiddle[h + k]:
    // contiguous, so the inner loop vectorises.
    m_twiddle.resize(n);
    for (std::size_t h = 1; h < n; h *= 2)
        for (std::size_t k = 0; k < h; ++k) {
            const double angle = -std::numbers::pi * static_cast<double>(k) / static_cast<double>(h);
            m_twiddle[h + k] = {std::cos(angle), std::sin(angle)};
        }
    int bits = 0;
    while ((1 << bits) < side)
        ++bits;
    m_bitReversed.resize(n);
    for (int i = 0; i < side; ++i) {
        int r = 0;
        for (int b = 0; b < bits; ++b)
            r |= ((i >> b) & 1) << (bits - 1 - b);
        m_bitReversed[static_cast<std::size_t>(i)] = r;
    }
}

// Iterative radix-2 decimation in time. The first two stages need no multiplications and are
// done together; the later ones read the twiddles with a stride.
void SquareFft::transformRow(ComplexValue *x, bool inverse) const
{
    const int n = m_side;
    for (int i = 0; i < n; ++i) {
        const int j = m_bitReversed[static_cast<std::size_t>(i)];
        if (i < j)
            std::swap(x[i], x[j]);
    }
    const double sign = inverse ? -1.0 : 1.0;
    if (n >= 4) {
        for (int i = 0; i < n; i += 4) {
            const ComplexValue a{x[i].re + x[i + 1].re, x[i].im + x[i + 1].im};
            const ComplexValue b{x[i].re - x[i + 1].re, x[i].im - x[i + 1].im};
            const ComplexValue c{x[i + 2].re + x[i + 3].re, x[i + 2].im + x[i + 3].im};
            // (x2 − x3) times −i (forward) or +i (inverse).
            const ComplexValue d{sign * (x[i + 2].im - x[i + 3].im), -sign * (x[i + 2].re - x[i + 3].re)};
            x[i] = {a.re + c.re, a.im + c.im};
            x[i + 2] = {a.re - c.re, a.im - c.im};
            x[i + 1] = {b.re + d.re, b.im + d.im};
            x[i + 3] = {b.re - d.re, b.im - d.im};
        }
    } else {
        const ComplexValue a = x[0], b = x[1];
        x[0] = {a.re + b.re, a.im + b.im};
        x[1] = {a.re - b.re, a.im - b.im};
        return;
    }
    for (int half = 4; half < n; half *= 2) {
        const ComplexValue *tw = m_twiddle.data() + half;
        for (int start = 0; start < n; start += 2 * half) {
            ComplexValue *__restrict lo = x + start;
            ComplexValue *__restrict hi = lo + half;
            for (int k = 0; k < half; ++k) {
                const double wr = tw[k].re, wi = sign * tw[k].im;
                const double hr = hi[k].re, hm = hi[k].im, lr = lo[k].re, lm = lo[k].im;
                const double re = hr * wr - hm * wi;
                const double im = hr * wi + hm * wr;
                hi[k].re = lr - re;
                hi[k].im = lm - im;
                lo[k].re = lr + re;
                lo[k].im = lm + im;
            }
        }
    }
}

// In place, in small square blocks so both the rows read and the rows written stay in cache.
void SquareFft::transpose(ComplexValue *block, int side)
{
    constexpr int kBlock = 16;
    const std::size_t n = static_cast<std::size_t>(side);
    for (int bi = 0; bi < side; bi += kBlock)
        for (int bj = bi; bj < side; bj += kBlock)
            for (int i = bi; i < std::min(bi + kBlock, side); ++i)
                for (int j = std::max(bj, i + 1); j < std::min(bj + kBlock, side); ++j)
                    std::swap(block[static_cast<std::size_t>(i) * n + static_cast<std::size_t>(j)],
                              block[static_cast<std::size_t>(j) * n + static_cast<std::size_t>(i)]);
}

void SquareFft::transform2d(ComplexValue *block, bool inverse) const
{
    const std::size_t n = static_cast<std::size_t>(m_side);
    for (std::size_t r = 0; r < n; ++r)
        transformRow(block + r * n, inverse);
    transpose(block, m_side);
    for (std::size_t r = 0; r < n; ++r)
        transformRow(block + r * n, inverse);
}

} // namespace lb::analysis
