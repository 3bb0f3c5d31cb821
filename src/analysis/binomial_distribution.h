#pragma once

// The binomial distribution's probabilities without summing over outcomes: the cumulative
// probabilities come from the regularized incomplete beta function (a continued fraction), so
// their cost does not grow with the number of trials, and each tail is computed directly (not as
// one minus the other), so p-values far below 1e-16 keep their relative accuracy.
// Pure functions; any thread may call them.

namespace lb::analysis {

// I_x(a, b) for a, b > 0 and 0 <= x <= 1.
double regularizedIncompleteBeta(double a, double b, double x);

// log P(X = k) for X ~ Binomial(n, p); −infinity for impossible outcomes.
double logBinomialPmf(long long k, long long n, double p);

// P(X <= k) and P(X >= k) for X ~ Binomial(n, p).
double binomialLowerTail(long long k, long long n, double p);
double binomialUpperTail(long long k, long long n, double p);

} // namespace lb::analysis
