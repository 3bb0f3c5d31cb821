// lagesbild-cli evaluate STORE --intervention ID --out FILE.csv: did an intervention help? Counts
// incidents per month in its target area, a buffer zone and a comparison area before and after
// the start, writes the measures and the monthly series (evaluate_table.h) and prints the
// sentences and warnings; --chart draws the monthly series.

#include "analysis/comparison_proposal.h"
#include "analysis/intervention_zones.h"
#include "cli/analyse_support.h"
#include "cli/evaluate_table.h"
#include "core/local_clock.h"
#include "report/intervention_chart.h"
#include "store/intervention_store.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <map>

namespace lb::cli {

namespace {
struct EvaluateTr {
    Q_DECLARE_TR_FUNCTIONS(lb::cli::Evaluate)
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
        if (i.locationPrecision == LocationPrecision::AreaCentroid ||
            i.locationPrecision == LocationPrecision::MunicipalityCentroid || i.timePrecision == TimePrecision::Year) {
            ++p.leftOut;
            continue;
        }
        const LocalFields f = clock.fields(i.occurredAt);
        p.dates.emplace_back(f.year, f.month, f.day);
        p.positions.push_back(i.position);
        auto it = sources.find(i.source);
        if (it == sources.end()) {
            it = sources.emplace(i.source, static_cast<std::uint16_t>(p.sourceNames.size())).first;
            p.sourceNames << (i.source.isEmpty() ? EvaluateTr::tr("(no source)") : i.source);
        }
        p.source.push_back(it->second);
    }
    return p;
}

Result<analysis::InterventionEvaluationResult> run(const Prepared &data, const analysis::InterventionZones &zones,
                                                   const analysis::InterventionEvaluationParameters &par)
{
    std::vector<analysis::EvaluationArea> area;
    area.reserve(data.positions.size());
    for (PointXY p : data.positions)
        area.push_back(zones.classify(p));
    analysis::InterventionEvaluationInput in{data.dates, area, data.source, data.sourceNames};
    Feedback feedback;
    return analysis::evaluateIntervention(in, par, feedback);
}
} // namespace

int runEvaluate(const QStringList &args, CommandIo io)
{
    QCommandLineParser p;
    p.setApplicationDescription(EvaluateTr::tr(
        "Did an intervention help? Compares incidents per month in its target area before and after the start "
        "with a comparison area (difference in differences, Poisson rate ratio with a 95 % confidence interval), "
        "checks a buffer zone for displacement (weighted displacement quotient) and whether target and "
        "comparison moved alike before the start. Writes FILE.csv and FILE_monthly.csv (semicolons, decimal "
        "commas) and prints the result in plain words."));
    p.addPositionalArgument(QStringLiteral("STORE"), EvaluateTr::tr("The store (a .gpkg file)."));
    const QCommandLineOption id(QStringLiteral("intervention"), EvaluateTr::tr("Id of the intervention."),
                                QStringLiteral("ID"));
    const QCommandLineOption categories(QStringLiteral("categories"),
                                        EvaluateTr::tr("Category codes to count, comma-separated (default: all)."),
                                        QStringLiteral("LIST"));
    const QCommandLineOption comparison(
        QStringLiteral("comparison"),
        EvaluateTr::tr("Comparison district, or auto (default): the district most like the target area before the "
                       "start in level and trend, away from the target and its buffer."),
        QStringLiteral("DISTRICT"));
    const QCommandLineOption buffer(QStringLiteral("buffer"),
                                    EvaluateTr::tr("Width of the buffer zone in metres (default 300; 0: none)."),
                                    QStringLiteral("METRES"));
    const QCommandLineOption months(
        QStringLiteral("before-months"),
        EvaluateTr::tr("Months before the start, compared with as many after (default 12)."), QStringLiteral("N"));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  EvaluateTr::tr("Last day the data are complete (default: the latest incident)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption out(QStringLiteral("out"), EvaluateTr::tr("The table to write (.csv)."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption chart(QStringLiteral("chart"),
                                   EvaluateTr::tr("Also draw the monthly series (.png, .svg or .pdf)."),
                                   QStringLiteral("FILE"));
    p.addOptions({id, categories, comparison, buffer, months, asOf, out, chart});
    int rc = 0;
    if (!parseArgs(p, QStringLiteral("evaluate"), args, io, &rc))
        return rc;
    bool ok = true;
    const qint64 interventionId = p.value(id).toLongLong(&ok);
    if (p.positionalArguments().size() != 1 || !ok || !p.isSet(out)) {
        io.err << EvaluateTr::tr("evaluate needs a store, --intervention ID and --out FILE.csv.") << '\n';
        return 2;
    }
    analysis::InterventionEvaluationParameters par;
    const double bufferMetres = numberOption(p, buffer, 300.0, &ok);
    par.beforeMonths = static_cast<int>(numberOption(p, months, 12.0, &ok));
    const auto asOfDay = dateOption(p, asOf, io, &ok);
    if (!ok || bufferMetres < 0.0 || par.beforeMonths < 1) {
        io.err << EvaluateTr::tr("--buffer takes metres (0 or more) and --before-months a whole number of months.")
               << '\n';
        return 2;
    }
    par.hasBuffer = bufferMetres > 0.0;

    auto store = openStore(p.positionalArguments().first(), io);
    if (!store)
        return 1;
    store::InterventionStore interventions(*store);
    auto intervention = interventions.intervention(interventionId);
    auto districts = loadDistricts(*store);
    auto kinds = interventions.kinds();
    if (!intervention || !districts || !kinds) {
        io.err << (!intervention ? intervention.errorMessage()
                   : !districts  ? districts.errorMessage()
                                 : kinds.errorMessage())
               << '\n';
        return 1;
    }
    par.start = intervention->startsOn;
    MultiPolygon targetDistricts;
    for (const Area &a : districts->districts)
        if (std::find(intervention->areaIds.begin(), intervention->areaIds.end(), a.id) != intervention->areaIds.end())
            targetDistricts.insert(targetDistricts.end(), a.geometry.begin(), a.geometry.end());

    store::IncidentFilter filter;
    filter.categories = p.value(categories).split(QLatin1Char(','), Qt::SkipEmptyParts);
    auto incidents = store->incidents(filter);
    if (!incidents) {
        io.err << incidents.errorMessage() << '\n';
        return 1;
    }
    const LocalClock clock(store->timeZone());
    const Prepared data = prepare(*incidents, clock);
    const TimeSpan all = store->incidentTimeSpan();
    if (all.isValid()) {
        const LocalFields first = clock.fields(all.begin), last = clock.fields(all.end - 1);
        par.dataFirstDay = QDate(first.year, first.month, first.day);
        par.dataLastDay = QDate(last.year, last.month, last.day);
    }
    if (asOfDay)
        par.dataLastDay = *asOfDay;

    EvaluationReport report;
    report.intervention = *intervention;
    report.categories = filter.categories.join(QLatin1Char(','));
    report.bufferMetres = bufferMetres;
    report.leftOutImprecise = data.leftOut;
    for (const InterventionKind &k : *kinds)
        if (k.code == intervention->kind)
            report.kindLabel = localizedLabel(k.labelSv, k.labelEn);

    MultiPolygon comparisonArea;
    const QString comparisonName = p.value(comparison);
    if (!comparisonName.isEmpty() && comparisonName.compare(QLatin1String("auto"), Qt::CaseInsensitive) != 0) {
        const auto area = areaNamed(*store, comparisonName);
        if (!area) {
            io.err << EvaluateTr::tr("There is no area named %1 in the store.").arg(comparisonName) << '\n';
            return 2;
        }
        comparisonArea = area->geometry;
        report.comparisonName = area->name;
        report.comparisonHow = EvaluateTr::tr("chosen");
    } else {
        // First the periods, from a run without a comparison area; then the monthly counts of every
        // district away from the target before the start.
        const analysis::InterventionZones bare(*intervention, targetDistricts, bufferMetres, {});
        auto periods = run(data, bare, par);
        if (!periods) {
            io.err << periods.errorMessage() << '\n';
            return 1;
        }
        std::vector<double> target(static_cast<std::size_t>(periods->months), 0.0);
        for (std::size_t m = 0; m < target.size(); ++m)
            target[m] = static_cast<double>(periods->series[m].target);
        std::vector<std::vector<double>> candidates;
        std::vector<std::size_t> candidateDistrict;
        for (std::size_t d = 0; d < districts->districts.size(); ++d) {
            const Area &a = districts->districts[d];
            if (bare.touches(a.geometry) || std::find(intervention->areaIds.begin(), intervention->areaIds.end(),
                                                      a.id) != intervention->areaIds.end())
                continue;
            std::vector<double> counts(target.size(), 0.0);
            for (std::size_t i = 0; i < data.dates.size(); ++i) {
                const QDate &day = data.dates[i];
                if (day < periods->beforeFirst || day > periods->beforeLast || districts->of(data.positions[i]) != d)
                    continue;
                counts[static_cast<std::size_t>((day.year() - periods->beforeFirst.year()) * 12 + day.month() -
                                                periods->beforeFirst.month())] += 1.0;
            }
            candidates.push_back(std::move(counts));
            candidateDistrict.push_back(d);
        }
        const analysis::ComparisonProposal proposal = analysis::proposeComparison(target, candidates);
        if (proposal.best < 0) {
            io.err << EvaluateTr::tr("No district away from the target area and its buffer zone had incidents before "
                                     "the start; give one with --comparison.")
                   << '\n';
            return 1;
        }
        const auto &score = proposal.scores[static_cast<std::size_t>(proposal.best)];
        const Area &chosen = districts->districts[candidateDistrict[static_cast<std::size_t>(proposal.best)]];
        comparisonArea = chosen.geometry;
        report.comparisonName = chosen.name;
        const QLocale locale;
        report.comparisonHow =
            EvaluateTr::tr("proposed: %1 times the target's monthly level, trend %2 percentage points a year apart")
                .arg(locale.toString(score.levelRatio, 'f', 1),
                     locale.toString(100.0 * (std::exp(std::abs(score.trendDifference)) - 1.0), 'f', 0));
        io.out << EvaluateTr::tr("Comparison area: %1 (%2).").arg(chosen.name, report.comparisonHow) << '\n';
    }

    const analysis::InterventionZones zones(*intervention, targetDistricts, bufferMetres, comparisonArea);
    auto result = run(data, zones, par);
    if (!result) {
        io.err << result.errorMessage() << '\n';
        return 1;
    }
    report.result = std::move(*result);
    if (Status s = writeEvaluationTables(p.value(out), report); !s) {
        io.err << s.errorMessage() << '\n';
        return 1;
    }
    if (p.isSet(chart)) {
        report::InterventionChartData chartData{intervention->name,     report.comparisonName, report.result.series,
                                                intervention->startsOn, intervention->endsOn,  par.hasBuffer};
        if (Status s = report::writeInterventionChart(p.value(chart), chartData); !s) {
            io.err << s.errorMessage() << '\n';
            return 1;
        }
    }
    for (const QString &s : report.result.sentences)
        io.out << s << '\n';
    for (const QString &w : report.result.warnings)
        io.out << EvaluateTr::tr("Warning: %1").arg(w) << '\n';
    return 0;
}

} // namespace lb::cli
