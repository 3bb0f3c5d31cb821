#include "cli/evaluate_table.h"

#include "cli/analyse_support.h"
#include "io/excel_csv.h"

#include <cmath>

namespace lb::cli {

namespace {
QString integer(long long v)
{
    return QString::number(v);
}

QString day(const QDate &d)
{
    return d.toString(Qt::ISODate);
}
} // namespace

Status writeEvaluationTables(const QString &path, const report::EvaluationReport &report)
{
    const analysis::InterventionEvaluationResult &r = report.result;
    const Intervention &i = report.intervention;
    std::vector<QStringList> rows;
    auto add = [&](const char *name, const QString &value, const char *what) {
        rows.push_back({QString::fromLatin1(name), value, QString::fromUtf8(what)});
    };
    const auto n = [](double v, int decimals) {
        return io::excelNumber(v, decimals);
    };
    add("intervention", i.name, "name of the intervention");
    add("kind", report.kindLabel, "kind of intervention");
    add("starts_on", day(i.startsOn), "first day of the intervention");
    add("ends_on", day(i.endsOn), "last day (empty: still running)");
    add("categories", report.categories, "incident categories counted (empty: all)");
    add("comparison_area", report.comparisonName, "district(s) used as comparison area");
    add("comparison_chosen_by", report.comparisonHow, "given by the user or proposed from the months before");
    add("buffer_m", n(report.bufferMetres, 0), "width of the buffer zone around the target area in metres");
    add("left_out_imprecise", integer(report.leftOutImprecise),
        "incidents left out: placed at an area centre or dated only to the year");
    add("months", integer(r.months), "length of each period in whole months");
    add("before_first", day(r.beforeFirst), "first day of the before period");
    add("before_last", day(r.beforeLast), "last day of the before period");
    add("after_first", day(r.afterFirst), "first day of the after period");
    add("after_last", day(r.afterLast), "last day of the after period");
    add("target_before", integer(r.target.before), "incidents in the target area before");
    add("target_after", integer(r.target.after), "incidents in the target area after");
    add("target_change_pct", n(r.target.percent, 1), "change in the target area in %");
    add("buffer_before", integer(r.buffer.before), "incidents in the buffer zone before");
    add("buffer_after", integer(r.buffer.after), "incidents in the buffer zone after");
    add("buffer_change_pct", n(r.buffer.percent, 1), "change in the buffer zone in %");
    add("comparison_before", integer(r.comparison.before), "incidents in the comparison area before");
    add("comparison_after", integer(r.comparison.after), "incidents in the comparison area after");
    add("comparison_change_pct", n(r.comparison.percent, 1), "change in the comparison area in %");
    const auto ratio = [&](const char *prefix, const analysis::RateRatio &rr, const char *what) {
        const QString p = QString::fromLatin1(prefix);
        rows.push_back(
            {p + QStringLiteral("_rate_ratio"), rr.estimable ? n(rr.ratio, 4) : QString(), QString::fromUtf8(what)});
        rows.push_back({p + QStringLiteral("_ci_lower"), rr.estimable ? n(rr.lower, 4) : QString(),
                        QStringLiteral("lower end of the 95 % confidence interval")});
        rows.push_back({p + QStringLiteral("_ci_upper"), rr.estimable ? n(rr.upper, 4) : QString(),
                        QStringLiteral("upper end of the 95 % confidence interval")});
        rows.push_back({p + QStringLiteral("_p"), rr.estimable ? n(rr.pValue, 4) : QString(),
                        QStringLiteral("two-sided p-value of no change relative to the comparison area")});
        rows.push_back({p + QStringLiteral("_dispersion"), rr.estimable ? n(rr.dispersion, 2) : QString(),
                        QStringLiteral("overdispersion factor applied to the variance (1: plain Poisson)")});
    };
    ratio("effect", r.effect, "difference in differences: (target after/before) / (comparison after/before)");
    ratio("buffer", r.bufferEffect, "the same for the buffer zone: above 1 displacement, below 1 diffusion");
    const analysis::DisplacementQuotient &q = r.displacement;
    add("success_measure", q.computable ? n(q.successMeasure, 4) : QString(),
        "Bowers & Johnson: target after/comparison after − target before/comparison before (negative: success)");
    add("buffer_displacement_measure", q.computable ? n(q.bufferMeasure, 4) : QString(),
        "buffer after/comparison after − buffer before/comparison before");
    add("wdq", q.meaningful ? n(q.wdq, 4) : QString(),
        "weighted displacement quotient = buffer measure / success measure (only when the success measure < 0)");
    add("pretrend_target_pct_per_year", n(r.targetTrendPerYear, 1), "trend in the target area before the start");
    add("pretrend_comparison_pct_per_year", n(r.comparisonTrendPerYear, 1),
        "trend in the comparison area before the start");
    add("pretrend_p", r.preTrend.estimable ? n(r.preTrend.pValue, 4) : QString(),
        "test that both trends were equal (small p: they were not)");
    add("survey_districts", report.surveyDistricts.join(QStringLiteral(", ")),
        "districts whose survey answers stand for the target area");
    for (const analysis::SurveyIndicatorChange &c : report.survey.indicators) {
        const auto area = [&](const char *which, const analysis::SurveyAreaChange &a) {
            if (!a.measured)
                return;
            const QString p = QStringLiteral("survey_%1_%2_").arg(c.indicator, QLatin1String(which));
            const QString what = QStringLiteral("%1, %2 area").arg(c.indicator, QLatin1String(which));
            rows.push_back({p + QStringLiteral("before_year"), integer(a.beforeYear),
                            what + QStringLiteral(": last survey round before the start year")});
            rows.push_back({p + QStringLiteral("before_pct"), n(100.0 * a.before.estimate, 1),
                            what + QStringLiteral(": share answering yes then, in %")});
            rows.push_back({p + QStringLiteral("after_year"), integer(a.afterYear),
                            what + QStringLiteral(": first survey round after the start year")});
            rows.push_back({p + QStringLiteral("after_pct"), n(100.0 * a.after.estimate, 1),
                            what + QStringLiteral(": share answering yes then, in %")});
            rows.push_back({p + QStringLiteral("change_pts"), n(100.0 * a.change.difference, 1),
                            what + QStringLiteral(": change in percentage points")});
            rows.push_back({p + QStringLiteral("ci_lower"), n(100.0 * a.change.lower, 1),
                            QStringLiteral("lower end of the 95 % confidence interval (Newcombe)")});
            rows.push_back({p + QStringLiteral("ci_upper"), n(100.0 * a.change.upper, 1),
                            QStringLiteral("upper end of the 95 % confidence interval (Newcombe)")});
            rows.push_back({p + QStringLiteral("p"), n(a.change.pValue, 4),
                            QStringLiteral("two-sided p-value of no change (two-proportion z-test)")});
        };
        area("target", c.target);
        area("comparison", c.comparison);
    }
    for (const QString &s : r.sentences)
        rows.push_back({QStringLiteral("sentence"), s, QString()});
    for (const QString &w : r.warnings)
        rows.push_back({QStringLiteral("warning"), w, QString()});
    if (Status s = io::writeExcelCsv(
            path, {QStringLiteral("measure"), QStringLiteral("value"), QStringLiteral("meaning")}, rows);
        !s)
        return s;

    rows.clear();
    for (const analysis::EvaluationMonth &m : r.series)
        rows.push_back({m.month.toString(QStringLiteral("yyyy-MM")),
                        m.period < 0   ? QStringLiteral("before")
                        : m.period > 0 ? QStringLiteral("after")
                                       : QStringLiteral("start"),
                        integer(m.target), integer(m.buffer), integer(m.comparison)});
    return io::writeExcelCsv(companionPath(path, QStringLiteral("monthly")),
                             {QStringLiteral("month"), QStringLiteral("period"), QStringLiteral("target"),
                              QStringLiteral("buffer"), QStringLiteral("comparison")},
                             rows);
}

} // namespace lb::cli
