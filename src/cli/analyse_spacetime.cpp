// lagesbild-cli analyse emerging|knox: space-time patterns of the store's incidents — emerging hot
// spots on a grid (GeoPackage layer or CSV) and the Knox near-repeat table (CSV).

#include "analysis/class_labels.h"
#include "analysis/emerging_hotspots.h"
#include "analysis/knox.h"
#include "analysis/trends.h"
#include "cli/analyse_support.h"
#include "cli/open_reader.h"
#include "io/export_table.h"
#include "io/export_vector.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

#include <cmath>
#include <limits>

namespace lb::cli {

namespace {
struct AnalyseSpaceTimeTr {
    Q_DECLARE_TR_FUNCTIONS(lb::cli::AnalyseSpaceTime)
};

// Incidents usable for space-time methods: exact enough in place and time.
struct SpaceTimeEvents {
    std::vector<PointXY> points;
    std::vector<LocalFields> local;
    long long leftOut = 0;
};

std::optional<SpaceTimeEvents> loadEvents(const QCommandLineParser &p, const AnalyseFilters &f,
                                          const store::StoreReader &store, TimePrecision coarsest, CommandIo io)
{
    store::IncidentFilter filter;
    if (!makeIncidentFilter(p, f, store, filter, io))
        return std::nullopt;
    auto incidents = store.incidents(filter);
    if (!incidents) {
        io.err << incidents.errorMessage() << '\n';
        return std::nullopt;
    }
    const LocalClock clock(store.timeZone());
    SpaceTimeEvents e;
    for (const Incident &i : *incidents) {
        if (isCentrePlaced(i.locationPrecision) || static_cast<int>(i.timePrecision) > static_cast<int>(coarsest)) {
            ++e.leftOut;
            continue;
        }
        e.points.push_back(i.position);
        e.local.push_back(clock.fields(i.occurredAt));
    }
    if (e.leftOut > 0)
        io.err << AnalyseSpaceTimeTr::tr("Warning: %L1 incidents left out: placed at an area centre or with too "
                                         "coarse a time.")
                      .arg(e.leftOut)
               << '\n';
    return e;
}

std::vector<double> numberList(const QString &text, bool *ok)
{
    std::vector<double> out;
    for (const QString &s : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool good = false;
        out.push_back(s.trimmed().toDouble(&good));
        *ok = *ok && good;
    }
    return out;
}
} // namespace

int runAnalyseEmerging(const QStringList &args, CommandIo io)
{
    QCommandLineParser p;
    p.setApplicationDescription(AnalyseSpaceTimeTr::tr(
        "Emerging hot spots: space-time Gi* per cell and time step, Mann–Kendall trend per cell, and the "
        "categories new, consecutive, intensifying, persistent, diminishing, sporadic, oscillating and "
        "historical hot and cold spots. --out FILE.gpkg writes cells, FILE.csv a table."));
    addStoreArgument(p);
    AnalyseFilters f;
    f.addTo(p);
    const QCommandLineOption period(QStringLiteral("period"),
                                    AnalyseSpaceTimeTr::tr("Time step: month (default), quarter or year."),
                                    QStringLiteral("PERIOD"));
    const QCommandLineOption cell(QStringLiteral("cell"), AnalyseSpaceTimeTr::tr("Cell size in metres (default 250)."),
                                  QStringLiteral("M"));
    const QCommandLineOption band(
        QStringLiteral("band"), AnalyseSpaceTimeTr::tr("Distance band in metres (default 500)."), QStringLiteral("M"));
    const QCommandLineOption window(QStringLiteral("time-window"),
                                    AnalyseSpaceTimeTr::tr("Earlier time steps in each neighbourhood (default 1)."),
                                    QStringLiteral("N"));
    const FdrOptions fdr(true);
    p.addOptions({period, cell, band, window});
    fdr.addTo(p);
    int rc = 0;
    if (!parseArgs(p, QStringLiteral("analyse emerging"), args, io, &rc))
        return rc;
    if (p.positionalArguments().size() != 1 || !p.isSet(f.out)) {
        io.err << AnalyseSpaceTimeTr::tr("analyse emerging needs a store and --out FILE.gpkg or FILE.csv.") << '\n';
        return 2;
    }
    if (!outputFormat(p.value(f.out), {QStringLiteral("gpkg"), QStringLiteral("csv"), QStringLiteral("xlsx")}, io))
        return 2;
    const std::optional<bool> fdrOn = fdr.choice(p, io);
    if (!fdrOn)
        return 2;
    analysis::EmergingParameters par;
    bool ok = true;
    par.cellSize = numberOption(p, cell, 250.0, &ok);
    par.distanceBand = numberOption(p, band, 500.0, &ok);
    par.timeWindow = static_cast<int>(numberOption(p, window, 1.0, &ok));
    par.fdrCorrection = *fdrOn;
    analysis::TrendPeriod step = analysis::TrendPeriod::Month;
    if (p.value(period) == QLatin1String("quarter"))
        step = analysis::TrendPeriod::Quarter;
    else if (p.value(period) == QLatin1String("year"))
        step = analysis::TrendPeriod::Year;
    else if (p.isSet(period) && p.value(period) != QLatin1String("month"))
        ok = false;
    if (!ok || par.timeWindow < 0) {
        io.err << AnalyseSpaceTimeTr::tr("--cell and --band take metres, --time-window a whole number, --period "
                                         "month, quarter or year.")
               << '\n';
        return 2;
    }
    auto store = openReader(p.positionalArguments().first(), io);
    if (!store)
        return 1;
    // Events known to the month still fall in one monthly or quarterly step.
    const TimePrecision coarsest = step == analysis::TrendPeriod::Year ? TimePrecision::Year : TimePrecision::Month;
    const auto events = loadEvents(p, f, *store, coarsest, io);
    if (!events)
        return 2;
    int first = std::numeric_limits<int>::max(), last = std::numeric_limits<int>::min();
    std::vector<int> steps;
    for (const LocalFields &lf : events->local) {
        steps.push_back(analysis::periodKey(step, lf.year, lf.month));
        first = std::min(first, steps.back());
        last = std::max(last, steps.back());
    }
    for (int &s : steps)
        s -= first;
    analysis::EmergingInput in{events->points, steps, events->points.empty() ? 0 : last - first + 1, {}};
    Feedback feedback;
    auto r = analysis::emergingHotspots(in, par, feedback);
    if (!r) {
        io.err << r.errorMessage() << '\n';
        return 1;
    }
    for (const QString &w : r->warnings)
        io.err << AnalyseSpaceTimeTr::tr("Warning: %1").arg(w) << '\n';

    const auto T = static_cast<std::size_t>(r->steps);
    const QString out = p.value(f.out);
    std::vector<QStringList> rows;
    std::vector<io::PolygonFeature> features;
    for (std::size_t l = 0; l < r->locations.size(); ++l) {
        double total = 0.0, hot = 0.0, cold = 0.0;
        for (std::size_t t = 0; t < T; ++t) {
            total += r->counts[l * T + t];
            hot += r->significant[l * T + t] > 0;
            cold += r->significant[l * T + t] < 0;
        }
        const analysis::MannKendall &mk = r->trend[l];
        const double lastZ = r->z[l * T + T - 1];
        const QString category = analysis::toString(r->category[l]);
        const QString label = analysis::classLabel(r->category[l]);
        const PointXY c = r->grid.center(r->locations[l]);
        rows.push_back({QString::number(c.x, 'f', 1), QString::number(c.y, 'f', 1), QString::number(total),
                        QString::number(hot), QString::number(cold), QString::number(lastZ, 'g', 5),
                        QString::number(mk.z, 'g', 5), QString::number(mk.pValue, 'g', 4), category, label});
        features.push_back({Polygon{{r->grid.outline(r->locations[l])}},
                            {total, hot, cold, std::isnan(lastZ) ? QVariant() : QVariant(lastZ), mk.z, mk.pValue,
                             category, static_cast<int>(r->category[l]), label}});
    }
    Status s;
    if (QFileInfo(out).suffix().compare(QLatin1String("gpkg"), Qt::CaseInsensitive) == 0)
        s = io::writePolygonLayer(out, QStringLiteral("emerging_hotspots"), store->epsg(),
                                  {{QStringLiteral("events"), io::VectorField::Type::Real},
                                   {QStringLiteral("hot_steps"), io::VectorField::Type::Integer},
                                   {QStringLiteral("cold_steps"), io::VectorField::Type::Integer},
                                   {QStringLiteral("last_z"), io::VectorField::Type::Real},
                                   {QStringLiteral("trend_z"), io::VectorField::Type::Real},
                                   {QStringLiteral("trend_p"), io::VectorField::Type::Real},
                                   {QStringLiteral("category"), io::VectorField::Type::Text},
                                   {QStringLiteral("category_code"), io::VectorField::Type::Integer},
                                   {QStringLiteral("category_label"), io::VectorField::Type::Text}},
                                  features);
    else
        s = io::writeCsv(out,
                         {QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("events"),
                          QStringLiteral("hot_steps"), QStringLiteral("cold_steps"), QStringLiteral("last_z"),
                          QStringLiteral("trend_z"), QStringLiteral("trend_p"), QStringLiteral("category"),
                          QStringLiteral("category_label")},
                         rows);
    if (!s) {
        io.err << s.errorMessage() << '\n';
        return 1;
    }
    for (const QString &n : r->notes)
        io.out << n << '\n';
    io.out << AnalyseSpaceTimeTr::tr("Steps %1 to %2.")
                  .arg(analysis::periodLabel(step, first), analysis::periodLabel(step, last))
           << '\n';
    for (int c = 1; c < analysis::kEmergingCategoryCount; ++c)
        if (r->categoryCounts[c] > 0)
            io.out << QStringLiteral("  %1: %2")
                          .arg(analysis::classLabel(static_cast<analysis::EmergingCategory>(c)))
                          .arg(QLocale().toString(static_cast<qlonglong>(r->categoryCounts[c])))
                   << '\n';
    return 0;
}

int runAnalyseKnox(const QStringList &args, CommandIo io)
{
    QCommandLineParser p;
    p.setApplicationDescription(AnalyseSpaceTimeTr::tr(
        "Near repeats (Knox test, as the Near Repeat Calculator): pairs of incidents per distance band and "
        "time band, observed against expected under shuffled days, with Monte Carlo p-values. Writes a CSV."));
    addStoreArgument(p);
    AnalyseFilters f;
    f.addTo(p);
    const QCommandLineOption distances(QStringLiteral("distances"),
                                       AnalyseSpaceTimeTr::tr("Distance band edges in metres (default "
                                                              "0,100,200,300,400,500; 0 = same location)."),
                                       QStringLiteral("LIST"));
    const QCommandLineOption days(QStringLiteral("days"),
                                  AnalyseSpaceTimeTr::tr("Time band edges in days (default 14,28,42,56)."),
                                  QStringLiteral("LIST"));
    const QCommandLineOption permutations(QStringLiteral("permutations"),
                                          AnalyseSpaceTimeTr::tr("Shuffles (default 999)."), QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), AnalyseSpaceTimeTr::tr("Random seed (default 12345)."),
                                  QStringLiteral("N"));
    p.addOptions({distances, days, permutations, seed});
    int rc = 0;
    if (!parseArgs(p, QStringLiteral("analyse knox"), args, io, &rc))
        return rc;
    if (p.positionalArguments().size() != 1 || !p.isSet(f.out)) {
        io.err << AnalyseSpaceTimeTr::tr("analyse knox needs a store and --out FILE.csv.") << '\n';
        return 2;
    }
    if (!outputFormat(p.value(f.out), {QStringLiteral("csv"), QStringLiteral("xlsx")}, io))
        return 2;
    analysis::KnoxParameters par;
    bool ok = true;
    if (p.isSet(distances))
        par.distanceEdges = numberList(p.value(distances), &ok);
    if (p.isSet(days)) {
        par.dayEdges.clear();
        for (double d : numberList(p.value(days), &ok))
            par.dayEdges.push_back(static_cast<int>(d));
    }
    par.permutations = static_cast<int>(numberOption(p, permutations, par.permutations, &ok));
    par.seed = static_cast<std::uint64_t>(numberOption(p, seed, static_cast<double>(par.seed), &ok));
    if (!ok) {
        io.err << AnalyseSpaceTimeTr::tr("--distances and --days take comma-separated numbers.") << '\n';
        return 2;
    }
    auto store = openReader(p.positionalArguments().first(), io);
    if (!store)
        return 1;
    const auto events = loadEvents(p, f, *store, TimePrecision::Day, io);
    if (!events)
        return 2;
    std::vector<std::int64_t> dayNumbers;
    for (const LocalFields &lf : events->local)
        dayNumbers.push_back(daysFromCivil(lf.year, static_cast<unsigned>(lf.month), static_cast<unsigned>(lf.day)));
    Feedback feedback;
    auto r = analysis::knoxTest(events->points, dayNumbers, par, feedback);
    if (!r) {
        io.err << r.errorMessage() << '\n';
        return 1;
    }
    std::vector<QStringList> rows;
    for (int d = 0; d < r->distanceBands; ++d)
        for (int t = 0; t < r->timeBands; ++t) {
            const analysis::KnoxCell &c = r->cell(d, t);
            rows.push_back({r->distanceLabels[d], r->timeLabels[t], QString::number(c.observed),
                            QString::number(c.expected, 'f', 2), QString::number(c.simulatedMean, 'f', 2),
                            std::isnan(c.ratio) ? QString() : QString::number(c.ratio, 'f', 3),
                            QString::number(c.pValue, 'g', 4)});
        }
    const Status s = io::writeCsv(p.value(f.out),
                                  {QStringLiteral("distance"), QStringLiteral("time"), QStringLiteral("observed"),
                                   QStringLiteral("expected"), QStringLiteral("simulated_mean"),
                                   QStringLiteral("knox_ratio"), QStringLiteral("p")},
                                  rows);
    if (!s) {
        io.err << s.errorMessage() << '\n';
        return 1;
    }
    for (const QString &n : r->notes)
        io.out << n << '\n';
    for (int d = 0; d + 1 < r->distanceBands; ++d)
        for (int t = 0; t + 1 < r->timeBands; ++t)
            if (r->cell(d, t).pValue <= 0.05 && r->cell(d, t).ratio > 1.0)
                io.out << AnalyseSpaceTimeTr::tr("%1, %2: %3 pairs against %4 expected (ratio %5, p = %6).")
                              .arg(r->distanceLabels[d], r->timeLabels[t])
                              .arg(r->cell(d, t).observed)
                              .arg(r->cell(d, t).expected, 0, 'f', 1)
                              .arg(r->cell(d, t).ratio, 0, 'f', 2)
                              .arg(r->cell(d, t).pValue, 0, 'g', 3)
                       << '\n';
    return 0;
}

} // namespace lb::cli
