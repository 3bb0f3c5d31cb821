// lagesbild-cli report STORE --year Y [--district D] --out REPORT.pdf|odt [--public [--k 5]]: the
// yearly lägesbild — summary, maps, trends, time profile, survey, walk follow-up, sources and
// methods — as a PDF or as editable ODF text. Internal unless --public is given.

#include "cli/cli_support.h"
#include "cli/open_reader.h"
#include "report/lagesbild_report.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

namespace lb::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::cli::Report)
};
} // namespace

int runReport(const QStringList &args, CommandIo io)
{
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr("Build the yearly lägesbild report as a PDF or as editable ODF text (.odt)."));
    p.addPositionalArgument(QStringLiteral("STORE"), Tr::tr("The store (a .gpkg file)."));
    const QCommandLineOption year(QStringLiteral("year"), Tr::tr("The year the report is about."),
                                  QStringLiteral("YEAR"));
    const QCommandLineOption district(QStringLiteral("district"), Tr::tr("Only this area (its name)."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption out(QStringLiteral("out"), Tr::tr("The report to write: .pdf or .odt."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption pub(QStringLiteral("public"),
                                 Tr::tr("A report for the public: counts under k suppressed, sensitive incidents only "
                                        "as counts, no free text. Without it the report is marked internal."));
    const QCommandLineOption k(QStringLiteral("k"), Tr::tr("The threshold of a public report (default 5)."),
                               QStringLiteral("N"), QStringLiteral("5"));
    p.addOptions({year, district, out, pub, k});
    int rc = 0;
    if (!parseArgs(p, QStringLiteral("report"), args, io, &rc))
        return rc;
    if (p.positionalArguments().size() != 1 || !p.isSet(out) || !p.isSet(year)) {
        io.err << Tr::tr("report needs a store, --year YEAR and --out FILE.") << '\n';
        return 2;
    }
    const QString suffix = QFileInfo(p.value(out)).suffix().toLower();
    if (!outputFormat(p.value(out), {QStringLiteral("pdf"), QStringLiteral("odt")}, io))
        return 2;
    report::ReportSettings settings;
    bool okYear = false, okK = false;
    settings.year = p.value(year).toInt(&okYear);
    settings.district = p.value(district);
    settings.isPublic = p.isSet(pub);
    settings.rules.minCount = p.value(k).toInt(&okK);
    if (!okYear || settings.year < 1900 || settings.year > 2999 || !okK || settings.rules.minCount < 1) {
        io.err << Tr::tr("--year takes a year and --k a whole number of at least 1.") << '\n';
        return 2;
    }
    if (p.isSet(k) && !settings.isPublic) {
        io.err << Tr::tr("--k applies only to a --public report.") << '\n';
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    auto store = openReader(p.positionalArguments().first(), io);
    if (!store)
        return 1;
    Feedback feedback;
    auto built = report::buildReport(*store, settings, feedback);
    if (!built) {
        io.err << built.errorMessage() << '\n';
        return 1;
    }
    if (Status s = report::writeReport(*built, p.value(out)); !s) {
        io.err << s.errorMessage() << '\n';
        return 1;
    }
    io.out << Tr::tr("Wrote %1 (%2 report) in %3 ms.")
                  .arg(p.value(out), settings.isPublic ? Tr::tr("public") : Tr::tr("internal"))
                  .arg(timer.elapsed())
           << '\n';
    if (settings.isPublic)
        io.out << Tr::tr("%n value(s) or row(s) suppressed.", nullptr, built->suppressed) << '\n';
    return 0;
}

} // namespace lb::cli
