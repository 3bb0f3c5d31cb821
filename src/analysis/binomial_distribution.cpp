#include "analysis/binomial_distribution.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace lb::analysis {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

// log of x^a (1 − x)^b / B(a, b).
double logBetaFront(double a, double b, double x)
{
    return std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) + b * std::log1p(-x);
}

// Loader's saddle-point form of the binomial probability ("Fast and accurate computation of
// binomial probabilities", 2000, as in R's dbinom): lgamma of counts in the millions loses about
// seven digits to cancellation; this keeps nearly all of them.
// stirlerr(n) = log(n!) − log(√(2π n) (n/e)^n).
double stirlingError(double n)
{
    constexpr double s0 = 1.0 / 12, s1 = 1.0 / 360, s2 = 1.0 / 1260, s3 = 1.0 / 1680, s4 = 1.0 / 1188;
    if (n <= 15.0)
        return std::lgamma(n + 1.0) - (n + 0.5) * std::log(n) + n - 0.5 * std::log(2.0 * std::numbers::pi);
    const double nn = n * n;
    if (n > 500)
        return (s0 - s1 / nn) / n;
    if (n > 80)
        return (s0 - (s1 - s2 / nn) / nn) / n;
    if (n > 35)
        return (s0 - (s1 - (s2 - s3 / nn) / nn) / nn) / n;
    return (s0 - (s1 - (s2 - (s3 - s4 / nn) / nn) / nn) / nn) / n;
}

// bd0(x, m) = x log(x / m) + m − x, without cancellation when x is near m.
double deviance(double x, double m)
{
    if (std::abs(x - m) < 0.1 * (x + m)) {
        double v = (x - m) / (x + m);
        double s = (x - m) * v;
        double ej = 2.0 * x * v;
        v = v * v;
        for (int j = 1; j < 1000; ++j) {
            ej *= v;
            const double s1 = s + ej / (2 * j + 1);
            if (s1 == s)
                return s1;
            s = s1;
        }
        return s;
    }
    return x * std::log(x / m) + m - x;
}

// The continued fraction for I_x(a, b) (modified Lentz), which converges fast for
// x < (a + 1) / (a + b + 2); the number of terms grows like the square root of a and b at worst.
double betaContinuedFraction(double a, double b, double x)
{
    constexpr double tiny = 1e-300;
    constexpr double epsilon = 1e-16;
    const double qab = a + b, qap = a + 1.0, qam = a - 1.0;
    double c = 1.0;
    double d = 1.0 - qab * x / qap;
    if (std::abs(d) < tiny)
        d = tiny;
    d = 1.0 / d;
    double h = d;
    for (int m = 1; m < 1000000; ++m) {
        const double m2 = 2.0 * m;
        double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
        d = 1.0 + aa * d;
        d = std::abs(d) < tiny ? tiny : d;
        c = 1.0 + aa / c;
        c = std::abs(c) < tiny ? tiny : c;
        d = 1.0 / d;
        h *= d * c;
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1.0 + aa * d;
        d = std::abs(d) < tiny ? tiny : d;
        c = 1.0 + aa / c;
        c = std::abs(c) < tiny ? tiny : c;
        d = 1.0 / d;
        const double delta = d * c;
        h *= delta;
        if (std::abs(delta - 1.0) < epsilon)
            break;
    }
    return h;
}

// P(X <= k) and P(X >= k) from the continued fraction of that tail; accurate where the fraction
// converges fast (the tail away from the mean). The front factor of I_{1−p}(n − k, k + 1) is
// (n − k) p P(X = k), that of I_p(k, n − k + 1) is k (1 − p) P(X = k).
double lowerTailFraction(long long k, long long n, double p)
{
    return p * std::exp(logBinomialPmf(k, n, p)) *
           betaContinuedFraction(static_cast<double>(n - k), static_cast<double>(k + 1), 1.0 - p);
}

double upperTailFraction(long long k, long long n, double p)
{
    return (1.0 - p) * std::exp(logBinomialPmf(k, n, p)) *
           betaContinuedFraction(static_cast<double>(k), static_cast<double>(n - k + 1), p);
}

} // namespace

double regularizedIncompleteBeta(double a, double b, double x)
{
    if (!(a > 0.0) || !(b > 0.0) || std::isnan(x))
        return std::numeric_limits<double>::quiet_NaN();
    if (x <= 0.0)
        return 0.0;
    if (x >= 1.0)
        return 1.0;
    if (x < (a + 1.0) / (a + b + 2.0))
        return std::exp(logBetaFront(a, b, x)) * betaContinuedFraction(a, b, x) / a;
    return 1.0 - std::exp(logBetaFront(a, b, x)) * betaContinuedFraction(b, a, 1.0 - x) / b;
}

double logBinomialPmf(long long k, long long n, double p)
{
    if (k < 0 || k > n)
        return -kInfinity;
    if (p <= 0.0)
        return k == 0 ? 0.0 : -kInfinity;
    if (p >= 1.0)
        return k == n ? 0.0 : -kInfinity;
    const double dk = static_cast<double>(k), dn = static_cast<double>(n), q = 1.0 - p;
    if (k == 0)
        return dn * std::log1p(-p);
    if (k == n)
        return dn * std::log(p);
    const double lc = stirlingError(dn) - stirlingError(dk) - stirlingError(dn - dk) - deviance(dk, dn * p) -
                      deviance(dn - dk, dn * q);
    return lc + 0.5 * std::log(dn / (2.0 * std::numbers::pi * dk * (dn - dk)));
}

double binomialLowerTail(long long k, long long n, double p)
{
    if (k < 0)
        return 0.0;
    if (k >= n)
        return 1.0;
    // P(X <= k) = I_{1−p}(n − k, k + 1). The smaller tail is taken directly, so a tiny lower tail
    // is not lost in 1 − (upper tail).
    const double a = static_cast<double>(n - k), b = static_cast<double>(k + 1);
    if (1.0 - p < (a + 1.0) / (a + b + 2.0))
        return lowerTailFraction(k, n, p);
    return 1.0 - upperTailFraction(k + 1, n, p);
}

double binomialUpperTail(long long k, long long n, double p)
{
    if (k <= 0)
        return 1.0;
    if (k > n)
        return 0.0;
    // P(X >= k) = I_p(k, n − k + 1).
    const double a = static_cast<double>(k), b = static_cast<double>(n - k + 1);
    if (p < (a + 1.0) / (a + b + 2.0))
        return upperTailFraction(k, n, p);
    return 1.0 - lowerTailFraction(k - 1, n, p);
}

} // namespace lb::analysis
