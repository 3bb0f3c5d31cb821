#include "report/intervention_evaluator.h"

#include "analysis/comparison_proposal.h"
#include "analysis/intervention_zones.h"
#include "core/local_clock.h"
#include "core/taxonomy.h"
#include "report/chart_builder.h"
#include "store/intervention_store.h"
#include "store/store.h"

#include <QCoreApplication>

#include <QLocale>
#include <algorithm>

#include <cmath>
#include <map>
#include <set>

namespace lb::report {

namespace {
struct EvaluatorTr {
    Q_DECLARE_TR_FUNCTIONS(lb::report::InterventionEvaluator)
};

struct Prepared {
    std::vector<QDate> dates;
    std::vector<PointXY> positions;
    std::vector<std::uint16_t> source;
    QStringList sourceNames;
    long long leftOut = 0;
};

Prepared prepare(const std::vector<Incident> &incidents, const LocalClock &clock)
{
    Prepared p;
    std::map<QString, std::uint16_t> sources;
    for (const Incident &i : incidents) {
        // A centroid says nothing about which side of a buffer line it happened on, and a year
        // says nothing about the month.
        if (isCentrePlaced(i.locationPrecision) || i.timePrecision == TimePrecision::Year) {
            ++p.leftOut;
            continue;
        }
        const LocalFields f = clock.fields(i.occurredAt);
        p.dates.emplace_back(f.year, f.month, f.day);
        p.positions.push_back(i.position);
        auto it = sources.find(i.source);
        if (it == sources.end()) {
            it = sources.emplace(i.source, static_cast<std::uint16_t>(p.sourceNames.size())).first;
            p.sourceNames << (i.source.isEmpty() ? EvaluatorTr::tr("(no source)") : i.source);
        }
        p.source.push_back(it->second);
    }
    return p;
}

Result<analysis::InterventionEvaluationResult> run(const Prepared &data, const analysis::InterventionZones &zones,
                                                   const analysis::InterventionEvaluationParameters &par,
                                                   Feedback &feedback)
{
    std::vector<analysis::EvaluationArea> area;
    area.reserve(data.positions.size());
    for (PointXY p : data.positions)
        area.push_back(zones.classify(p));
    analysis::InterventionEvaluationInput in{data.dates, area, data.source, data.sourceNames};
    return analysis::evaluateIntervention(in, par, feedback);
}

bool inside(const Area &a, PointXY p)
{
    return extentOf(a.geometry).contains(p) && contains(a.geometry, p);
}

// The districts the target area lies in: its own districts, or those holding its point, a vertex
// of its route or of its polygon.
std::vector<const Area *> targetDistricts(const Intervention &i, const std::vector<Area> &districts)
{
    std::vector<PointXY> probes;
    if (i.shape == InterventionShape::Point)
        probes.push_back(i.point);
    else if (i.shape == InterventionShape::Route)
        probes = i.route;
    else if (i.shape == InterventionShape::Polygon)
        for (const Polygon &polygon : i.polygon)
            if (!polygon.rings.empty())
                probes.insert(probes.end(), polygon.rings.front().begin(), polygon.rings.front().end());
    std::vector<const Area *> out;
    for (const Area &a : districts) {
        const bool own = std::find(i.areaIds.begin(), i.areaIds.end(), a.id) != i.areaIds.end();
        if (own || std::any_of(probes.begin(), probes.end(), [&](PointXY p) { return inside(a, p); }))
            out.push_back(&a);
    }
    return out;
}

Status compareSurveys(const store::StoreReader &store, const std::vector<Area> &districts, EvaluationReport &report)
{
    auto rounds = store.surveys();
    auto answers = store.surveyAnswers();
    if (!rounds)
        return rounds.error();
    if (!answers)
        return answers.error();
    std::map<std::int64_t, int> yearOf;
    for (const Survey &s : *rounds)
        yearOf[s.id] = s.year;
    std::set<FeatureId> target, comparison;
    for (const Area *a : targetDistricts(report.intervention, districts)) {
        target.insert(a->id);
        report.surveyDistricts << a->name;
    }
    for (const Area &a : districts)
        if (a.name == report.comparisonName && !target.count(a.id))
            comparison.insert(a.id);
    std::map<QString, analysis::SurveyIndicatorInput> byIndicator;
    for (const SurveyAnswer &a : *answers) {
        const bool inTarget = target.count(a.areaId) > 0, inComparison = comparison.count(a.areaId) > 0;
        if (!inTarget && !inComparison)
            continue;
        analysis::SurveyIndicatorInput &in = byIndicator[a.indicator];
        in.indicator = a.indicator;
        in.label = indicatorLabel(a.indicator);
        const analysis::SurveyRoundCount round{yearOf[a.surveyId], double(a.respondents), a.share * a.respondents};
        (inTarget ? in.target : in.comparison).push_back(round);
    }
    std::vector<analysis::SurveyIndicatorInput> inputs;
    for (auto &[code, in] : byIndicator)
        inputs.push_back(std::move(in));
    report.survey = analysis::surveyBeforeAfter(inputs, report.intervention.startsOn.year());
    for (const analysis::SurveyIndicatorChange &c : report.survey.indicators)
        if (!c.sentence.isEmpty())
            report.result.sentences << c.sentence;
    report.result.warnings << report.survey.notes;
    return {};
}
} // namespace

Result<EvaluationReport> evaluateStoredIntervention(const store::StoreReader &store, const EvaluationRequest &request,
                                                    Feedback &feedback)
{
    auto stored = store.interventions();
    if (!stored)
        return stored.error();
    const auto found = std::find_if(stored->begin(), stored->end(),
                                    [&](const Intervention &i) { return i.id == request.interventionId; });
    if (found == stored->end())
        return Error{QCoreApplication::translate("lb::store::InterventionStore", "There is no intervention %1.")
                         .arg(request.interventionId)};
    const std::optional<Intervention> intervention = *found;
    auto districts = store.areas(QStringLiteral("district"));
    if (!districts)
        return districts.error();
    EvaluationReport report;
    report.intervention = *intervention;
    report.categories = request.categories.join(QLatin1Char(','));
    report.bufferMetres = request.bufferMetres;
    if (auto kinds = store.interventionKinds())
        for (const InterventionKind &k : *kinds)
            if (k.code == intervention->kind)
                report.kindLabel = localizedLabel(k.labelSv, k.labelEn);

    analysis::InterventionEvaluationParameters par;
    par.start = intervention->startsOn;
    par.beforeMonths = request.beforeMonths;
    par.hasBuffer = request.bufferMetres > 0.0;
    const auto isTarget = [&](const Area &a) {
        return std::find(intervention->areaIds.begin(), intervention->areaIds.end(), a.id) !=
               intervention->areaIds.end();
    };
    MultiPolygon targetDistricts;
    for (const Area &a : *districts)
        if (isTarget(a))
            targetDistricts.insert(targetDistricts.end(), a.geometry.begin(), a.geometry.end());

    store::IncidentFilter filter;
    filter.categories = request.categories;
    auto incidents = store.incidents(filter);
    if (!incidents)
        return incidents.error();
    const LocalClock clock(store.timeZone());
    const Prepared data = prepare(*incidents, clock);
    report.leftOutImprecise = data.leftOut;
    if (const TimeSpan all = store.incidentTimeSpan(); all.isValid()) {
        const LocalFields first = clock.fields(all.begin), last = clock.fields(all.end - 1);
        par.dataFirstDay = QDate(first.year, first.month, first.day);
        par.dataLastDay = QDate(last.year, last.month, last.day);
    }
    if (request.asOf.isValid())
        par.dataLastDay = request.asOf;

    MultiPolygon comparisonArea;
    if (!request.comparison.isEmpty() && request.comparison.compare(QLatin1String("auto"), Qt::CaseInsensitive) != 0) {
        auto all = store.areas();
        if (!all)
            return all.error();
        const auto it = std::find_if(all->begin(), all->end(), [&](const Area &a) {
            return a.name.compare(request.comparison, Qt::CaseInsensitive) == 0;
        });
        if (it == all->end())
            return Error{EvaluatorTr::tr("There is no area named %1 in the store.").arg(request.comparison)};
        comparisonArea = it->geometry;
        report.comparisonName = it->name;
        report.comparisonHow = EvaluatorTr::tr("chosen");
    } else {
        // First the periods, from a run without a comparison area; then the monthly counts of every
        // district away from the target before the start.
        const analysis::InterventionZones bare(*intervention, targetDistricts, request.bufferMetres, {});
        auto periods = run(data, bare, par, feedback);
        if (!periods)
            return periods.error();
        std::vector<double> target(static_cast<std::size_t>(periods->months), 0.0);
        for (std::size_t m = 0; m < target.size(); ++m)
            target[m] = static_cast<double>(periods->series[m].target);
        std::vector<std::vector<double>> candidates;
        std::vector<const Area *> candidateArea;
        for (const Area &a : *districts) {
            if (isTarget(a) || bare.touches(a.geometry))
                continue;
            std::vector<double> counts(target.size(), 0.0);
            for (std::size_t i = 0; i < data.dates.size(); ++i) {
                const QDate &day = data.dates[i];
                if (day < periods->beforeFirst || day > periods->beforeLast || !inside(a, data.positions[i]))
                    continue;
                counts[static_cast<std::size_t>((day.year() - periods->beforeFirst.year()) * 12 + day.month() -
                                                periods->beforeFirst.month())] += 1.0;
            }
            candidates.push_back(std::move(counts));
            candidateArea.push_back(&a);
        }
        const analysis::ComparisonProposal proposal = analysis::proposeComparison(target, candidates);
        if (proposal.best < 0)
            return Error{EvaluatorTr::tr("No district away from the target area and its buffer zone had incidents "
                                         "before the start; choose a comparison area.")};
        const auto &score = proposal.scores[static_cast<std::size_t>(proposal.best)];
        const Area &chosen = *candidateArea[static_cast<std::size_t>(proposal.best)];
        comparisonArea = chosen.geometry;
        report.comparisonName = chosen.name;
        report.comparisonProposed = true;
        const QLocale locale;
        report.comparisonHow =
            EvaluatorTr::tr("proposed: %1 times the target's monthly level, trend %2 percentage points a year apart")
                .arg(locale.toString(score.levelRatio, 'f', 1),
                     locale.toString(100.0 * (std::exp(std::abs(score.trendDifference)) - 1.0), 'f', 0));
    }

    const analysis::InterventionZones zones(*intervention, targetDistricts, request.bufferMetres, comparisonArea);
    auto result = run(data, zones, par, feedback);
    if (!result)
        return result.error();
    report.result = std::move(*result);
    if (Status s = compareSurveys(store, *districts, report); !s)
        return s.error();
    return report;
}

} // namespace lb::report
