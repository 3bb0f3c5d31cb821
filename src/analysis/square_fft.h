#pragma once

// SquareFft: the two-dimensional discrete Fourier transform of a square block of complex numbers
// whose side is a power of two, in place. The kernel density's binned path convolves tiles of the
// raster with the kernel through it. An object holds the twiddle factors for one size and is
// read-only after construction, so threads may share it; each thread transforms its own block.

#include <cstddef>
#include <vector>

namespace lb::analysis {

struct ComplexValue {
    double re = 0.0;
    double im = 0.0;
};

class SquareFft {
public:
    // `side` must be a power of two, at least 2.
    explicit SquareFft(int side);

    int side() const { return m_side; }
    // Forward transform (e^{−2πi·kn/N}) of the side × side block, row-major. Unscaled. The
    // spectrum is left transposed (row u holds the frequencies v down the columns for frequency u
    // along the rows), which saves a pass: spectra multiplied element by element need no order.
    void forward(ComplexValue *block) const { transform2d(block, false); }
    // Inverse transform (e^{+2πi·kn/N}) of a transposed spectrum, also unscaled: the block comes
    // back in its own order, and inverse(forward(x)) = side² · x.
    void inverse(ComplexValue *block) const { transform2d(block, true); }

private:
    void transform2d(ComplexValue *block, bool inverse) const;
    void transformRow(ComplexValue *row, bool inverse) const;
    static void transpose(ComplexValue *block, int side);

    int m_side = 0;
    std::vector<ComplexValue> m_twiddle; // per stage, see the constructor
    std::vector<int> m_bitReversed;
};

} // namespace lb::analysis
