#include "report/chart_builder.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace lb::report {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::report::ChartBuilder)
};

// Hides counts under the threshold in a public chart; returns how many were hidden.
int suppress(std::vector<double> &values, const ChartOptions &options)
{
    int hidden = 0;
    if (!options.isPublic)
        return 0;
    for (double &v : values)
        if (!std::isnan(v) && options.rules.suppresses(std::llround(v))) {
            v = kNoValue;
            ++hidden;
        }
    return hidden;
}

Chart baseChart(const ChartOptions &options)
{
    Chart chart;
    chart.isPublic = options.isPublic;
    chart.threshold = options.rules.minCount;
    return chart;
}

QString thresholdNote(const ChartOptions &options, int leftOut, const QString &what)
{
    return Tr::tr("%1 with fewer than %2 events in all, left out: %n.", nullptr, leftOut)
        .arg(what)
        .arg(options.rules.minCount);
}
} // namespace

std::optional<ChartType> chartTypeFromName(const QString &name)
{
    const QStringList names = chartTypeNames();
    const qsizetype i = names.indexOf(name.toLower());
    if (i < 0)
        return std::nullopt;
    return ChartType(i);
}

QStringList chartTypeNames()
{
    return {QStringLiteral("per-year"), QStringLiteral("change"), QStringLiteral("time-profile"),
            QStringLiteral("survey"), QStringLiteral("followup")};
}

QString indicatorLabel(const QString &code)
{
    if (code == QLatin1String("unsafe_evening"))
        return Tr::tr("Feels unsafe outdoors in the evening");
    if (code == QLatin1String("avoids_places"))
        return Tr::tr("Avoids certain places");
    if (code == QLatin1String("worried_crime"))
        return Tr::tr("Worried about crime");
    return code;
}

Chart perYearChart(const TrendSource &source, const ChartOptions &options)
{
    const analysis::TrendResult &r = source.result;
    Chart chart = baseChart(options);
    chart.kind = options.lines ? ChartKind::Lines : ChartKind::Columns;
    chart.title = Tr::tr("Incidents per year by category");
    chart.subtitle = source.scopeName;
    chart.valueAxisTitle = Tr::tr("Incidents");
    bool incomplete = false;
    for (const analysis::TrendPeriodInfo &p : r.periods) {
        chart.labels << (p.complete ? p.label : p.label + QStringLiteral("*"));
        incomplete = incomplete || !p.complete;
    }
    int leftOut = 0;
    for (std::size_t g = 0; g < r.groups.size(); ++g) {
        ChartSeries se;
        se.name = r.groups[g].label;
        long long total = 0;
        for (std::size_t k = 0; k < r.periods.size(); ++k) {
            se.values.push_back(double(r.count(g, k)));
            total += r.count(g, k);
        }
        if (total == 0 || (options.isPublic && options.rules.suppresses(total))) {
            leftOut += total > 0;
            continue;
        }
        chart.suppressed += suppress(se.values, options);
        chart.series.push_back(std::move(se));
    }
    chart.valueLabels = chart.series.size() * std::size_t(chart.labels.size()) <= 60 && !options.lines;
    if (incomplete)
        chart.notes << Tr::tr("* The data do not cover the whole year.");
    if (leftOut > 0)
        chart.notes << thresholdNote(options, leftOut, Tr::tr("Categories"));
    return chart;
}

Chart changeChart(const TrendSource &source, const ChartOptions &options)
{
    const analysis::TrendResult &r = source.result;
    Chart chart = baseChart(options);
    chart.kind = ChartKind::DivergingBars;
    chart.percent = true;
    chart.title = Tr::tr("Change from the year before by category");
    ChartSeries se;
    int leftOut = 0;
    const QLocale locale;
    for (const analysis::TrendChange &c : r.samePeriod) {
        if (c.count + c.referenceCount == 0)
            continue;
        if (options.isPublic && (options.rules.suppresses(c.count) || options.rules.suppresses(c.referenceCount))) {
            ++leftOut;
            continue;
        }
        chart.subtitle = Tr::tr("%1, %2 against %3").arg(source.scopeName, c.periodLabel, c.referenceLabel);
        chart.labels << Tr::tr("%1 (%2 → %3)")
                            .arg(r.groups[c.group].label, locale.toString(c.referenceCount), locale.toString(c.count));
        se.values.push_back(c.percent / 100.0);
        se.marks.push_back(c.qValue < 0.05 ? QStringLiteral("*") : QString());
    }
    chart.series.push_back(std::move(se));
    if (chart.labels.isEmpty())
        chart.subtitle = Tr::tr("%1: no full year to compare with the year before.").arg(source.scopeName);
    chart.notes << Tr::tr("* A significant change (exact test for two Poisson counts, Benjamini–Hochberg adjusted, "
                          "5 % level). Without *, the change may be chance.");
    if (leftOut > 0)
        chart.notes << thresholdNote(options, leftOut, Tr::tr("Categories"));
    return chart;
}

Chart timeProfileChart(const analysis::TimeProfileResult &profile, const QString &scopeName,
                       const ChartOptions &options)
{
    Chart chart = baseChart(options);
    chart.kind = ChartKind::Matrix;
    chart.title = Tr::tr("Incidents by hour and weekday");
    chart.subtitle =
        Tr::tr("%1, %2 incidents with a known time of day").arg(scopeName, QLocale().toString(profile.used));
    for (int h = 0; h < 24; ++h)
        chart.labels << QStringLiteral("%1").arg(h, 2, 10, QLatin1Char('0'));
    const QLocale locale;
    for (int d = 0; d < 7; ++d) {
        ChartSeries se;
        se.name = locale.standaloneDayName(d + 1, QLocale::ShortFormat);
        for (int h = 0; h < 24; ++h)
            se.values.push_back(double(profile.matrix[std::size_t(d)][std::size_t(h)]));
        chart.suppressed += suppress(se.values, options);
        chart.series.push_back(std::move(se));
    }
    chart.notes << profile.notes;
    return chart;
}

Chart surveyChart(const SurveySource &source, const ChartOptions &options)
{
    const analysis::SurveyShareResult &r = source.result;
    Chart chart = baseChart(options);
    chart.kind = ChartKind::Lines;
    chart.percent = true;
    chart.title = indicatorLabel(source.indicator);
    chart.subtitle = Tr::tr("Share answering yes per district and survey round, with 95 % intervals");
    chart.valueAxisTitle = Tr::tr("Share");
    for (int y : r.years)
        chart.labels << QString::number(y);
    std::map<int, ChartSeries> byDistrict;
    for (const analysis::SurveyShare &s : r.shares) {
        ChartSeries &se = byDistrict[s.district];
        se.name = s.district < 0 ? Tr::tr("Whole area") : source.districtNames[s.district];
        const bool hidden = options.isPublic && s.measured && options.rules.suppresses(std::llround(s.respondents));
        chart.suppressed += hidden;
        const bool show = s.measured && !hidden;
        se.values.push_back(show ? s.share.estimate : kNoValue);
        se.lower.push_back(show ? s.share.lower : kNoValue);
        se.upper.push_back(show ? s.share.upper : kNoValue);
    }
    // The whole area first, then the districts in the store's order.
    if (byDistrict.count(-1))
        chart.series.push_back(byDistrict[-1]);
    for (auto &[d, se] : byDistrict)
        if (d >= 0)
            chart.series.push_back(se);
    chart.valueLabels = chart.series.size() <= 2;
    chart.notes << Tr::tr("Years without a survey round are left as gaps.");
    return chart;
}

Chart followupChart(const FollowupSource &source, const QString &scopeName, const ChartOptions &options)
{
    const analysis::WalkFollowupResult &r = source.result;
    Chart chart = baseChart(options);
    chart.kind = ChartKind::StackedBars;
    chart.title = Tr::tr("Safety-walk findings by status");
    chart.subtitle = Tr::tr("%1, as of %2").arg(scopeName, QLocale().toString(source.asOf, QLocale::ShortFormat));
    const QString statusNames[] = {Tr::tr("Open"), Tr::tr("In progress"), Tr::tr("Fixed"), Tr::tr("Rejected")};
    chart.series.resize(4);
    for (std::size_t s = 0; s < 4; ++s)
        chart.series[s].name = statusNames[s];
    int leftOut = 0;
    for (const analysis::FollowupGroup &g : r.byKind) {
        if (g.total == 0 || (options.isPublic && options.rules.suppresses(g.total))) {
            leftOut += g.total > 0;
            continue;
        }
        chart.labels << g.name;
        chart.totals.push_back(double(g.total));
        for (std::size_t s = 0; s < 4; ++s)
            chart.series[s].values.push_back(double(g.counts[s]));
    }
    for (ChartSeries &se : chart.series)
        chart.suppressed += suppress(se.values, options);
    if (leftOut > 0)
        chart.notes << thresholdNote(options, leftOut, Tr::tr("Kinds of finding"));
    return chart;
}

} // namespace lb::report
