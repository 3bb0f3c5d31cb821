// lagesbild-cli analyse survey STORE --out FILE.csv: shares per district and survey round with
// Wilson intervals and round-to-round tests (FILE.csv, FILE_changes.csv), and DBSCAN clusters of
// the map pins per round (FILE_clusters.csv, and a point layer with --clusters FILE.gpkg).

#include "analysis/survey_stats.h"
#include "cli/analyse_support.h"
#include "cli/open_reader.h"
#include "io/export_table.h"
#include "io/export_vector.h"

#include <QCoreApplication>
#include <QDate>

#include <cmath>
#include <map>
#include <set>

namespace lb::cli {

namespace {
struct AnalyseSurveyTr {
    Q_DECLARE_TR_FUNCTIONS(lb::cli::AnalyseSurvey)
};

QString num(double v)
{
    return std::isnan(v) ? QString() : QString::number(v, 'g', 6);
}
} // namespace

int runAnalyseSurvey(const QStringList &args, CommandIo io)
{
    QCommandLineParser p;
    p.setApplicationDescription(AnalyseSurveyTr::tr(
        "Survey shares per district and round with 95 % intervals and tests of the change between rounds "
        "(FILE.csv, FILE_changes.csv), and clusters of the map pins per round (FILE_clusters.csv). "
        "--from/--to choose rounds by year, --district one district; --categories and --sources do not apply."));
    addStoreArgument(p);
    AnalyseFilters f;
    f.addTo(p);
    const QCommandLineOption indicator(QStringLiteral("indicator"),
                                       AnalyseSurveyTr::tr("Only this indicator, e.g. unsafe_evening (default: all)."),
                                       QStringLiteral("CODE"));
    const QCommandLineOption radius(
        QStringLiteral("radius"), AnalyseSurveyTr::tr("Cluster radius in metres (default 150)."), QStringLiteral("M"));
    const QCommandLineOption minPins(QStringLiteral("min-pins"),
                                     AnalyseSurveyTr::tr("Pins within the radius that make a core (default 8)."),
                                     QStringLiteral("N"));
    const QCommandLineOption clusters(QStringLiteral("clusters"),
                                      AnalyseSurveyTr::tr("Also write the cluster centres as a GeoPackage layer."),
                                      QStringLiteral("FILE"));
    p.addOptions({indicator, radius, minPins, clusters});
    int rc = 0;
    if (!parseArgs(p, QStringLiteral("analyse survey"), args, io, &rc))
        return rc;
    if (p.positionalArguments().size() != 1 || !p.isSet(f.out)) {
        io.err << AnalyseSurveyTr::tr("analyse survey needs a store and --out FILE.csv.") << '\n';
        return 2;
    }
    if (!outputFormat(p.value(f.out), {QStringLiteral("csv"), QStringLiteral("xlsx")}, io))
        return 2;
    if (p.isSet(f.categories) || p.isSet(f.sources)) {
        io.err << AnalyseSurveyTr::tr("--categories and --sources apply to incidents, not to surveys.") << '\n';
        return 2;
    }
    bool ok = true;
    analysis::PinClusterParameters cpar;
    cpar.dbscan.radius = numberOption(p, radius, cpar.dbscan.radius, &ok);
    const double minimum = numberOption(p, minPins, static_cast<double>(cpar.dbscan.minPoints), &ok);
    if (!ok || !(cpar.dbscan.radius > 0.0) || minimum < 1) {
        io.err << AnalyseSurveyTr::tr("--radius takes metres and --min-pins a whole number of at least 1.") << '\n';
        return 2;
    }
    cpar.dbscan.minPoints = static_cast<std::size_t>(minimum);
    // A bad date is reported on its own, not as a problem with --radius.
    bool datesOk = true;
    const auto firstDay = dateOption(p, f.from, io, &datesOk);
    const auto lastDay = dateOption(p, f.to, io, &datesOk);
    if (!datesOk)
        return 2;

    auto store = openReader(p.positionalArguments().first(), io);
    if (!store)
        return 1;
    std::optional<Area> onlyArea;
    if (p.isSet(f.district)) {
        onlyArea = areaNamed(*store, p.value(f.district));
        if (!onlyArea) {
            io.err << AnalyseSurveyTr::tr("No area called %1 in the store.").arg(p.value(f.district)) << '\n';
            return 2;
        }
    }
    auto surveys = store->surveys();
    auto answers = store->surveyAnswers();
    auto areas = store->areas();
    if (!surveys || !answers || !areas) {
        io.err << (!surveys   ? surveys.errorMessage()
                   : !answers ? answers.errorMessage()
                              : areas.errorMessage())
               << '\n';
        return 1;
    }
    std::map<std::int64_t, int> yearOf;
    for (const Survey &s : *surveys)
        if ((!firstDay || s.year >= firstDay->year()) && (!lastDay || s.year <= lastDay->year()))
            yearOf[s.id] = s.year;
    std::map<FeatureId, int> districtOf;
    QStringList districtNames;
    for (const Area &a : *areas)
        if (a.kind != QLatin1String("municipality") && (!onlyArea || a.id == onlyArea->id)) {
            districtOf[a.id] = static_cast<int>(districtNames.size());
            districtNames << a.name;
        }

    // Shares, per indicator.
    std::set<QString> indicators;
    for (const SurveyAnswer &a : *answers)
        if (!p.isSet(indicator) || a.indicator == p.value(indicator))
            indicators.insert(a.indicator);
    if (indicators.empty()) {
        io.err << AnalyseSurveyTr::tr("The store has no survey answers to analyse.") << '\n';
        return 1;
    }
    std::vector<QStringList> shareRows, changeRows;
    QStringList notes;
    for (const QString &code : indicators) {
        std::vector<int> year, district;
        std::vector<double> respondents, yes;
        for (const SurveyAnswer &a : *answers) {
            const auto y = yearOf.find(a.surveyId);
            const auto d = districtOf.find(a.areaId);
            if (a.indicator != code || y == yearOf.end() || d == districtOf.end())
                continue;
            year.push_back(y->second);
            district.push_back(d->second);
            respondents.push_back(a.respondents);
            // Stores keep the share; the count is what the share was computed from.
            yes.push_back(std::round(a.share * a.respondents));
        }
        analysis::SurveyShareInput in{year, district, respondents, yes, districtNames};
        analysis::SurveyShareParameters par;
        par.wholeArea = !onlyArea;
        auto r = analysis::surveyShares(in, par);
        if (!r) {
            io.err << r.errorMessage() << '\n';
            return 1;
        }
        auto name = [&](int d) {
            return d < 0 ? AnalyseSurveyTr::tr("Whole area") : districtNames[d];
        };
        for (const analysis::SurveyShare &s : r->shares)
            shareRows.push_back({code, name(s.district), QString::number(s.year),
                                 s.measured ? QStringLiteral("1") : QStringLiteral("0"),
                                 s.measured ? num(s.respondents) : QString(), s.measured ? num(s.yes) : QString(),
                                 num(s.share.estimate), num(s.share.lower), num(s.share.upper)});
        for (const analysis::SurveyChange &c : r->changes)
            changeRows.push_back({code, name(c.district), QString::number(c.fromYear), QString::number(c.toYear),
                                  num(c.comparison.difference), num(c.comparison.lower), num(c.comparison.upper),
                                  num(c.comparison.z), num(c.comparison.pValue), num(c.qValue), c.sentence});
        for (const QString &n : r->notes)
            if (!notes.contains(n))
                notes << n;
        for (const analysis::SurveyChange &c : r->changes)
            if (c.district < 0 || onlyArea)
                io.out << code << ": " << c.sentence << '\n';
    }
    const QString out = p.value(f.out);
    Status s = io::writeCsv(out,
                            {QStringLiteral("indicator"), QStringLiteral("district"), QStringLiteral("year"),
                             QStringLiteral("measured"), QStringLiteral("respondents"), QStringLiteral("yes"),
                             QStringLiteral("share"), QStringLiteral("lower95"), QStringLiteral("upper95")},
                            shareRows);
    const QString changesPath = companionPath(out, QStringLiteral("changes"));
    if (s)
        s = io::writeCsv(changesPath,
                         {QStringLiteral("indicator"), QStringLiteral("district"), QStringLiteral("from_year"),
                          QStringLiteral("to_year"), QStringLiteral("difference"), QStringLiteral("lower95"),
                          QStringLiteral("upper95"), QStringLiteral("z"), QStringLiteral("p"), QStringLiteral("q"),
                          QStringLiteral("sentence")},
                         changeRows);
    if (!s) {
        io.err << s.errorMessage() << '\n';
        return 1;
    }

    // Pin clusters, one DBSCAN per round: where people mark places changes from round to round.
    std::vector<QStringList> clusterRows;
    std::vector<io::PointFeature> centres;
    Feedback feedback;
    for (const auto &[surveyId, year] : yearOf) {
        auto pins = store->surveyPins(surveyId);
        if (!pins) {
            io.err << pins.errorMessage() << '\n';
            return 1;
        }
        std::vector<PointXY> points;
        std::vector<QString> reasons;
        std::vector<int> ratings;
        for (const SurveyPin &pin : *pins)
            if (!onlyArea || contains(onlyArea->geometry, pin.position)) {
                points.push_back(pin.position);
                reasons.push_back(pin.reason);
                ratings.push_back(pin.rating);
            }
        const auto r = analysis::pinClusters(points, reasons, ratings, cpar, feedback);
        for (const analysis::PinCluster &c : r.clusters) {
            QStringList top;
            for (const auto &[reason, count] : c.reasons)
                top << QStringLiteral("%1 (%2)").arg(reason).arg(count);
            clusterRows.push_back({QString::number(year), QString::number(c.id + 1), QString::number(c.size),
                                   QString::number(c.centre.x, 'f', 1), QString::number(c.centre.y, 'f', 1),
                                   QString::number(c.radius, 'f', 0), num(c.meanRating),
                                   top.join(QStringLiteral("; "))});
            centres.push_back(
                {c.centre,
                 {year, c.id + 1, static_cast<qlonglong>(c.size), c.radius,
                  std::isnan(c.meanRating) ? QVariant() : QVariant(c.meanRating), top.join(QStringLiteral("; "))}});
        }
        io.out << AnalyseSurveyTr::tr("%1: %2 pins, %3 clusters, %4 pins outside any cluster.")
                      .arg(year)
                      .arg(points.size())
                      .arg(r.clusters.size())
                      .arg(r.dbscan.noise)
               << '\n';
    }
    const QString clustersPath = companionPath(out, QStringLiteral("clusters"));
    s = io::writeCsv(clustersPath,
                     {QStringLiteral("year"), QStringLiteral("cluster"), QStringLiteral("pins"), QStringLiteral("x"),
                      QStringLiteral("y"), QStringLiteral("radius_m"), QStringLiteral("mean_rating"),
                      QStringLiteral("top_reasons")},
                     clusterRows);
    if (s && p.isSet(clusters))
        s = io::writePointLayer(p.value(clusters), QStringLiteral("pin_clusters"), store->epsg(),
                                {{QStringLiteral("year"), io::VectorField::Type::Integer},
                                 {QStringLiteral("cluster"), io::VectorField::Type::Integer},
                                 {QStringLiteral("pins"), io::VectorField::Type::Integer},
                                 {QStringLiteral("radius_m"), io::VectorField::Type::Real},
                                 {QStringLiteral("mean_rating"), io::VectorField::Type::Real},
                                 {QStringLiteral("top_reasons"), io::VectorField::Type::Text}},
                                centres);
    if (!s) {
        io.err << s.errorMessage() << '\n';
        return 1;
    }
    for (const QString &n : notes)
        io.out << n << '\n';
    io.out << AnalyseSurveyTr::tr("Wrote %1, %2 and %3.").arg(out, changesPath, clustersPath) << '\n';
    return 0;
}

} // namespace lb::cli
