// lagesbild-cli analyse lisa: local Moran's I of incident rates per district (or of a value
// column in a table), and analyse gistar --table: Gi* on a table, so both can be checked against
// GeoDa, PySAL or ArcGIS on the same data.

#include "analysis/class_labels.h"
#include "analysis/gi_star.h"
#include "analysis/local_moran.h"
#include "cli/analyse_support.h"
#include "cli/analyse_table.h"
#include "cli/open_reader.h"

#include <QCoreApplication>

#include <cmath>

namespace lb::cli {

namespace {
struct AnalyseLisaTr {
    Q_DECLARE_TR_FUNCTIONS(lb::cli::AnalyseLisa)
};

struct TableOptions {
    QCommandLineOption table{QStringLiteral("table"),
                             AnalyseLisaTr::tr("Analyse this file instead of the store's districts (GeoPackage, "
                                               "GeoJSON, Shapefile, or CSV with x and y in metres)."),
                             QStringLiteral("FILE")};
    QCommandLineOption value{QStringLiteral("value-column"), AnalyseLisaTr::tr("The table's value column."),
                             QStringLiteral("COLUMN")};
    // The earlier spellings, kept working but no longer shown: --value meant a column here and a
    // category mapping in import; --epsg is --crs everywhere else.
    QCommandLineOption oldValue{QStringLiteral("value"), QString(), QStringLiteral("COLUMN")};
    QCommandLineOption oldEpsg{QStringLiteral("epsg"), QString(), QStringLiteral("CODE")};
    QCommandLineOption layer{QStringLiteral("layer"), AnalyseLisaTr::tr("The layer to read from the table file."),
                             QStringLiteral("NAME")};
    QCommandLineOption crs{
        QStringLiteral("crs"),
        AnalyseLisaTr::tr("Projected CRS to analyse the table in (default: the table's own when it is "
                          "in metres, else the store's, else the UTM zone of its centre)."),
        QStringLiteral("EPSG:N")};
    QCommandLineOption knn{QStringLiteral("knn"), AnalyseLisaTr::tr("Use the K nearest features as neighbours."),
                           QStringLiteral("K")};
    QCommandLineOption band{QStringLiteral("band"),
                            AnalyseLisaTr::tr("Use features within this many metres as neighbours (default for "
                                              "polygons: shared borders)."),
                            QStringLiteral("M")};

    void addTo(QCommandLineParser &p)
    {
        oldValue.setFlags(QCommandLineOption::HiddenFromHelp);
        oldEpsg.setFlags(QCommandLineOption::HiddenFromHelp);
        p.addOptions({table, value, layer, crs, knn, band, oldValue, oldEpsg});
    }
    // The value column, from --value-column or the old --value.
    QString valueColumn(const QCommandLineParser &p) const
    {
        return p.isSet(value) ? p.value(value) : p.value(oldValue);
    }
    bool hasValueColumn(const QCommandLineParser &p) const { return p.isSet(value) || p.isSet(oldValue); }
    // The CRS option the user gave (--crs, or the old --epsg).
    const QCommandLineOption &crsGiven(const QCommandLineParser &p) const { return p.isSet(oldEpsg) ? oldEpsg : crs; }
};

// The table, or nothing after printing why not.
std::optional<ValueTable> valuesOrPrint(Result<ValueTable> values, CommandIo io)
{
    if (!values) {
        io.err << values.errorMessage() << '\n';
        return std::nullopt;
    }
    return std::move(*values);
}

// Reads the table or the store's district rates; prints problems. `epsg` receives the CRS used.
std::optional<ValueTable> loadValues(const QCommandLineParser &p, const TableOptions &t, const AnalyseFilters &f,
                                     CommandIo io, int *epsg, QStringList *notes)
{
    const std::optional<int> given = crsOption(p, t.crsGiven(p), io);
    if (!given)
        return std::nullopt;
    *epsg = *given > 0 ? *given : 3006;
    std::unique_ptr<store::StoreReader> store;
    if (!p.positionalArguments().isEmpty()) {
        store = openReader(p.positionalArguments().first(), io);
        if (!store)
            return std::nullopt;
        if (*given == 0)
            *epsg = store->epsg();
    }
    // Each branch returns its own Result: assigning to one declared up front makes GCC 12 at -O3
    // warn that the table may be used uninitialised, which fails builds with warnings as errors.
    if (p.isSet(t.table)) {
        if (!t.hasValueColumn(p)) {
            io.err << AnalyseLisaTr::tr("--table needs --value-column COLUMN.") << '\n';
            return std::nullopt;
        }
        QString note;
        auto crs = tableCrs(p.value(t.table), p.value(t.layer), *given, store ? store->epsg() : 0, &note);
        if (!crs) {
            io.err << crs.errorMessage() << '\n';
            return std::nullopt;
        }
        *epsg = *crs;
        if (!note.isEmpty())
            *notes << note;
        return valuesOrPrint(readValueTable(p.value(t.table), p.value(t.layer), t.valueColumn(p), *epsg), io);
    }
    if (!store) {
        io.err << AnalyseLisaTr::tr("Give a store or --table FILE.") << '\n';
        return std::nullopt;
    }
    store::IncidentFilter filter;
    if (!makeIncidentFilter(p, f, *store, filter, io))
        return std::nullopt;
    if (filter.areaId != 0) {
        io.err << AnalyseLisaTr::tr("--district does not apply: the analysis compares the districts.") << '\n';
        return std::nullopt;
    }
    Result<ValueTable> values = districtRates(*store, filter, notes);
    *notes << AnalyseLisaTr::tr("Values: incidents per 1,000 residents per district.");
    return valuesOrPrint(std::move(values), io);
}

std::optional<analysis::NeighbourList> neighbours(const QCommandLineParser &p, const TableOptions &t,
                                                  const ValueTable &v, CommandIo io)
{
    NeighbourChoice choice;
    bool ok = true;
    choice.k = p.isSet(t.knn) ? p.value(t.knn).toInt(&ok) : 0;
    choice.band = numberOption(p, t.band, 0.0, &ok);
    if (!ok || choice.k < 0 || choice.band < 0) {
        io.err << AnalyseLisaTr::tr("--knn takes a whole number and --band metres.") << '\n';
        return std::nullopt;
    }
    auto list = neighboursFor(v, choice);
    if (!list) {
        io.err << list.errorMessage() << '\n';
        return std::nullopt;
    }
    return std::move(*list);
}

QVariant real(double v)
{
    return std::isnan(v) ? QVariant() : QVariant(v);
}
} // namespace

int runAnalyseLisa(const QStringList &args, CommandIo io)
{
    QCommandLineParser p;
    p.setApplicationDescription(AnalyseLisaTr::tr(
        "Local Moran's I (LISA) of incidents per 1,000 residents per district, or of a value column in a "
        "table: clusters (HH, LL) and outliers (HL, LH) with pseudo p-values from conditional permutations. "
        "--out FILE.csv writes a table, FILE.gpkg a layer."));
    addStoreArgument(p);
    AnalyseFilters f;
    f.addTo(p);
    TableOptions t;
    t.addTo(p);
    const QCommandLineOption permutations(QStringLiteral("permutations"),
                                          AnalyseLisaTr::tr("Permutations (default 999)."), QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), AnalyseLisaTr::tr("Random seed (default 12345)."),
                                  QStringLiteral("N"));
    const QCommandLineOption alpha(QStringLiteral("alpha"), AnalyseLisaTr::tr("Significance level (default 0.05)."),
                                   QStringLiteral("P"));
    const FdrOptions fdr(false);
    p.addOptions({permutations, seed, alpha});
    fdr.addTo(p);
    int rc = 0;
    if (!parseArgs(p, QStringLiteral("analyse lisa"), args, io, &rc))
        return rc;
    if (!p.isSet(f.out)) {
        io.err << AnalyseLisaTr::tr("analyse lisa needs --out FILE.csv or FILE.gpkg.") << '\n';
        return 2;
    }
    if (!outputFormat(p.value(f.out), {QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("gpkg")}, io) ||
        conflicting(p, t.knn, t.band, io))
        return 2;
    const std::optional<bool> fdrOn = fdr.choice(p, io);
    if (!fdrOn)
        return 2;
    analysis::LocalMoranParameters par;
    bool ok = true;
    par.permutations = static_cast<int>(numberOption(p, permutations, par.permutations, &ok));
    par.seed = static_cast<std::uint64_t>(numberOption(p, seed, static_cast<double>(par.seed), &ok));
    par.alpha = numberOption(p, alpha, par.alpha, &ok);
    par.fdrCorrection = *fdrOn;
    if (!ok) {
        io.err << AnalyseLisaTr::tr("--permutations, --seed and --alpha take numbers.") << '\n';
        return 2;
    }
    int epsg = 3006;
    QStringList notes;
    const auto values = loadValues(p, t, f, io, &epsg, &notes);
    if (!values)
        return 2;
    const auto list = neighbours(p, t, *values, io);
    if (!list)
        return 2;
    Feedback feedback;
    auto r = analysis::localMoran(values->values, *list, par, feedback);
    if (!r) {
        io.err << r.errorMessage() << '\n';
        return 1;
    }
    std::vector<std::vector<QVariant>> rows;
    for (std::size_t i = 0; i < values->values.size(); ++i)
        rows.push_back({values->values[i], real(r->z[i]), real(r->lag[i]), real(r->i[i]), real(r->p[i]),
                        analysis::toString(r->lisaClass[i]), static_cast<qlonglong>(list->countOf(i)),
                        analysis::classLabel(r->lisaClass[i])});
    const Status s = writeFeatureResults(p.value(f.out), *values, epsg,
                                         {{QStringLiteral("value"), io::VectorField::Type::Real},
                                          {QStringLiteral("z"), io::VectorField::Type::Real},
                                          {QStringLiteral("lag"), io::VectorField::Type::Real},
                                          {QStringLiteral("lisa_i"), io::VectorField::Type::Real},
                                          {QStringLiteral("lisa_p"), io::VectorField::Type::Real},
                                          {QStringLiteral("lisa_class"), io::VectorField::Type::Text},
                                          {QStringLiteral("neighbours"), io::VectorField::Type::Integer},
                                          {QStringLiteral("lisa_label"), io::VectorField::Type::Text}},
                                         rows);
    if (!s) {
        io.err << s.errorMessage() << '\n';
        return 1;
    }
    for (const QString &n : notes + r->notes)
        io.out << n << '\n';
    io.out << AnalyseLisaTr::tr(
                  "%L1 features: %L2 HH, %L3 LL, %L4 HL, %L5 LH, %L6 not significant, %L7 without neighbours.")
                  .arg(values->values.size())
                  .arg(r->counts[static_cast<int>(analysis::LisaClass::HighHigh)])
                  .arg(r->counts[static_cast<int>(analysis::LisaClass::LowLow)])
                  .arg(r->counts[static_cast<int>(analysis::LisaClass::HighLow)])
                  .arg(r->counts[static_cast<int>(analysis::LisaClass::LowHigh)])
                  .arg(r->counts[static_cast<int>(analysis::LisaClass::NotSignificant)])
                  .arg(r->counts[static_cast<int>(analysis::LisaClass::NoNeighbours)])
           << '\n';
    return 0;
}

int runGiStarOnTable(const QStringList &args, CommandIo io)
{
    QCommandLineParser p;
    p.setApplicationDescription(AnalyseLisaTr::tr("Gi* on the features of a table with a value column (or on the "
                                                  "store's district rates). --out FILE.csv or FILE.gpkg."));
    p.addPositionalArgument(QStringLiteral("STORE"), AnalyseLisaTr::tr("The store (optional with --table)."));
    AnalyseFilters f;
    f.addTo(p);
    TableOptions t;
    t.addTo(p);
    const FdrOptions fdr(true);
    fdr.addTo(p);
    int rc = 0;
    if (!parseArgs(p, QStringLiteral("analyse gistar"), args, io, &rc))
        return rc;
    if (!p.isSet(f.out)) {
        io.err << AnalyseLisaTr::tr("analyse gistar --table needs --out FILE.csv or FILE.gpkg.") << '\n';
        return 2;
    }
    if (!outputFormat(p.value(f.out), {QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("gpkg")}, io) ||
        conflicting(p, t.knn, t.band, io))
        return 2;
    const std::optional<bool> fdrOn = fdr.choice(p, io);
    if (!fdrOn)
        return 2;
    int epsg = 3006;
    QStringList notes;
    const auto values = loadValues(p, t, f, io, &epsg, &notes);
    if (!values)
        return 2;
    const auto list = neighbours(p, t, *values, io);
    if (!list)
        return 2;
    analysis::GiStarParameters par;
    par.fdrCorrection = *fdrOn;
    Feedback feedback;
    auto r = analysis::giStar(values->values, *list, par, feedback);
    if (!r) {
        io.err << r.errorMessage() << '\n';
        return 1;
    }
    std::vector<std::vector<QVariant>> rows;
    for (std::size_t i = 0; i < values->values.size(); ++i)
        rows.push_back({values->values[i], static_cast<qlonglong>(r->neighbours[i]), real(r->z[i]), real(r->p[i]),
                        static_cast<int>(r->bin[i])});
    const Status s = writeFeatureResults(p.value(f.out), *values, epsg,
                                         {{QStringLiteral("value"), io::VectorField::Type::Real},
                                          {QStringLiteral("neighbours"), io::VectorField::Type::Integer},
                                          {QStringLiteral("gi_z"), io::VectorField::Type::Real},
                                          {QStringLiteral("gi_p"), io::VectorField::Type::Real},
                                          {QStringLiteral("gi_bin"), io::VectorField::Type::Integer}},
                                         rows);
    if (!s) {
        io.err << s.errorMessage() << '\n';
        return 1;
    }
    for (const QString &n : notes)
        io.out << n << '\n';
    io.out << AnalyseLisaTr::tr("%1 features: %2 hot and %3 cold at 90 % confidence or more.")
                  .arg(values->values.size())
                  .arg(r->hot[0] + r->hot[1] + r->hot[2])
                  .arg(r->cold[0] + r->cold[1] + r->cold[2])
           << '\n';
    return 0;
}

} // namespace lb::cli
