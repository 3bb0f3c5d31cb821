// The intervention models against R's glm (Debian's r-base-core; scripts/install-deps.sh installs
// it): the difference-in-differences interaction of a quasi-Poisson model on monthly counts, and
// the pre-trend interaction of a quasi-Poisson regression on month. R is an independent
// implementation (IRLS in Fortran), so agreement to 1e-6 checks our closed forms and our Newton fit.
// R's IRLS is told to converge as tightly as our Newton steps do (its default stops at a relative
// deviance change of 1e-8, which leaves the Pearson dispersion off in the sixth digit).

#include "analysis/poisson_models.h"
#include "support/test_support.h"

#include <catch2/catch.hpp>

#include <QStringList>

#include <cmath>
#include <numeric>

using namespace lb;
using namespace lb::analysis;

namespace {
// Six months each; the counts vary more than Poisson counts would (φ > 1), so the quasi-Poisson
// correction is in play in both models.
const std::vector<double> kTargetBefore{12, 9, 15, 7, 11, 14};
const std::vector<double> kTargetAfter{6, 9, 4, 8, 5, 7};
const std::vector<double> kComparisonBefore{20, 31, 14, 23, 29, 12};
const std::vector<double> kComparisonAfter{22, 11, 30, 21, 13, 26};

QString rVector(const std::vector<double> &v)
{
    QStringList parts;
    for (double x : v)
        parts << QString::number(x);
    return QStringLiteral("c(") + parts.join(QLatin1Char(',')) + QLatin1Char(')');
}

// Runs R and returns the numbers it printed, one per line.
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
} // namespace

TEST_CASE("the difference in differences equals R's quasi-Poisson glm on the monthly counts", "[intervention][r]")
{
    const QString script =
        QStringLiteral("y <- c(%1, %2, %3, %4); target <- rep(c(1, 1, 0, 0), each = 6); "
                       "after <- rep(c(0, 1, 0, 1), each = 6); "
                       "m <- glm(y ~ target * after, family = quasipoisson); s <- summary(m); "
                       "cat(sprintf('%.10f', c(coef(m)[['target:after']], "
                       "s$coefficients['target:after', 'Std. Error'], s$dispersion)), sep = '\\n')")
            .arg(rVector(kTargetBefore), rVector(kTargetAfter), rVector(kComparisonBefore), rVector(kComparisonAfter));
    const std::vector<double> r = runR(script);
    REQUIRE(r.size() == 3);
    const double phi = monthlyDispersion(kTargetBefore, kTargetAfter, kComparisonBefore, kComparisonAfter);
    REQUIRE(r[2] > 1.0); // the example is overdispersed, so our floor at 1 does not apply
    CHECK(phi == Approx(r[2]).epsilon(1e-6));
    const auto sum = [](const std::vector<double> &v) {
        return std::accumulate(v.begin(), v.end(), 0.0);
    };
    const RateRatio rr = differenceInDifferences(sum(kTargetBefore), sum(kTargetAfter), sum(kComparisonBefore),
                                                 sum(kComparisonAfter), phi);
    CHECK(rr.logRatio == Approx(r[0]).epsilon(1e-6));
    CHECK(rr.standardError == Approx(r[1]).epsilon(1e-6));
}

TEST_CASE("the pre-trend test equals R's quasi-Poisson glm with a group × month interaction", "[intervention][r]")
{
    const QString script =
        QStringLiteral(
            "y <- c(%1, %2); g <- rep(c(1, 0), each = 6); t <- rep(0:5, 2); "
            "m <- glm(y ~ g * t, family = quasipoisson, control = glm.control(epsilon = 1e-14, maxit = 100)); "
            "s <- summary(m); "
            "cat(sprintf('%.10f', c(coef(m)[['g:t']], s$coefficients['g:t', 'Std. Error'], "
            "s$dispersion)), sep = '\\n')")
            .arg(rVector(kTargetBefore), rVector(kComparisonBefore));
    const std::vector<double> r = runR(script);
    REQUIRE(r.size() == 3);
    REQUIRE(r[2] > 1.0);
    const TrendDifference d = compareTrends(kTargetBefore, kComparisonBefore);
    REQUIRE(d.estimable);
    CHECK(d.difference == Approx(r[0]).epsilon(1e-6));
    CHECK(d.dispersion == Approx(r[2]).epsilon(1e-6));
    CHECK(d.standardError == Approx(r[1]).epsilon(1e-6));
}
