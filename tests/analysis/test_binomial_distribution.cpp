// The exact binomial test and the binomial tails against R (Debian's r-base-core, which
// scripts/install-deps.sh installs): binom.test's two-sided p-value, as used by the two-Poisson test
// of the trends, and pbinom's tails, computed by Rscript from the same numbers at test time. R's
// pbinom is TOMS 708's incomplete beta, an implementation independent of ours. The counts reach the
// millions that a county's yearly incident counts do; the test also checks that such counts cost
// no more time than small ones (the sum over every outcome took seconds per p-value). Up to 5,000
// trials the test still sums every outcome (microseconds), so most cases below check that sum and
// the counts in the millions check the tails.

#include "analysis/binomial_distribution.h"
#include "analysis/statistics.h"
#include "support/test_support.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QStringList>

#include <cmath>

using namespace lb;
using namespace lb::analysis;

namespace {
struct Case {
    long long k, n;
    double p;
};

// k, n and p spread over the cases that matter: small counts, a symmetric test with its mirror
// outcome, p ≠ ½, p-values far below machine epsilon, and counts in the millions.
const std::vector<Case> kCases{{10, 12, 0.5},
                               {2, 2, 0.25},
                               {0, 4, 0.5},
                               {7, 20, 0.3},
                               {600, 1000, 0.5},
                               {400, 1000, 0.5},
                               {5000, 9000, 0.5},
                               {133, 250, 0.45},
                               {1234567, 2464567, 0.5},
                               {1230000, 2464567, 0.5},
                               {3001234, 6000000, 0.5},
                               {2000, 1000000, 0.001},
                               {4999000, 10000000, 0.5},
                               {50, 10000000, 0.000004}};

QString rNumbers(const std::vector<Case> &cases, const char *what)
{
    QStringList parts;
    for (const Case &c : cases) {
        if (QLatin1String(what) == QLatin1String("k"))
            parts << QString::number(c.k);
        else if (QLatin1String(what) == QLatin1String("n"))
            parts << QString::number(c.n);
        else
            parts << QString::number(c.p, 'g', 17);
    }
    return QStringLiteral("c(") + parts.join(QLatin1Char(',')) + QLatin1Char(')');
}

std::vector<double> runR(const QString &script)
{
    REQUIRE(test::haveProgram(QStringLiteral("Rscript")));
    QString out, err;
    const int rc = test::runProgram(QStringLiteral("Rscript"), {QStringLiteral("-e"), script}, &out, &err);
    INFO(err.toStdString());
    REQUIRE(rc == 0);
    std::vector<double> values;
    for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        values.push_back(line.trimmed().toDouble());
    return values;
}

QString rPrelude()
{
    return QStringLiteral("k <- %1; n <- %2; p <- %3; ")
        .arg(rNumbers(kCases, "k"), rNumbers(kCases, "n"), rNumbers(kCases, "p"));
}
} // namespace

TEST_CASE("the exact binomial test equals R's binom.test, also for counts in the millions", "[statistics][binomial][r]")
{
    const auto r = runR(rPrelude() + QStringLiteral("cat(sprintf('%.17g', mapply(function(k, n, p) "
                                                    "binom.test(k, n, p)$p.value, k, n, p)), sep = '\\n')"));
    REQUIRE(r.size() == kCases.size());
    for (std::size_t i = 0; i < kCases.size(); ++i) {
        INFO("k = " << kCases[i].k << ", n = " << kCases[i].n << ", p = " << kCases[i].p << ", R: " << r[i]);
        CHECK(binomialTestP(kCases[i].k, kCases[i].n, kCases[i].p) == Approx(r[i]).epsilon(1e-7).margin(1e-300));
    }
}

TEST_CASE("the binomial tails equal R's pbinom in both directions", "[statistics][binomial][r]")
{
    const auto r = runR(rPrelude() + QStringLiteral("cat(sprintf('%.17g', c(pbinom(k, n, p), "
                                                    "pbinom(k - 1, n, p, lower.tail = FALSE))), sep = '\\n')"));
    REQUIRE(r.size() == 2 * kCases.size());
    for (std::size_t i = 0; i < kCases.size(); ++i) {
        const Case &c = kCases[i];
        INFO("k = " << c.k << ", n = " << c.n << ", p = " << c.p);
        CHECK(binomialLowerTail(c.k, c.n, c.p) == Approx(r[i]).epsilon(1e-9).margin(1e-300));
        CHECK(binomialUpperTail(c.k, c.n, c.p) == Approx(r[kCases.size() + i]).epsilon(1e-9).margin(1e-300));
    }
}

TEST_CASE("the incomplete beta function at values known in closed form", "[statistics][binomial]")
{
    // I_x(1, 1) = x; I_x(a, 1) = x^a; I_x(1, b) = 1 − (1 − x)^b; I_½(a, a) = ½.
    CHECK(regularizedIncompleteBeta(1, 1, 0.3) == Approx(0.3));
    CHECK(regularizedIncompleteBeta(5, 1, 0.7) == Approx(std::pow(0.7, 5)));
    CHECK(regularizedIncompleteBeta(1, 4, 0.2) == Approx(1 - std::pow(0.8, 4)));
    CHECK(regularizedIncompleteBeta(2500000, 2500000, 0.5) == Approx(0.5));
    CHECK(std::isnan(regularizedIncompleteBeta(0, 1, 0.5)));
}

TEST_CASE("an exact test on counts in the millions takes no longer than on small counts", "[statistics][binomial]")
{
    // Ten million incidents split in two years: summing over every outcome took about a second per
    // p-value; a table of a few hundred groups must come back at once.
    QElapsedTimer timer;
    timer.start();
    double sum = 0.0;
    for (int i = 0; i < 200; ++i)
        sum += binomialTestP(5000000 + 100 * i, 9990000 + 150 * i, 0.5);
    CHECK(timer.elapsed() < 1000);
    CHECK(sum > 0.0);
}
