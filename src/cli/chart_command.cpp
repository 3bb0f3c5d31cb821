// lagesbild-cli chart STORE --kind KIND --out FILE.{png,svg,pdf}: one council chart — incidents per
// year by category, the change from the year before, the hour × weekday matrix, survey shares per
// district and round, or the status of safety-walk findings — drawn by the same painter as the
// desktop program and the report. The format follows the extension.

#include "cli/cli_support.h"
#include "report/chart_builder.h"
#include "report/chart_exporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace lb::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::cli::Chart)
};

bool parseMm(const QString &text, QSizeF *size)
{
    const QStringList parts = text.toLower().split(QLatin1Char('x'));
    bool okW = false, okH = false;
    if (parts.size() != 2)
        return false;
    const double w = QLocale::c().toDouble(parts[0], &okW);
    const double h = QLocale::c().toDouble(parts[1], &okH);
    if (!okW || !okH || w < 20 || h < 20 || w > 1000 || h > 1000)
        return false;
    *size = QSizeF(w, h);
    return true;
}
} // namespace

int runChart(const QStringList &args, CommandIo io)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        Tr::tr("Draw one chart of a store as PNG, SVG or PDF (chosen by the extension of --out)."));
    p.addPositionalArgument(QStringLiteral("STORE"), Tr::tr("The store (a .gpkg file)."));
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  Tr::tr("The chart: %1.").arg(report::chartTypeNames().join(QStringLiteral(", "))),
                                  QStringLiteral("KIND"));
    const QCommandLineOption out(QStringLiteral("out"), Tr::tr("The file to write: .png, .svg or .pdf."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption dpi(QStringLiteral("dpi"), Tr::tr("PNG resolution (default 150)."), QStringLiteral("N"),
                                 QStringLiteral("150"));
    const QCommandLineOption size(QStringLiteral("size"), Tr::tr("Chart size in millimetres (default 180x110)."),
                                  QStringLiteral("WxH"), QStringLiteral("180x110"));
    const QCommandLineOption district(QStringLiteral("district"), Tr::tr("Only this area (its name)."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption from(QStringLiteral("from"), Tr::tr("First year."), QStringLiteral("YEAR"));
    const QCommandLineOption to(QStringLiteral("to"),
                                Tr::tr("Last year (also the date of the walk follow-up: "
                                       "31 December of that year)."),
                                QStringLiteral("YEAR"));
    const QCommandLineOption indicator(QStringLiteral("indicator"),
                                       Tr::tr("Survey indicator (default unsafe_evening)."), QStringLiteral("CODE"));
    const QCommandLineOption lines(QStringLiteral("lines"), Tr::tr("Incidents per year as lines instead of columns."));
    const QCommandLineOption pub(QStringLiteral("public"),
                                 Tr::tr("A chart for the public: values under the threshold are suppressed."));
    const QCommandLineOption k(QStringLiteral("k"), Tr::tr("The threshold of a public chart (default 5)."),
                               QStringLiteral("N"), QStringLiteral("5"));
    p.addOptions({kind, out, dpi, size, district, from, to, indicator, lines, pub, k});
    int rc = 0;
    if (!parseArgs(p, QStringLiteral("chart"), args, io, &rc))
        return rc;
    if (p.positionalArguments().size() != 1 || !p.isSet(out) || !p.isSet(kind)) {
        io.err << Tr::tr("chart needs a store, --kind KIND and --out FILE.") << '\n';
        return 2;
    }
    const auto type = report::chartTypeFromName(p.value(kind));
    if (!type) {
        io.err << Tr::tr("--kind takes %1.").arg(report::chartTypeNames().join(QStringLiteral(", "))) << '\n';
        return 2;
    }
    if (!outputFormat(p.value(out), {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")}, io))
        return 2;
    report::ChartExportSettings exportSettings;
    bool okDpi = false, okK = false, okFrom = true, okTo = true;
    exportSettings.dpi = p.value(dpi).toDouble(&okDpi);
    report::ChartOptions options;
    options.isPublic = p.isSet(pub);
    options.rules.minCount = p.value(k).toInt(&okK);
    options.lines = p.isSet(lines);
    report::ChartScope scope;
    scope.district = p.value(district);
    scope.fromYear = p.isSet(from) ? p.value(from).toInt(&okFrom) : 0;
    scope.toYear = p.isSet(to) ? p.value(to).toInt(&okTo) : 0;
    if (!okDpi || exportSettings.dpi < 24 || exportSettings.dpi > 1200 || !okK || options.rules.minCount < 1 ||
        !okFrom || !okTo || !parseMm(p.value(size), &exportSettings.sizeMm)) {
        io.err << Tr::tr("--dpi takes 24 to 1200, --k a whole number of at least 1, --from and --to years, "
                         "--size millimetres like 180x110.")
               << '\n';
        return 2;
    }
    if (p.isSet(k) && !options.isPublic) {
        io.err << Tr::tr("--k applies only to a --public chart.") << '\n';
        return 2;
    }

    QElapsedTimer timer;
    timer.start();
    auto store = openStore(p.positionalArguments().first(), io);
    if (!store)
        return 1;
    Feedback feedback;
    const QString scopeName = scope.district.isEmpty() ? store->name() : scope.district;
    Result<report::Chart> chart = Error{};
    switch (*type) {
    case report::ChartType::PerYear:
    case report::ChartType::Change: {
        auto source = report::loadYearlyTrends(*store, scope, true, false, feedback);
        chart = !source                               ? Result<report::Chart>(Error{source.errorMessage()})
                : *type == report::ChartType::PerYear ? report::perYearChart(*source, options)
                                                      : report::changeChart(*source, options);
        break;
    }
    case report::ChartType::TimeProfile: {
        auto profile = report::loadTimeProfile(*store, scope, feedback);
        chart = !profile ? Result<report::Chart>(Error{profile.errorMessage()})
                         : report::timeProfileChart(*profile, scopeName, options);
        break;
    }
    case report::ChartType::Survey: {
        auto source = report::loadSurveyShares(*store, scope, p.value(indicator));
        chart = !source ? Result<report::Chart>(Error{source.errorMessage()}) : report::surveyChart(*source, options);
        break;
    }
    case report::ChartType::Followup: {
        auto source = report::loadFollowup(*store, scope, feedback);
        chart = !source ? Result<report::Chart>(Error{source.errorMessage()})
                        : report::followupChart(*source, scopeName, options);
        break;
    }
    }
    if (!chart) {
        io.err << chart.errorMessage() << '\n';
        return 1;
    }
    const qint64 buildMs = timer.restart();
    const Status written = report::exportChart(*chart, p.value(out), exportSettings);
    if (!written) {
        io.err << written.errorMessage() << '\n';
        return 1;
    }
    io.out << Tr::tr("Wrote %1 (%2 chart); reading and analysing took %3 ms, drawing %4 ms.")
                  .arg(p.value(out), options.isPublic ? Tr::tr("public") : Tr::tr("internal"))
                  .arg(buildMs)
                  .arg(timer.elapsed())
           << '\n';
    return 0;
}

} // namespace lb::cli
