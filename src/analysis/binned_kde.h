#pragma once

// BinnedKde: the kernel density of many events computed as a convolution. The events are first
// spread over the four nearest cell centres (linear binning: weights (1 − tx)(1 − ty) and so on by
// the event's offset from them), then the binned weights are convolved with the kernel sampled at
// whole-cell offsets, tile by tile through the FFT (overlap-save). The cost depends on the raster
// and the radius, not on the number of events, which is what makes a million events cheap.
//
// The result differs from the direct sum only by the binning: for each event, by the error of
// interpolating the kernel linearly between the four cell centres around it, at most
// (|∂²K/∂x²| + |∂²K/∂y²|)/8 cells² (2/ru² of the peak for the quartic kernel, ru = radius in
// cells), and far less on average. kernel_density.cpp decides when that is acceptable.
//
// Not thread-safe while adding events; run() spreads its tiles over worker threads.

#include "core/feedback.h"

#include <cstddef>
#include <functional>
#include <vector>

namespace lb::analysis {

class BinnedKde {
public:
    // The raster has cols × rows cells of side 1 (cell units); ru is the radius in cells; shape is
    // the kernel at s = d²/r², 0 ≤ s ≤ 1, including its normalisation.
    BinnedKde(int cols, int rows, double ru, std::function<double(double)> shape);

    // The side of the FFT tiles for this raster and radius, a power of two; 0 when the radius is
    // too large for any tile we use.
    static int tileSide(int cols, int rows, double ru);
    // Arithmetic of the convolution in about the same units as a direct sum's cell updates, to
    // choose between the two; infinite when tileSide() is 0.
    static double cost(int cols, int rows, double ru);

    // One event at (xu, yu) cell units from the raster's left and top edges.
    void add(double xu, double yu, double weight);
    // Writes the density of every cell (row-major from the top row) into out, which holds
    // cols × rows values that are 0 on entry. Returns false when canceled.
    bool run(float *out, Feedback &feedback, int threads) const;

private:
    int m_cols = 0;
    int m_rows = 0;
    double m_ru = 0.0;
    int m_reach = 0; // whole cells the kernel reaches: floor(ru)
    int m_side = 0;  // FFT tile side
    std::function<double(double)> m_shape;
    // Binned weights on cell centres, with a margin of m_reach cells on every side (centres
    // outside the raster still reach into it).
    long long m_binCols = 0;
    long long m_binRows = 0;
    std::vector<double> m_bins;
};

} // namespace lb::analysis
