#include "analysis/trends.h"

#include "analysis/statistics.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace lb::analysis {

namespace {
struct TrendsTr {
    Q_DECLARE_TR_FUNCTIONS(lb::analysis::Trends)
};

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

const char *const kMonthNames[12] = {
    QT_TRANSLATE_NOOP("lb::analysis::Trends", "January"),   QT_TRANSLATE_NOOP("lb::analysis::Trends", "February"),
    QT_TRANSLATE_NOOP("lb::analysis::Trends", "March"),     QT_TRANSLATE_NOOP("lb::analysis::Trends", "April"),
    QT_TRANSLATE_NOOP("lb::analysis::Trends", "May"),       QT_TRANSLATE_NOOP("lb::analysis::Trends", "June"),
    QT_TRANSLATE_NOOP("lb::analysis::Trends", "July"),      QT_TRANSLATE_NOOP("lb::analysis::Trends", "August"),
    QT_TRANSLATE_NOOP("lb::analysis::Trends", "September"), QT_TRANSLATE_NOOP("lb::analysis::Trends", "October"),
    QT_TRANSLATE_NOOP("lb::analysis::Trends", "November"),  QT_TRANSLATE_NOOP("lb::analysis::Trends", "December")};

QString monthName(int month)
{
    return TrendsTr::tr(kMonthNames[month - 1]);
}

int perYear(TrendPeriod p)
{
    return p == TrendPeriod::Year ? 1 : p == TrendPeriod::Quarter ? 4 : 12;
}

// First and last day of the period with the given key.
std::pair<QDate, QDate> daysOf(TrendPeriod p, int key)
{
    const int n = perYear(p);
    const int year = static_cast<int>(std::floor(static_cast<double>(key) / n));
    const int index = key - year * n;
    const int months = 12 / n;
    const QDate first(year, index * months + 1, 1);
    return {first, first.addMonths(months).addDays(-1)};
}

} // namespace

int periodKey(TrendPeriod p, int year, int month)
{
    return p == TrendPeriod::Year      ? year
           : p == TrendPeriod::Quarter ? year * 4 + (month - 1) / 3
                                       : year * 12 + month - 1;
}

QString periodLabel(TrendPeriod p, int key)
{
    const QDate first = daysOf(p, key).first;
    switch (p) {
    case TrendPeriod::Year:
        return QString::number(first.year());
    case TrendPeriod::Quarter:
        return QStringLiteral("%1-Q%2").arg(first.year()).arg((first.month() - 1) / 3 + 1);
    case TrendPeriod::Month:
        return QStringLiteral("%1-%2").arg(first.year()).arg(first.month(), 2, 10, QLatin1Char('0'));
    }
    return {};
}

namespace {

QString monthsLabel(int year, int lastMonth)
{
    if (lastMonth == 12)
        return QString::number(year);
    if (lastMonth == 1)
        return TrendsTr::tr("%1 %2").arg(monthName(1)).arg(year);
    return TrendsTr::tr("%1–%2 %3").arg(monthName(1), monthName(lastMonth)).arg(year);
}

QString formatP(double p)
{
    if (p < 0.001)
        return TrendsTr::tr("p < %1").arg(QLocale().toString(0.001, 'f', 3));
    return TrendsTr::tr("p = %1").arg(QLocale().toString(p, 'f', p < 0.01 ? 3 : 2));
}

QString signedNumber(double v, int decimals)
{
    const QString s = QLocale().toString(std::abs(v), 'f', decimals);
    if (v > 0)
        return QStringLiteral("+") + s;
    if (v < 0)
        return QStringLiteral("−") + s;
    return s;
}

TrendChange makeChange(std::size_t group, const TrendGroup &g, long long count, long long reference)
{
    TrendChange c;
    c.group = group;
    c.count = count;
    c.referenceCount = reference;
    c.change = count - reference;
    c.percent = reference > 0 ? 100.0 * static_cast<double>(c.change) / static_cast<double>(reference) : kNaN;
    c.rate = g.population > 0 ? 1000.0 * static_cast<double>(count) / g.population : kNaN;
    c.referenceRate = g.population > 0 ? 1000.0 * static_cast<double>(reference) / g.population : kNaN;
    // Equal exposure: the same months in both years and one population figure for both.
    c.pValue = comparePoissonCounts(count, 1.0, reference, 1.0).pValue;
    return c;
}

// Adjusts the p-values of changes [begin, end) (one comparison over its groups) and writes sentences.
void finishComparison(std::vector<TrendChange> &changes, std::size_t begin, std::size_t end,
                      const std::vector<TrendGroup> &groups, double alpha)
{
    std::vector<double> p;
    for (std::size_t i = begin; i < end; ++i)
        p.push_back(changes[i].pValue);
    const std::vector<double> q = fdrAdjusted(p);
    const bool adjusted = end - begin > 1;
    for (std::size_t i = begin; i < end; ++i) {
        changes[i].qValue = q[i - begin];
        changes[i].sentence = describeChange(groups[changes[i].group].label, changes[i], alpha, adjusted);
    }
}

} // namespace

QString describeChange(const QString &what, const TrendChange &c, double alpha, bool adjusted)
{
    if (c.count == 0 && c.referenceCount == 0)
        return TrendsTr::tr("%1: no incidents in %2 or in %3.").arg(what, c.periodLabel, c.referenceLabel);
    const QString percent = std::isnan(c.percent) ? TrendsTr::tr("none before")
                                                  : QString(signedNumber(c.percent, 1) + QStringLiteral(" %"));
    QString s = TrendsTr::tr("%1: %2 incidents in %3 against %4 in %5 (%6, %7).")
                    .arg(what)
                    .arg(c.count)
                    .arg(c.periodLabel)
                    .arg(c.referenceCount)
                    .arg(c.referenceLabel, signedNumber(static_cast<double>(c.change), 0), percent);
    const double p = adjusted ? c.qValue : c.pValue;
    if (c.count + c.referenceCount < 10)
        s += QLatin1Char(' ') +
             TrendsTr::tr("These are too few incidents to tell a change from chance (%1).").arg(formatP(c.pValue));
    else if (p <= alpha)
        s += QLatin1Char(' ') + TrendsTr::tr("A change this large would be unlikely if the underlying level had stayed "
                                             "the same (%1). It may still come from changes in reporting rather "
                                             "than in what happens.")
                                    .arg(formatP(p));
    else if (c.pValue <= alpha)
        s += QLatin1Char(' ') + TrendsTr::tr("On its own the change would count as significant (%1), but not once "
                                             "the other groups compared at the same time are taken into account "
                                             "(adjusted %2).")
                                    .arg(formatP(c.pValue), formatP(c.qValue));
    else
        s += QLatin1Char(' ') + TrendsTr::tr("A change of this size could well be chance (%1); it does not show "
                                             "that the level has changed.")
                                    .arg(formatP(c.pValue));
    return s;
}

Result<TrendResult> trends(const TrendInput &in, const TrendParameters &par, Feedback &feedback)
{
    const bool useLocal = !in.local.empty();
    const std::size_t n = useLocal ? in.local.size() : in.times.size();
    if (!useLocal && n > 0 && in.clock == nullptr)
        return Error{TrendsTr::tr("Trends need a clock to turn times into local dates.")};
    auto sized = [n](auto span) {
        return span.empty() || span.size() == n;
    };
    if (!sized(in.category) || !sized(in.district) || !sized(in.source) || !sized(in.weights))
        return Error{TrendsTr::tr("The category, district and source lists must have one entry per incident.")};

    std::vector<LocalFields> local;
    if (!useLocal) {
        local.reserve(n);
        for (Instant t : in.times)
            local.push_back(in.clock->fields(t));
    }
    const std::span<const LocalFields> f = useLocal ? in.local : std::span<const LocalFields>(local);

    TrendResult r;
    r.period = par.period;
    r.eventCount = n;
    if (!in.weights.empty()) {
        r.eventCount = 0;
        for (std::int64_t w : in.weights)
            r.eventCount += static_cast<std::size_t>(w);
    }
    QDate firstDay = par.coverageFirstDay, lastDay = par.coverageLastDay;
    if (!firstDay.isValid() || !lastDay.isValid()) {
        QDate lo, hi;
        for (std::size_t i = 0; i < f.size(); ++i) {
            const LocalFields &e = f[i];
            const QDate d(e.year, e.month, e.day);
            QDate end = d;
            if (i < in.precision.size() && in.precision[i] == TimePrecision::Month)
                end = QDate(e.year, e.month, 1).addMonths(1).addDays(-1);
            else if (i < in.precision.size() && in.precision[i] == TimePrecision::Year)
                end = QDate(e.year, 12, 31);
            lo = lo.isValid() ? std::min(lo, d) : d;
            hi = hi.isValid() ? std::max(hi, end) : end;
        }
        if (!firstDay.isValid())
            firstDay = lo;
        if (!lastDay.isValid())
            lastDay = hi;
    }
    if (!firstDay.isValid() || !lastDay.isValid() || lastDay < firstDay)
        return Error{TrendsTr::tr("There are no incidents and no period to count them in.")};
    r.notes << TrendsTr::tr("The data are taken to cover %1 to %2; periods not wholly inside are marked "
                            "incomplete and are not compared.")
                   .arg(firstDay.toString(Qt::ISODate), lastDay.toString(Qt::ISODate));

    // Periods: the coverage plus any period an event falls in.
    int kLo = periodKey(par.period, firstDay.year(), firstDay.month());
    int kHi = periodKey(par.period, lastDay.year(), lastDay.month());
    for (const LocalFields &e : f) {
        kLo = std::min(kLo, periodKey(par.period, e.year, e.month));
        kHi = std::max(kHi, periodKey(par.period, e.year, e.month));
    }
    for (int k = kLo; k <= kHi; ++k) {
        const auto [a, b] = daysOf(par.period, k);
        r.periods.push_back({k, periodLabel(par.period, k), a >= firstDay && b <= lastDay});
    }

    // Groups: every combination of the dimensions broken down.
    auto extent = [](bool on, const QStringList &names, std::span<const std::uint16_t> idx) {
        if (!on)
            return 1;
        int m = static_cast<int>(names.size());
        for (std::uint16_t v : idx)
            m = std::max(m, static_cast<int>(v) + 1);
        return std::max(m, 1);
    };
    const int nc = extent(par.byCategory, in.categoryNames, in.category);
    const int nd = extent(par.byDistrict, in.districtNames, in.district);
    const int ns = extent(par.bySource, in.sourceNames, in.source);
    auto name = [](const QStringList &names, int i) {
        return i < names.size() ? names[i] : QString::number(i);
    };
    for (int c = 0; c < nc; ++c)
        for (int d = 0; d < nd; ++d)
            for (int s = 0; s < ns; ++s) {
                TrendGroup g;
                g.category = par.byCategory ? c : -1;
                g.district = par.byDistrict ? d : -1;
                g.source = par.bySource ? s : -1;
                QStringList parts;
                if (par.byCategory)
                    parts << name(in.categoryNames, c);
                if (par.byDistrict)
                    parts << name(in.districtNames, d);
                if (par.bySource)
                    parts << name(in.sourceNames, s);
                g.label = parts.isEmpty() ? TrendsTr::tr("All incidents") : parts.join(QStringLiteral(", "));
                if (par.byDistrict)
                    g.population = static_cast<std::size_t>(d) < in.districtPopulation.size()
                                       ? in.districtPopulation[static_cast<std::size_t>(d)]
                                       : 0.0;
                else
                    g.population = in.totalPopulation;
                if (!(g.population > 0.0))
                    g.population = 0.0;
                r.groups.push_back(g);
            }

    // The same-period comparison: January to the latest complete month.
    const QDate lastComplete = lastDay.addDays(1).addDays(-lastDay.addDays(1).day()); // end of the last whole month
    const int Y = lastComplete.year(), M = lastComplete.month();
    const bool samePeriodPossible = QDate(Y - 1, 1, 1) >= firstDay;
    if (samePeriodPossible) {
        r.samePeriodYear = Y;
        r.samePeriodLastMonth = M;
    } else {
        r.notes << TrendsTr::tr("No same-period comparison: the data do not cover January to %1 of two years "
                                "in a row.")
                       .arg(monthName(M));
    }

    const std::size_t np = r.periods.size();
    r.counts.assign(r.groups.size() * np, 0);
    std::vector<long long> same(r.groups.size() * 2, 0); // [group][0: year Y, 1: year Y − 1]
    for (std::size_t i = 0; i < n; ++i) {
        if ((i & 0xffff) == 0 && feedback.isCanceled()) {
            r.canceled = true;
            return r;
        }
        const int c = par.byCategory && !in.category.empty() ? in.category[i] : 0;
        const int d = par.byDistrict && !in.district.empty() ? in.district[i] : 0;
        const int s = par.bySource && !in.source.empty() ? in.source[i] : 0;
        const std::size_t g = (static_cast<std::size_t>(c) * nd + d) * ns + s;
        const std::size_t p = static_cast<std::size_t>(periodKey(par.period, f[i].year, f[i].month) - kLo);
        const long long w = in.weights.empty() ? 1 : in.weights[i];
        r.counts[g * np + p] += w;
        if (r.samePeriodLastMonth > 0 && f[i].month <= M && (f[i].year == Y || f[i].year == Y - 1))
            same[g * 2 + (f[i].year == Y ? 0 : 1)] += w;
    }

    // Year over year: every complete period against the complete period one year before.
    const int step = perYear(par.period);
    r.yearOverYearIndex.assign(r.counts.size(), -1);
    for (std::size_t p = static_cast<std::size_t>(step); p < np; ++p) {
        if (!r.periods[p].complete || !r.periods[p - static_cast<std::size_t>(step)].complete)
            continue;
        const std::size_t begin = r.yearOverYear.size();
        for (std::size_t g = 0; g < r.groups.size(); ++g) {
            TrendChange c = makeChange(g, r.groups[g], r.count(g, p), r.count(g, p - static_cast<std::size_t>(step)));
            c.periodLabel = r.periods[p].label;
            c.referenceLabel = r.periods[p - static_cast<std::size_t>(step)].label;
            r.yearOverYearIndex[g * np + p] = static_cast<long long>(r.yearOverYear.size());
            r.yearOverYear.push_back(std::move(c));
        }
        finishComparison(r.yearOverYear, begin, r.yearOverYear.size(), r.groups, par.alpha);
    }

    if (r.samePeriodLastMonth > 0) {
        for (std::size_t g = 0; g < r.groups.size(); ++g) {
            TrendChange c = makeChange(g, r.groups[g], same[g * 2], same[g * 2 + 1]);
            c.periodLabel = monthsLabel(Y, M);
            c.referenceLabel = monthsLabel(Y - 1, M);
            r.samePeriod.push_back(std::move(c));
        }
        finishComparison(r.samePeriod, 0, r.samePeriod.size(), r.groups, par.alpha);
        r.notes << (M == 12 ? TrendsTr::tr("Same period: the whole year %1 against %2.").arg(Y).arg(Y - 1)
                            : TrendsTr::tr("Same period: %1 against %2, because %3 is the latest complete month.")
                                  .arg(monthsLabel(Y, M), monthsLabel(Y - 1, M), monthName(M)));
    }
    return r;
}

} // namespace lb::analysis
