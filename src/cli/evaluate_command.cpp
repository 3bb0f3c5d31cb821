// lagesbild-cli evaluate STORE --intervention ID --out FILE.csv: did an intervention help? Counts
// incidents per month in its target area, a buffer zone and a comparison area before and after
// the start, writes the measures and the monthly series (evaluate_table.h) and prints the
// sentences and warnings; --chart draws the monthly series.

#include "cli/analyse_support.h"
#include "cli/evaluate_table.h"
#include "report/intervention_chart.h"
#include "report/intervention_evaluator.h"

#include <QCoreApplication>

namespace lb::cli {

namespace {
struct EvaluateTr {
    Q_DECLARE_TR_FUNCTIONS(lb::cli::Evaluate)
};
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
    report::EvaluationRequest request;
    request.interventionId = interventionId;
    request.bufferMetres = numberOption(p, buffer, 300.0, &ok);
    request.beforeMonths = static_cast<int>(numberOption(p, months, 12.0, &ok));
    const auto asOfDay = dateOption(p, asOf, io, &ok);
    if (!ok || request.bufferMetres < 0.0 || request.beforeMonths < 1) {
        io.err << EvaluateTr::tr("--buffer takes metres (0 or more) and --before-months a whole number of months.")
               << '\n';
        return 2;
    }
    request.asOf = asOfDay.value_or(QDate());
    request.categories = p.value(categories).split(QLatin1Char(','), Qt::SkipEmptyParts);
    request.comparison = p.value(comparison);

    auto store = openStore(p.positionalArguments().first(), io);
    if (!store)
        return 1;
    Feedback feedback;
    auto evaluated = report::evaluateStoredIntervention(*store, request, feedback);
    if (!evaluated) {
        io.err << evaluated.errorMessage() << '\n';
        return 1;
    }
    const report::EvaluationReport &evaluation = *evaluated;
    if (evaluation.comparisonProposed)
        io.out << EvaluateTr::tr("Comparison area: %1 (%2).").arg(evaluation.comparisonName, evaluation.comparisonHow)
               << '\n';
    if (Status s = writeEvaluationTables(p.value(out), evaluation); !s) {
        io.err << s.errorMessage() << '\n';
        return 1;
    }
    if (p.isSet(chart)) {
        const report::InterventionChartData chartData{evaluation.intervention.name,   evaluation.comparisonName,
                                                      evaluation.result.series,       evaluation.intervention.startsOn,
                                                      evaluation.intervention.endsOn, request.bufferMetres > 0.0};
        if (Status s = report::writeInterventionChart(p.value(chart), chartData); !s) {
            io.err << s.errorMessage() << '\n';
            return 1;
        }
    }
    for (const QString &s : evaluation.result.sentences)
        io.out << s << '\n';
    for (const QString &w : evaluation.result.warnings)
        io.out << EvaluateTr::tr("Warning: %1").arg(w) << '\n';
    return 0;
}

} // namespace lb::cli
