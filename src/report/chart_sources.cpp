#include "report/chart_sources.h"

#include "core/local_clock.h"
#include "core/taxonomy.h"

#include <QCoreApplication>

#include <cmath>
#include <map>
#include <set>

namespace lb::report {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::report::ChartSources)
};

// The filter of the scope: inside the district, within the years.
Result<store::IncidentFilter> scopeFilter(const store::StoreReader &store, const ChartScope &scope)
{
    store::IncidentFilter filter;
    if (!scope.district.isEmpty()) {
        const auto area = findArea(store, scope.district);
        if (!area)
            return Error{Tr::tr("No area called %1 in the store.").arg(scope.district)};
        filter.areaId = area->id;
    }
    if (scope.fromYear > 0 || scope.toYear > 0)
        filter.span = TimeSpan::years(scope.fromYear > 0 ? scope.fromYear : 1900,
                                      scope.toYear > 0 ? scope.toYear : 2999, store.timeZone());
    return filter;
}

Result<std::vector<Incident>> scopedIncidents(const store::StoreReader &store, const ChartScope &scope)
{
    auto filter = scopeFilter(store, scope);
    if (!filter)
        return Error{filter.errorMessage()};
    return store.incidents(*filter);
}

QDate localDay(const LocalClock &clock, Instant t)
{
    const LocalFields f = clock.fields(t);
    return QDate(f.year, f.month, f.day);
}
} // namespace

std::optional<Area> findArea(const store::Store &store, const QString &name)
{
    return findArea(*store::readerFor(store), name);
}

std::optional<Area> findArea(const store::StoreReader &store, const QString &name)
{
    auto areas = store.areas();
    if (!areas)
        return std::nullopt;
    for (const Area &a : *areas)
        if (a.name.compare(name, Qt::CaseInsensitive) == 0)
            return a;
    return std::nullopt;
}

Result<TrendSource> loadYearlyTrends(const store::StoreReader &store, const ChartScope &scope, bool byCategory,
                                     bool byDistrict, Feedback &feedback)
{
    auto filter = scopeFilter(store, scope);
    if (!filter)
        return Error{filter.errorMessage()};
    // The plain-array read: times, categories and positions are all trends need.
    auto points = store.incidentPoints(*filter);
    if (!points)
        return Error{points.errorMessage()};
    auto categories = store.categories();
    auto districts = store.areas(QStringLiteral("district"));
    if (!categories || !districts)
        return Error{!categories ? categories.errorMessage() : districts.errorMessage()};
    TrendSource source;
    source.scopeName = scope.district.isEmpty() ? store.name() : scope.district;
    analysis::TrendInput in;
    std::map<QString, std::uint16_t> categoryIndex;
    for (const Category &c : *categories) {
        categoryIndex[c.code] = std::uint16_t(source.categoryCodes.size());
        source.categoryCodes << c.code;
        in.categoryNames << localizedLabel(c.labelSv, c.labelEn);
    }
    std::vector<Extent> extents;
    std::vector<double> population;
    for (const Area &a : *districts) {
        in.districtNames << a.name;
        extents.push_back(extentOf(a.geometry));
        population.push_back(double(a.population));
    }
    in.districtNames << Tr::tr("(outside the districts)");
    population.push_back(0.0);
    std::vector<Instant> times;
    std::vector<std::uint16_t> category, district;
    std::vector<std::uint16_t> categoryOf;
    for (const QString &code : points->categories) {
        auto c = categoryIndex.find(code);
        if (c == categoryIndex.end()) {
            c = categoryIndex.emplace(code, std::uint16_t(source.categoryCodes.size())).first;
            source.categoryCodes << code;
            in.categoryNames << code;
        }
        categoryOf.push_back(c->second);
    }
    times = points->times;
    for (std::size_t n = 0; n < points->size(); ++n) {
        category.push_back(categoryOf[points->categoryIndex[n]]);
        const PointXY position = points->positions[n];
        if (byDistrict) {
            std::uint16_t d = std::uint16_t(districts->size());
            for (std::size_t k = 0; k < districts->size(); ++k)
                if (extents[k].contains(position) && contains((*districts)[k].geometry, position)) {
                    d = std::uint16_t(k);
                    break;
                }
            district.push_back(d);
        }
    }
    const LocalClock clock(store.timeZone());
    in.times = times;
    in.clock = &clock;
    in.category = category;
    in.district = district;
    in.districtPopulation = population;
    analysis::TrendParameters par;
    par.period = analysis::TrendPeriod::Year;
    par.byCategory = byCategory;
    par.byDistrict = byDistrict;
    const TimeSpan all = store.incidentTimeSpan();
    if (all.isValid()) {
        par.coverageFirstDay = scope.fromYear > 0 ? std::max(QDate(scope.fromYear, 1, 1), localDay(clock, all.begin))
                                                  : localDay(clock, all.begin);
        par.coverageLastDay = scope.asOf.isValid() ? scope.asOf
                              : scope.toYear > 0   ? std::min(QDate(scope.toYear, 12, 31), localDay(clock, all.end - 1))
                                                   : localDay(clock, all.end - 1);
    }
    auto r = analysis::trends(in, par, feedback);
    if (!r)
        return Error{r.errorMessage()};
    source.result = std::move(*r);
    return source;
}

Result<analysis::TimeProfileResult> loadTimeProfile(const store::StoreReader &store, const ChartScope &scope,
                                                    Feedback &feedback)
{
    auto incidents = scopedIncidents(store, scope);
    if (!incidents)
        return Error{incidents.errorMessage()};
    std::vector<Instant> times;
    std::vector<TimePrecision> precision;
    for (const Incident &i : *incidents) {
        times.push_back(i.occurredAt);
        precision.push_back(i.timePrecision);
    }
    const LocalClock clock(store.timeZone());
    analysis::TimeProfileInput in{times, &clock, {}, precision, {}};
    return analysis::timeProfile(in, {}, feedback);
}

Result<SurveySource> loadSurveyShares(const store::StoreReader &store, const ChartScope &scope,
                                      const QString &indicator)
{
    auto surveys = store.surveys();
    auto answers = store.surveyAnswers();
    auto areas = store.areas();
    if (!surveys || !answers || !areas)
        return Error{!surveys ? surveys.errorMessage() : !answers ? answers.errorMessage() : areas.errorMessage()};
    std::map<std::int64_t, int> yearOf;
    for (const Survey &s : *surveys)
        if ((scope.fromYear <= 0 || s.year >= scope.fromYear) && (scope.toYear <= 0 || s.year <= scope.toYear))
            yearOf[s.id] = s.year;
    SurveySource source;
    source.indicator = indicator;
    if (source.indicator.isEmpty()) {
        std::set<QString> codes;
        for (const SurveyAnswer &a : *answers)
            codes.insert(a.indicator);
        if (codes.empty())
            return Error{Tr::tr("The store has no survey answers.")};
        source.indicator =
            codes.count(QStringLiteral("unsafe_evening")) ? QStringLiteral("unsafe_evening") : *codes.begin();
    }
    std::map<FeatureId, int> districtOf;
    for (const Area &a : *areas)
        if (a.kind != QLatin1String("municipality") &&
            (scope.district.isEmpty() || a.name.compare(scope.district, Qt::CaseInsensitive) == 0)) {
            districtOf[a.id] = int(source.districtNames.size());
            source.districtNames << a.name;
        }
    if (source.districtNames.isEmpty())
        return Error{Tr::tr("No area called %1 in the store.").arg(scope.district)};
    std::vector<int> year, district;
    std::vector<double> respondents, yes;
    for (const SurveyAnswer &a : *answers) {
        const auto y = yearOf.find(a.surveyId);
        const auto d = districtOf.find(a.areaId);
        if (a.indicator != source.indicator || y == yearOf.end() || d == districtOf.end())
            continue;
        year.push_back(y->second);
        district.push_back(d->second);
        respondents.push_back(a.respondents);
        // Stores keep the share; the count is what the share was computed from.
        yes.push_back(std::round(a.share * a.respondents));
    }
    if (year.empty())
        return Error{Tr::tr("The store has no answers to the indicator %1.").arg(source.indicator)};
    analysis::SurveyShareInput in{year, district, respondents, yes, source.districtNames};
    analysis::SurveyShareParameters par;
    par.wholeArea = scope.district.isEmpty();
    auto r = analysis::surveyShares(in, par);
    if (!r)
        return Error{r.errorMessage()};
    source.result = std::move(*r);
    return source;
}

Result<FollowupSource> loadFollowup(const store::StoreReader &store, const ChartScope &scope, Feedback &feedback)
{
    auto walks = store.walks();
    auto findings = store.walkFindings();
    auto kinds = store.findingKinds();
    if (!walks || !findings || !kinds)
        return Error{!walks ? walks.errorMessage() : !findings ? findings.errorMessage() : kinds.errorMessage()};
    std::optional<Area> area;
    if (!scope.district.isEmpty() && !(area = findArea(store, scope.district)))
        return Error{Tr::tr("No area called %1 in the store.").arg(scope.district)};
    std::map<FeatureId, QDate> dateOf;
    for (const Walk &w : *walks)
        dateOf[w.id] = w.date;
    FollowupSource source;
    source.asOf = scope.asOf.isValid() ? scope.asOf
                  : scope.toYear > 0   ? QDate(scope.toYear, 12, 31)
                                       : QDate::currentDate();
    analysis::WalkFollowupInput in;
    std::map<QString, std::uint16_t> kindIndex, responsibleIndex;
    for (const FindingKind &k : *kinds) {
        kindIndex[k.code] = std::uint16_t(in.kindNames.size());
        in.kindNames << localizedLabel(k.labelSv, k.labelEn);
    }
    std::vector<FindingStatus> status;
    std::vector<QDate> found, fixed;
    std::vector<std::uint16_t> kind, responsible;
    for (const WalkFinding &w : *findings) {
        const QDate date = dateOf.count(w.walkId) ? dateOf[w.walkId] : QDate();
        if (scope.fromYear > 0 && date.isValid() && date.year() < scope.fromYear)
            continue;
        if (area && !contains(area->geometry, w.position))
            continue;
        auto k = kindIndex.find(w.kind);
        if (k == kindIndex.end()) {
            k = kindIndex.emplace(w.kind, std::uint16_t(in.kindNames.size())).first;
            in.kindNames << w.kind;
        }
        auto r = responsibleIndex.find(w.responsible);
        if (r == responsibleIndex.end()) {
            r = responsibleIndex.emplace(w.responsible, std::uint16_t(in.responsibleNames.size())).first;
            in.responsibleNames << w.responsible;
        }
        status.push_back(w.status);
        found.push_back(date);
        fixed.push_back(w.fixedDate);
        kind.push_back(k->second);
        responsible.push_back(r->second);
    }
    in.status = status;
    in.found = found;
    in.fixed = fixed;
    in.kind = kind;
    in.responsible = responsible;
    analysis::WalkFollowupParameters par;
    par.referenceDate = source.asOf;
    auto r = analysis::walkFollowup(in, par, feedback);
    if (!r)
        return Error{r.errorMessage()};
    source.result = std::move(*r);
    return source;
}

} // namespace lb::report
