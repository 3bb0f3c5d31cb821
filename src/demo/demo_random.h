#pragma once

// A seeded random source whose output is the same with every compiler and standard library:
// std::mt19937's sequence is fixed by the standard, but the std distributions are not, so the
// distributions here are written out.

#include <cmath>
#include <cstdint>
#include <numbers>
#include <random>
#include <vector>

namespace lb::demo {

class Random {
public:
    explicit Random(std::uint32_t seed)
        : m_engine(seed)
    {}

    // Uniform in [0, 1).
    double uniform() { return (static_cast<double>(m_engine()) + 0.5) / 4294967296.0; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // Uniform integer in [0, n).
    int index(int n) { return static_cast<int>(uniform() * n); }
    bool chance(double p) { return uniform() < p; }

    // Standard normal by the Box–Muller transform.
    double normal()
    {
        const double u1 = uniform();
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    }
    double normal(double mean, double sd) { return mean + sd * normal(); }

    // Poisson by counting exponential gaps (fine for the small means used here).
    int poisson(double mean)
    {
        if (mean > 50.0)
            return std::max(0, static_cast<int>(std::lround(normal(mean, std::sqrt(mean)))));
        const double limit = std::exp(-mean);
        int k = 0;
        double p = uniform();
        while (p > limit) {
            ++k;
            p *= uniform();
        }
        return k;
    }

    // Picks an index with probability proportional to its weight.
    int weighted(const std::vector<double> &weights)
    {
        double total = 0.0;
        for (double w : weights)
            total += w;
        double r = uniform() * total;
        for (size_t i = 0; i < weights.size(); ++i) {
            r -= weights[i];
            if (r < 0.0)
                return static_cast<int>(i);
        }
        return static_cast<int>(weights.size()) - 1;
    }

private:
    std::mt19937 m_engine;
};

} // namespace lb::demo
