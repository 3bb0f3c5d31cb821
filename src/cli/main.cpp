// lagesbild-cli: the same jobs as the desktop program, headless, for batch runs and tests.

#include "cli/commands.h"
#include "core/translations.h"
#include "io/network_guard.h"
#include "pgstore/pg_store_reader.h"

#include <QGuiApplication>

#include <cstdio>
#include <functional>
#include <map>

namespace {

QString usage()
{
    return QCoreApplication::translate("lb::cli", R"(Usage: lagesbild-cli <command> [options]

Commands:
  demo --out FILE [--seed N]        write the demo store
  info STORE                        layers, counts, extent, CRS and time span of a store
  render STORE --out IMAGE [--size WxH] [--extent minx,miny,maxx,maxy] [--layers a,b,...]
                                    draw the map of a store into a PNG, or an A4 page into a PDF
  create STORE [--municipality NAME|CODE | --boundary FILE] [--crs EPSG:N] [--name NAME]
                                    make an empty store for a municipality
  probe FILE                        show layers, fields and the guessed coordinates of a file
  import FILE --store STORE --kind K [options]
                                    import records into a store
  analyse METHOD STORE [options]    hot spots, trends and survey statistics
  chart STORE --kind KIND --out FILE.png|svg|pdf
                                    draw a chart (per-year, change, time-profile, survey, followup)
  print STORE --out PAGE.pdf|png|svg [--page A4|A3] [--heatmap] [--hotspots]
                                    a print layout of the map
  report STORE --year Y --out FILE.pdf|odt [--district D] [--public [--k N]]
                                    the yearly lägesbild report
  personal-data scan|redact STORE
                                    find personal identity numbers, phone numbers and e-mail
                                    addresses in a store, or replace them with markers
  upgrade STORE                     upgrade a store of an older schema (keeps a copy)
  check STORE                       verify every page, index and constraint of a store
  copy-store SOURCE TARGET          copy a store between a .gpkg file and a postgresql:// database
  fetch-police STORE [--url BASE] [--location NAME]
                                    download the police's current events and import the new ones
  interventions add|list|kinds|import|edit|remove STORE ...
                                    record interventions (insatser)
  evaluate STORE --intervention ID --out FILE.csv [--chart FILE.png|svg|pdf]
                                    did an intervention help: before/after against a comparison area
  codes STORE [--kind category|source|area]
                                    list the category codes, reporting organisations and areas
  taxonomy add STORE --code C --sv LABEL --en LABEL [--group G]
                                    add a category to the taxonomy of a store
  rejects STORE [--batch N]         list the rows an import rejected, for any batch
  walk SUBCOMMAND STORE ...         plan, print, record and follow up safety walks

Run a command with --help for its options.
)");
}

} // namespace

int main(int argc, char **argv)
{
    // The CLI never needs a window; default to the offscreen platform so it runs without a display.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lagesbild-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Lagesbild"));
    lb::installTranslations();
    // No file given on the command line may make the program reach the network.
    lb::io::disableNetworkAccess();
    // STORE may be a shared store on a PostgreSQL server (postgresql://…) where a command only reads.
    lb::pgstore::enableServerStores();

    QTextStream out(stdout);
    QTextStream err(stderr);
    lb::cli::CommandIo io{out, err};

    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        (args.isEmpty() ? err : out) << usage();
        return args.isEmpty() ? 2 : 0;
    }
    const QString command = args.takeFirst();
    const std::map<QString, std::function<int(const QStringList &, lb::cli::CommandIo)>> commands = {
        {QStringLiteral("demo"), lb::cli::runDemo},
        {QStringLiteral("info"), lb::cli::runInfo},
        {QStringLiteral("analyse"), lb::cli::runAnalyse},
        {QStringLiteral("analyze"), lb::cli::runAnalyse},
        {QStringLiteral("create"), lb::cli::runCreate},
        {QStringLiteral("probe"), lb::cli::runProbe},
        {QStringLiteral("import"), lb::cli::runImport},
        {QStringLiteral("render"), lb::cli::runRender},
        {QStringLiteral("chart"), lb::cli::runChart},
        {QStringLiteral("print"), lb::cli::runPrint},
        {QStringLiteral("report"), lb::cli::runReport},
        {QStringLiteral("personal-data"), lb::cli::runPersonalData},
        {QStringLiteral("upgrade"), lb::cli::runUpgrade},
        {QStringLiteral("check"), lb::cli::runCheck},
        {QStringLiteral("copy-store"), lb::cli::runCopyStore},
        {QStringLiteral("fetch-police"), lb::cli::runFetchPolice},
        {QStringLiteral("interventions"), lb::cli::runInterventions},
        {QStringLiteral("evaluate"), lb::cli::runEvaluate},
        {QStringLiteral("codes"), lb::cli::runCodes},
        {QStringLiteral("taxonomy"), lb::cli::runTaxonomy},
        {QStringLiteral("rejects"), lb::cli::runRejects},
        {QStringLiteral("walk"), lb::cli::runWalk},
    };
    const auto it = commands.find(command);
    if (it == commands.end()) {
        err << QCoreApplication::translate("lb::cli", "Unknown command: %1").arg(command) << '\n' << usage();
        return 2;
    }
    const int rc = it->second(args, io);
    out.flush();
    err.flush();
    return rc;
}
