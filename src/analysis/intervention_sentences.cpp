// The plain-language sentences of an intervention evaluation (see intervention_evaluation.h).

#include "analysis/intervention_evaluation.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace lb::analysis {

namespace {
struct EvaluationTr {
    Q_DECLARE_TR_FUNCTIONS(lb::analysis::InterventionEvaluation)
};

QString number(double v, int decimals = 0)
{
    return QLocale().toString(v, 'f', decimals);
}

// "fell 40 % (from 100 to 60)", "rose 5 % (from 20 to 21)", "did not change (12 in both periods)"
QString areaChange(const AreaChange &c)
{
    const QLocale locale;
    if (c.before == 0)
        return EvaluationTr::tr("went from none to %1").arg(locale.toString(c.after));
    if (c.after == c.before)
        return EvaluationTr::tr("did not change (%1 in both periods)").arg(locale.toString(c.after));
    const QString percent = number(std::abs(c.percent));
    return (c.after < c.before ? EvaluationTr::tr("fell %1 % (from %2 to %3)")
                               : EvaluationTr::tr("rose %1 % (from %2 to %3)"))
        .arg(percent, locale.toString(c.before), locale.toString(c.after));
}

// "fell 34 % (95 % CI 18–47 %)" / "rose …" / "shows no clear change: −5 % (95 % CI −30 to +25 %)"
QString ratioChange(const RateRatio &r, double confidence)
{
    const QString level = number(100.0 * confidence);
    if (r.upper < 1.0)
        return EvaluationTr::tr("fell %1 % (%2 % CI %3–%4 %)")
            .arg(number(100.0 * (1.0 - r.ratio)), level, number(100.0 * (1.0 - r.upper)),
                 number(100.0 * (1.0 - r.lower)));
    if (r.lower > 1.0)
        return EvaluationTr::tr("rose %1 % (%2 % CI %3–%4 %)")
            .arg(number(100.0 * (r.ratio - 1.0)), level, number(100.0 * (r.lower - 1.0)),
                 number(100.0 * (r.upper - 1.0)));
    // An explicit QString: with QStringBuilder a deduced type would refer to destroyed temporaries.
    const auto signedPercent = [](double ratio) -> QString {
        // The sign of the rounded value: no "−0 %".
        const double v = std::round(100.0 * (ratio - 1.0));
        return (v > 0.0 ? QStringLiteral("+") : v < 0.0 ? QStringLiteral("−") : QString()) + number(std::abs(v));
    };
    return EvaluationTr::tr("show no clear change: %1 % (%2 % CI %3 to %4 %)")
        .arg(signedPercent(r.ratio), level, signedPercent(r.lower), signedPercent(r.upper));
}

QString wdqMeaning(double wdq)
{
    if (wdq > 1.0)
        return EvaluationTr::tr("the buffer zone improved even more than the target area (diffusion of benefits)");
    if (wdq > 0.0)
        return EvaluationTr::tr("the buffer zone improved as well (diffusion of benefits)");
    if (wdq == 0.0)
        return EvaluationTr::tr("no displacement and no diffusion of benefits");
    if (wdq >= -1.0)
        return EvaluationTr::tr("some displacement to the buffer zone, smaller than the gain in the target area");
    return EvaluationTr::tr("displacement to the buffer zone larger than the gain in the target area");
}
} // namespace

void describeEvaluation(InterventionEvaluationResult &r, const InterventionEvaluationParameters &p)
{
    const QLocale locale;
    r.sentences.clear();
    r.sentences << EvaluationTr::tr("Compared: %1 months before the start (%2 – %3) with %1 months after it (%4 – %5).")
                       .arg(locale.toString(r.months), locale.toString(r.beforeFirst, QLocale::ShortFormat),
                            locale.toString(r.beforeLast, QLocale::ShortFormat),
                            locale.toString(r.afterFirst, QLocale::ShortFormat),
                            locale.toString(r.afterLast, QLocale::ShortFormat));
    r.sentences << EvaluationTr::tr("Incidents in the target area %1, while the comparison area %2.")
                       .arg(areaChange(r.target), areaChange(r.comparison));
    if (r.effect.estimable) {
        r.sentences << EvaluationTr::tr("Relative to the comparison area, incidents in the target area %1.")
                           .arg(ratioChange(r.effect, p.confidence));
        if (r.effect.dispersion > 1.0)
            r.sentences << EvaluationTr::tr("The monthly counts vary more than chance alone would make them "
                                            "(dispersion %1), so the interval has been widened accordingly.")
                               .arg(number(r.effect.dispersion, 1));
    } else {
        r.sentences << EvaluationTr::tr("The change relative to the comparison area cannot be estimated, because one "
                                        "of the areas has no incidents in one of the periods.");
    }
    if (!p.hasBuffer)
        return;
    if (r.bufferEffect.estimable) {
        const QString buffer = ratioChange(r.bufferEffect, p.confidence);
        if (r.bufferEffect.lower > 1.0)
            r.sentences << EvaluationTr::tr("Signs of displacement: relative to the comparison area, incidents in the "
                                            "buffer zone %1.")
                               .arg(buffer);
        else if (r.bufferEffect.upper < 1.0)
            r.sentences << EvaluationTr::tr("Signs of diffusion of benefits: relative to the comparison area, "
                                            "incidents in the buffer zone %1.")
                               .arg(buffer);
        else
            r.sentences << EvaluationTr::tr("No sign of displacement to the buffer zone: relative to the comparison "
                                            "area, incidents there %1.")
                               .arg(buffer);
    }
    if (r.displacement.meaningful && r.effect.estimable && r.effect.upper < 1.0)
        r.sentences << EvaluationTr::tr("Weighted displacement quotient %1: %2 (a point estimate without an interval).")
                           .arg(number(r.displacement.wdq, 2), wdqMeaning(r.displacement.wdq));
    else if (r.displacement.meaningful)
        r.sentences << EvaluationTr::tr("Weighted displacement quotient %1: %2; but the fall in the target area is "
                                        "itself uncertain, so this is only indicative.")
                           .arg(number(r.displacement.wdq, 2), wdqMeaning(r.displacement.wdq));
    else if (r.displacement.computable)
        r.sentences << EvaluationTr::tr("The target area did not improve relative to the comparison area, so the "
                                        "weighted displacement quotient does not apply.");
}

} // namespace lb::analysis
