#pragma once

// A seeded random source for permutation tests. std::mt19937_64's output is fixed by the C++
// standard, but the standard distributions are not, so bounded draws use a plain reject-and-
// remainder method here: the same seed gives the same permutations, and so the same pseudo p-values,
// with every compiler. One instance per thread.

#include <cstdint>
#include <random>

namespace lb::analysis {

class SeededRandom {
public:
    explicit SeededRandom(std::uint64_t seed)
        : m_engine(seed)
    {}

    // Uniform in [0, bound), bound > 0: reject the few lowest outputs that would make the
    // remainder uneven, then take the remainder.
    std::uint64_t below(std::uint64_t bound)
    {
        const std::uint64_t threshold = (0 - bound) % bound;
        std::uint64_t v = m_engine();
        while (v < threshold)
            v = m_engine();
        return v % bound;
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace lb::analysis
