#include "analysis/intervention_evaluation.h"

#include "analysis/statistics.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace lb::analysis {

namespace {
struct EvaluationTr {
    Q_DECLARE_TR_FUNCTIONS(lb::analysis::InterventionEvaluation)
};

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QDate firstOfMonth(const QDate &d)
{
    return QDate(d.year(), d.month(), 1);
}

// Whole months from `from` (a 1st) whose last day is on or before `last`.
int wholeMonthsUntil(const QDate &from, const QDate &last)
{
    int n = 0;
    while (from.addMonths(n + 1).addDays(-1) <= last)
        ++n;
    return n;
}

// Whole months ending the day before `to` (a 1st) whose first day is on or after `first`.
int wholeMonthsSince(const QDate &first, const QDate &to)
{
    int n = 0;
    while (to.addMonths(-(n + 1)) >= first)
        ++n;
    return n;
}

AreaChange change(long long before, long long after)
{
    AreaChange c{before, after, kNaN};
    if (before > 0)
        c.percent = 100.0 * static_cast<double>(after - before) / static_cast<double>(before);
    return c;
}

std::vector<double> periodSeries(const std::vector<EvaluationMonth> &series, int period,
                                 long long EvaluationMonth::*area)
{
    std::vector<double> out;
    for (const EvaluationMonth &m : series)
        if (m.period == period)
            out.push_back(static_cast<double>(m.*area));
    return out;
}

double perYearPercent(double slopePerMonth)
{
    return 100.0 * (std::exp(12.0 * slopePerMonth) - 1.0);
}

void warn(InterventionEvaluationResult &r, EvaluationWarning kind, const QString &text)
{
    r.warningKinds.push_back(kind);
    r.warnings.push_back(text);
}

// A source that reported on one side of the start and not on the other changes what is counted.
void checkSources(const InterventionEvaluationInput &input, const InterventionEvaluationParameters &p,
                  InterventionEvaluationResult &r)
{
    if (input.source.size() != input.dates.size())
        return;
    std::map<int, std::pair<long long, long long>> counts;
    for (std::size_t i = 0; i < input.dates.size(); ++i) {
        const QDate &d = input.dates[i];
        if (d >= r.beforeFirst && d <= r.beforeLast)
            ++counts[input.source[i]].first;
        else if (d >= r.afterFirst && d <= r.afterLast)
            ++counts[input.source[i]].second;
    }
    const QLocale locale;
    for (const auto &[source, c] : counts) {
        const QString name = source < input.sourceNames.size() ? input.sourceNames.at(source)
                                                               : EvaluationTr::tr("Source %1").arg(source);
        if (c.second == 0 && c.first >= p.minimumSourceEvents)
            warn(r, EvaluationWarning::ReportingChange,
                 EvaluationTr::tr("%1 reported %2 incidents before the start and none after it: a change in reporting "
                                  "can look like an effect.")
                     .arg(name, locale.toString(c.first)));
        else if (c.first == 0 && c.second >= p.minimumSourceEvents)
            warn(r, EvaluationWarning::ReportingChange,
                 EvaluationTr::tr("%1 reported no incidents before the start and %2 after it: a change in reporting "
                                  "can look like an effect.")
                     .arg(name, locale.toString(c.second)));
    }
}

void checkData(const InterventionEvaluationParameters &p, int possibleMonths, InterventionEvaluationResult &r)
{
    const QLocale locale;
    const long long targetTotal = r.target.before + r.target.after;
    if (targetTotal < p.minimumEvents)
        warn(r, EvaluationWarning::FewTargetEvents,
             EvaluationTr::tr("Only %1 incidents in the target area over both periods (fewer than %2): too few to draw "
                              "a conclusion.")
                 .arg(locale.toString(targetTotal), locale.toString(p.minimumEvents)));
    const long long comparisonTotal = r.comparison.before + r.comparison.after;
    if (comparisonTotal < p.minimumEvents)
        warn(r, EvaluationWarning::FewComparisonEvents,
             EvaluationTr::tr("Only %1 incidents in the comparison area over both periods (fewer than %2): it cannot "
                              "show reliably what would have happened without the intervention.")
                 .arg(locale.toString(comparisonTotal), locale.toString(p.minimumEvents)));
    if (possibleMonths < p.beforeMonths)
        warn(r, EvaluationWarning::ShortenedPeriod,
             EvaluationTr::tr("The data cover only %1 whole months on each side of the start, not the %2 asked for.")
                 .arg(locale.toString(r.months), locale.toString(p.beforeMonths)));
    if (r.months < p.minimumMonths)
        warn(r, EvaluationWarning::ShortPeriod,
             EvaluationTr::tr("Each period is only %1 months long; at least %2 are needed to tell an effect from "
                              "ordinary month-to-month variation.")
                 .arg(locale.toString(r.months), locale.toString(p.minimumMonths)));
    if (r.months % 12 != 0)
        warn(r, EvaluationWarning::NotWholeYears,
             EvaluationTr::tr("The periods are not whole years, so they cover different seasons; only the comparison "
                              "with the comparison area allows for that."));
    if (r.preTrend.estimable && r.preTrend.pValue < p.preTrendAlpha)
        warn(r, EvaluationWarning::DifferentPreTrend,
             EvaluationTr::tr("Before the start the target area changed by %1 % a year and the comparison area by %2 % "
                              "a year (difference p = %3): the comparison area moved differently, so the estimated "
                              "effect may be biased.")
                 .arg(locale.toString(r.targetTrendPerYear, 'f', 0), locale.toString(r.comparisonTrendPerYear, 'f', 0),
                      locale.toString(r.preTrend.pValue, 'f', r.preTrend.pValue < 0.01 ? 3 : 2)));
}

} // namespace

DisplacementQuotient displacementQuotient(double targetBefore, double targetAfter, double bufferBefore,
                                          double bufferAfter, double comparisonBefore, double comparisonAfter)
{
    DisplacementQuotient q;
    if (comparisonBefore <= 0.0 || comparisonAfter <= 0.0)
        return q;
    q.computable = true;
    q.successMeasure = targetAfter / comparisonAfter - targetBefore / comparisonBefore;
    q.bufferMeasure = bufferAfter / comparisonAfter - bufferBefore / comparisonBefore;
    q.meaningful = q.successMeasure < 0.0;
    q.wdq = q.meaningful ? q.bufferMeasure / q.successMeasure : kNaN;
    return q;
}

Result<InterventionEvaluationResult> evaluateIntervention(const InterventionEvaluationInput &input,
                                                          const InterventionEvaluationParameters &p, Feedback &feedback)
{
    if (!p.start.isValid())
        return Error{EvaluationTr::tr("The intervention has no start date.")};
    if (input.area.size() != input.dates.size())
        return Error{EvaluationTr::tr("Every incident needs an area (target, buffer, comparison or outside).")};
    if (p.beforeMonths < 1)
        return Error{EvaluationTr::tr("The periods must be at least one month long.")};
    QDate first = p.dataFirstDay, last = p.dataLastDay;
    if (!first.isValid() || !last.isValid()) {
        for (const QDate &d : input.dates) {
            if (!d.isValid())
                continue;
            if (!p.dataFirstDay.isValid() && (!first.isValid() || d < first))
                first = d;
            if (!p.dataLastDay.isValid() && (!last.isValid() || d > last))
                last = d;
        }
    }
    if (!first.isValid() || !last.isValid())
        return Error{EvaluationTr::tr("There are no incidents to evaluate.")};

    InterventionEvaluationResult r;
    const QDate startMonth = firstOfMonth(p.start);
    r.afterFirst = p.start.day() == 1 ? startMonth : startMonth.addMonths(1);
    const int possible = std::min(wholeMonthsSince(first, startMonth), wholeMonthsUntil(r.afterFirst, last));
    r.months = std::min(p.beforeMonths, possible);
    if (r.months < 1)
        return Error{EvaluationTr::tr("The data do not cover a whole month both before and after the start (%1).")
                         .arg(QLocale().toString(p.start, QLocale::ShortFormat))};
    r.beforeFirst = startMonth.addMonths(-r.months);
    r.beforeLast = startMonth.addDays(-1);
    r.afterLast = r.afterFirst.addMonths(r.months).addDays(-1);

    for (QDate m = r.beforeFirst; m <= r.afterLast; m = m.addMonths(1))
        r.series.push_back({m, m < startMonth ? -1 : (m >= r.afterFirst ? 1 : 0), 0, 0, 0});
    for (std::size_t i = 0; i < input.dates.size(); ++i) {
        const QDate &d = input.dates[i];
        if (!d.isValid() || d < r.beforeFirst || d > r.afterLast || input.area[i] == EvaluationArea::Outside)
            continue;
        const int index = (d.year() - r.beforeFirst.year()) * 12 + d.month() - r.beforeFirst.month();
        EvaluationMonth &m = r.series[static_cast<std::size_t>(index)];
        (input.area[i] == EvaluationArea::Target   ? m.target
         : input.area[i] == EvaluationArea::Buffer ? m.buffer
                                                   : m.comparison)++;
    }
    if (feedback.isCanceled())
        return Error{EvaluationTr::tr("Canceled.")};

    auto totals = [&](long long EvaluationMonth::*area) {
        long long before = 0, after = 0;
        for (const EvaluationMonth &m : r.series) {
            if (m.period < 0)
                before += m.*area;
            else if (m.period > 0)
                after += m.*area;
        }
        return change(before, after);
    };
    r.target = totals(&EvaluationMonth::target);
    r.buffer = totals(&EvaluationMonth::buffer);
    r.comparison = totals(&EvaluationMonth::comparison);

    const auto tb = periodSeries(r.series, -1, &EvaluationMonth::target);
    const auto ta = periodSeries(r.series, 1, &EvaluationMonth::target);
    const auto cb = periodSeries(r.series, -1, &EvaluationMonth::comparison);
    const auto ca = periodSeries(r.series, 1, &EvaluationMonth::comparison);
    const auto as = [](long long v) {
        return static_cast<double>(v);
    };
    r.effect = differenceInDifferences(as(r.target.before), as(r.target.after), as(r.comparison.before),
                                       as(r.comparison.after), monthlyDispersion(tb, ta, cb, ca), p.confidence);
    if (p.hasBuffer) {
        const auto bb = periodSeries(r.series, -1, &EvaluationMonth::buffer);
        const auto ba = periodSeries(r.series, 1, &EvaluationMonth::buffer);
        r.bufferEffect =
            differenceInDifferences(as(r.buffer.before), as(r.buffer.after), as(r.comparison.before),
                                    as(r.comparison.after), monthlyDispersion(bb, ba, cb, ca), p.confidence);
        r.displacement = displacementQuotient(as(r.target.before), as(r.target.after), as(r.buffer.before),
                                              as(r.buffer.after), as(r.comparison.before), as(r.comparison.after));
    }
    if (r.months >= 3) {
        r.preTrend = compareTrends(tb, cb);
        r.targetTrendPerYear = perYearPercent(poissonTrend(tb).slope);
        r.comparisonTrendPerYear = perYearPercent(poissonTrend(cb).slope);
    }

    checkData(p, possible, r);
    checkSources(input, p, r);
    describeEvaluation(r, p);
    feedback.setProgress(100.0);
    return r;
}

} // namespace lb::analysis
