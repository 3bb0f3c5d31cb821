// lagesbild-cli analyse trends STORE --out FILE.csv: incident counts per year, quarter or month,
// optionally by category, district and source, with year-over-year and same-period changes and
// their tests; also the hour × weekday profile. Writes three CSV tables and prints the
// plain-language summary.

#include "analysis/time_profile.h"
#include "analysis/trends.h"
#include "cli/analyse_support.h"
#include "cli/open_reader.h"
#include "io/export_table.h"
#include "store/incident_time_counts.h"

#include <QCoreApplication>
#include <QDate>

#include <cmath>
#include <map>

namespace lb::cli {

namespace {
struct AnalyseTrendsTr {
    Q_DECLARE_TR_FUNCTIONS(lb::cli::AnalyseTrends)
};

QString num(double v, int decimals = 6)
{
    return std::isnan(v) ? QString() : QString::number(v, 'g', decimals);
}

double populationOf(const store::StoreReader &store, const QString &districtName, const analysis::TrendInput &in)
{
    if (!districtName.isEmpty()) {
        const auto a = areaNamed(store, districtName);
        return a ? static_cast<double>(a->population) : 0.0;
    }
    if (auto m = store.areas(QStringLiteral("municipality")); m && m->size() == 1 && m->front().population > 0)
        return static_cast<double>(m->front().population);
    double sum = 0.0;
    for (double p : in.districtPopulation) {
        if (!(p > 0.0))
            return 0.0;
        sum += p;
    }
    return sum;
}
} // namespace

int runAnalyseTrends(const QStringList &args, CommandIo io)
{
    QCommandLineParser p;
    p.setApplicationDescription(AnalyseTrendsTr::tr(
        "Incident counts per year, quarter or month with year-over-year and same-period changes, their "
        "significance and rates per 1,000 residents, plus the hour × weekday profile. Writes FILE.csv, "
        "FILE_same_period.csv and FILE_time_profile.csv."));
    addStoreArgument(p);
    AnalyseFilters f;
    f.addTo(p);
    const QCommandLineOption period(QStringLiteral("period"), AnalyseTrendsTr::tr("year, quarter or month (default)."),
                                    QStringLiteral("PERIOD"));
    const QCommandLineOption by(QStringLiteral("by"),
                                AnalyseTrendsTr::tr("Break down by category, district and/or source, comma-separated."),
                                QStringLiteral("LIST"));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  AnalyseTrendsTr::tr("Last day the data are complete (default: --to, or the day of "
                                                      "the latest incident in the store)."),
                                  QStringLiteral("DATE"));
    p.addOptions({period, by, asOf});
    int rc = 0;
    if (!parseArgs(p, QStringLiteral("analyse trends"), args, io, &rc))
        return rc;
    if (p.positionalArguments().size() != 1 || !p.isSet(f.out)) {
        io.err << AnalyseTrendsTr::tr("analyse trends needs a store and --out FILE.csv.") << '\n';
        return 2;
    }
    if (!outputFormat(p.value(f.out), {QStringLiteral("csv"), QStringLiteral("xlsx")}, io))
        return 2;
    analysis::TrendParameters par;
    const QString periodName = p.value(period).toLower();
    if (periodName == QLatin1String("year"))
        par.period = analysis::TrendPeriod::Year;
    else if (periodName == QLatin1String("quarter"))
        par.period = analysis::TrendPeriod::Quarter;
    else if (!periodName.isEmpty() && periodName != QLatin1String("month")) {
        io.err << AnalyseTrendsTr::tr("--period takes year, quarter or month.") << '\n';
        return 2;
    }
    for (const QString &b : p.value(by).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (b == QLatin1String("category"))
            par.byCategory = true;
        else if (b == QLatin1String("district"))
            par.byDistrict = true;
        else if (b == QLatin1String("source"))
            par.bySource = true;
        else {
            io.err << AnalyseTrendsTr::tr("--by takes category, district and source, not %1.").arg(b) << '\n';
            return 2;
        }
    }
    bool ok = true;
    const auto firstDay = dateOption(p, f.from, io, &ok);
    const auto lastDay = dateOption(p, f.to, io, &ok);
    const auto asOfDay = dateOption(p, asOf, io, &ok);
    if (!ok)
        return 2;

    auto store = openReader(p.positionalArguments().first(), io);
    if (!store)
        return 1;
    store::IncidentFilter filter;
    if (!makeIncidentFilter(p, f, *store, filter, io))
        return 2;
    auto categories = store->categories();
    auto districts = loadDistricts(*store);
    if (!categories || !districts) {
        io.err << (!categories ? categories.errorMessage() : districts.errorMessage()) << '\n';
        return 1;
    }
    analysis::TrendInput in;
    std::map<QString, std::uint16_t> categoryIndex, sourceIndex;
    QStringList categoryCodes;
    for (const Category &c : *categories) {
        categoryIndex[c.code] = static_cast<std::uint16_t>(categoryCodes.size());
        categoryCodes << c.code;
        in.categoryNames << localizedLabel(c.labelSv, c.labelEn);
    }
    auto categoryOf = [&](const QString &code) {
        auto c = categoryIndex.find(code);
        if (c == categoryIndex.end()) {
            c = categoryIndex.emplace(code, static_cast<std::uint16_t>(categoryCodes.size())).first;
            categoryCodes << code;
            in.categoryNames << code;
        }
        return c->second;
    };
    std::vector<double> population;
    for (const Area &a : districts->districts) {
        in.districtNames << a.name;
        population.push_back(static_cast<double>(a.population));
    }
    in.districtNames << AnalyseTrendsTr::tr("(outside the districts)");
    population.push_back(0.0);

    std::vector<Instant> times;
    std::vector<TimePrecision> precision;
    std::vector<std::uint16_t> category, district, source;
    std::vector<std::int64_t> weights;
    std::int64_t incidentCount = 0;
    if (!par.byDistrict && filter.areaId == 0) {
        // Nothing needs a position: the store counts the incidents per hour, category and source
        // (a few hundred thousand groups for millions of incidents), so memory stays small.
        auto counts = store->countIncidentTimes(filter, store::countBucketFor(store->timeZone()), par.bySource);
        if (!counts) {
            io.err << counts.errorMessage() << '\n';
            return 1;
        }
        incidentCount = counts->total;
        for (const QString &name : counts->sources)
            sourceIndex.emplace(name, 0);
        for (auto &[name, index] : sourceIndex) {
            index = static_cast<std::uint16_t>(in.sourceNames.size());
            in.sourceNames << name;
        }
        std::vector<std::uint16_t> categoryMap, sourceMap;
        for (const QString &code : counts->categories)
            categoryMap.push_back(categoryOf(code));
        for (const QString &name : counts->sources)
            sourceMap.push_back(sourceIndex[name]);
        for (std::size_t i = 0; i < counts->size(); ++i) {
            category.push_back(categoryMap[counts->category[i]]);
            source.push_back(par.bySource ? sourceMap[counts->source[i]] : 0);
        }
        times = std::move(counts->times);
        precision = std::move(counts->precision);
        weights = std::move(counts->counts);
        district.assign(times.size(), 0);
    } else {
        auto incidents = store->incidents(filter);
        if (!incidents) {
            io.err << incidents.errorMessage() << '\n';
            return 1;
        }
        incidentCount = static_cast<std::int64_t>(incidents->size());
        for (const Incident &i : *incidents)
            sourceIndex.emplace(i.source, 0);
        for (auto &[name, index] : sourceIndex) {
            index = static_cast<std::uint16_t>(in.sourceNames.size());
            in.sourceNames << name;
        }
        for (const Incident &i : *incidents) {
            times.push_back(i.occurredAt);
            precision.push_back(i.timePrecision);
            category.push_back(categoryOf(i.category));
            district.push_back(districts->of(i.position));
            source.push_back(sourceIndex[i.source]);
        }
    }
    if (incidentCount == 0)
        io.err << AnalyseTrendsTr::tr("Warning: no incidents match the filters (are the category codes and "
                                      "source names spelled as in the store?).")
               << '\n';
    const LocalClock clock(store->timeZone());
    in.times = times;
    in.precision = precision;
    in.clock = &clock;
    in.category = category;
    in.district = district;
    in.source = source;
    in.weights = weights;
    in.districtPopulation = population;
    in.totalPopulation = populationOf(*store, p.value(f.district), in);

    // Coverage: the filter's days, otherwise the store's first and last incident.
    const TimeSpan all = store->incidentTimeSpan();
    auto localDay = [&](Instant t) {
        const LocalFields lf = clock.fields(t);
        return QDate(lf.year, lf.month, lf.day);
    };
    par.coverageFirstDay = firstDay ? *firstDay : all.isValid() ? localDay(all.begin) : QDate();
    par.coverageLastDay = asOfDay ? *asOfDay : lastDay ? *lastDay : all.isValid() ? localDay(all.end - 1) : QDate();

    Feedback feedback;
    auto r = analysis::trends(in, par, feedback);
    if (!r) {
        io.err << r.errorMessage() << '\n';
        return 1;
    }
    auto groupColumns = [&](const analysis::TrendGroup &g) {
        return QStringList{g.category >= 0 ? categoryCodes[g.category] : QString(),
                           g.district >= 0 ? in.districtNames[g.district] : QString(),
                           g.source >= 0 ? in.sourceNames[g.source] : QString()};
    };
    std::vector<QStringList> rows;
    for (std::size_t g = 0; g < r->groups.size(); ++g)
        for (std::size_t k = 0; k < r->periods.size(); ++k) {
            const long long count = r->count(g, k);
            QStringList row{r->periods[k].label, r->periods[k].complete ? QStringLiteral("1") : QStringLiteral("0")};
            row << groupColumns(r->groups[g]) << QString::number(count)
                << (r->groups[g].population > 0 ? num(1000.0 * static_cast<double>(count) / r->groups[g].population)
                                                : QString());
            const long long y = r->yearOverYearIndex[g * r->periods.size() + k];
            if (y >= 0) {
                const analysis::TrendChange &c = r->yearOverYear[static_cast<std::size_t>(y)];
                row << c.referenceLabel << QString::number(c.referenceCount) << QString::number(c.change)
                    << num(c.percent, 4) << num(c.pValue, 4) << num(c.qValue, 4);
            } else {
                row << QString() << QString() << QString() << QString() << QString() << QString();
            }
            rows.push_back(row);
        }
    const QString out = p.value(f.out);
    Status s = io::writeCsv(out,
                            {QStringLiteral("period"), QStringLiteral("complete"), QStringLiteral("category"),
                             QStringLiteral("district"), QStringLiteral("source"), QStringLiteral("count"),
                             QStringLiteral("rate_per_1000"), QStringLiteral("yoy_reference"),
                             QStringLiteral("yoy_reference_count"), QStringLiteral("yoy_change"),
                             QStringLiteral("yoy_change_pct"), QStringLiteral("yoy_p"), QStringLiteral("yoy_q")},
                            rows);
    if (!s) {
        io.err << s.errorMessage() << '\n';
        return 1;
    }

    rows.clear();
    for (const analysis::TrendChange &c : r->samePeriod)
        rows.push_back(QStringList{c.periodLabel, c.referenceLabel}
                       << groupColumns(r->groups[c.group])
                       << QStringList{QString::number(c.count), QString::number(c.referenceCount),
                                      QString::number(c.change), num(c.percent, 4), num(c.rate), num(c.referenceRate),
                                      num(c.pValue, 4), num(c.qValue, 4), c.sentence});
    const QString samePath = companionPath(out, QStringLiteral("same_period"));
    s = io::writeCsv(samePath,
                     {QStringLiteral("period"), QStringLiteral("reference"), QStringLiteral("category"),
                      QStringLiteral("district"), QStringLiteral("source"), QStringLiteral("count"),
                      QStringLiteral("reference_count"), QStringLiteral("change"), QStringLiteral("change_pct"),
                      QStringLiteral("rate_per_1000"), QStringLiteral("reference_rate_per_1000"), QStringLiteral("p"),
                      QStringLiteral("q"), QStringLiteral("sentence")},
                     rows);
    if (!s) {
        io.err << s.errorMessage() << '\n';
        return 1;
    }

    analysis::TimeProfileInput tin{times, &clock, {}, precision, weights};
    auto profile = analysis::timeProfile(tin, {}, feedback);
    if (!profile) {
        io.err << profile.errorMessage() << '\n';
        return 1;
    }
    rows.clear();
    static const char *const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    for (int d = 0; d < 7; ++d) {
        QStringList row{QString::fromLatin1(days[d])};
        for (int h = 0; h < 24; ++h)
            row << QString::number(profile->matrix[static_cast<std::size_t>(d)][static_cast<std::size_t>(h)]);
        rows.push_back(row);
    }
    QStringList header{QStringLiteral("weekday")};
    for (int h = 0; h < 24; ++h)
        header << QStringLiteral("h%1").arg(h, 2, 10, QLatin1Char('0'));
    const QString profilePath = companionPath(out, QStringLiteral("time_profile"));
    s = io::writeCsv(profilePath, header, rows);
    if (!s) {
        io.err << s.errorMessage() << '\n';
        return 1;
    }

    for (const QString &n : r->notes)
        io.out << n << '\n';
    int shown = 0;
    for (const analysis::TrendChange &c : r->samePeriod) {
        if (c.count + c.referenceCount == 0)
            continue;
        if (++shown > 20) {
            io.out << AnalyseTrendsTr::tr("The other comparisons are in %1.").arg(samePath) << '\n';
            break;
        }
        io.out << c.sentence << '\n';
    }
    for (const QString &n : profile->notes)
        io.out << n << '\n';
    io.out << AnalyseTrendsTr::tr("Wrote %1, %2 and %3.").arg(out, samePath, profilePath) << '\n';
    return 0;
}

} // namespace lb::cli
