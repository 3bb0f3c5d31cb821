// lagesbild-cli walk followup STORE --out F.pdf|csv|xlsx [--responsible ORG] [--as-of DATE]
// [--overdue-days N] [--public]: what each responsible organisation has open or in progress, since
// when and how overdue (see report/followup_list.h). The PDF shows the findings' photos unless it
// is --public.

#include "cli/cli_support.h"
#include "cli/open_reader.h"
#include "io/export_spreadsheet.h"
#include "report/followup_list.h"

#include <QCoreApplication>

namespace lb::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::cli::WalkFollowup)
};
} // namespace

int runWalkFollowup(const QStringList &args, CommandIo io)
{
    QCommandLineParser p;
    p.setApplicationDescription(Tr::tr("Follow-up lists of safety-walk findings per responsible organisation: "
                                       "what is open or in progress, since when, due and overdue. PDF with one "
                                       "section per organisation, or a table for Excel (CSV or XLSX)."));
    addStoreArgument(p);
    const QCommandLineOption out(QStringLiteral("out"), Tr::tr("The file to write: .pdf, .csv or .xlsx."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption responsible(
        QStringLiteral("responsible"), Tr::tr("Only this organisation (its name as recorded)."), QStringLiteral("ORG"));
    const QCommandLineOption asOf(QStringLiteral("as-of"), Tr::tr("The reference date (default today)."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption overdue(QStringLiteral("overdue-days"),
                                     Tr::tr("Without a due date a finding is due this many days after its walk "
                                            "(default 90)."),
                                     QStringLiteral("N"), QStringLiteral("90"));
    const QCommandLineOption publicList(
        QStringLiteral("public"),
        Tr::tr("A list for the public: leaves out the findings' descriptions (free text) and photos."));
    p.addOptions({out, responsible, asOf, overdue, publicList});
    int rc = 0;
    if (!parseArgs(p, QStringLiteral("walk followup"), args, io, &rc))
        return rc;
    if (p.positionalArguments().size() != 1 || !p.isSet(out)) {
        io.err << Tr::tr("walk followup needs a store and --out FILE.") << '\n';
        return 2;
    }
    const auto format =
        outputFormat(p.value(out), {QStringLiteral("pdf"), QStringLiteral("csv"), QStringLiteral("xlsx")}, io);
    if (!format)
        return 2;
    report::FollowupListOptions options;
    options.asOf = p.isSet(asOf) ? QDate::fromString(p.value(asOf), Qt::ISODate) : QDate::currentDate();
    bool okDays = false;
    options.overdueDays = p.value(overdue).toInt(&okDays);
    if (!options.asOf.isValid() || !okDays || options.overdueDays < 0) {
        io.err << Tr::tr("--as-of takes a date (YYYY-MM-DD), --overdue-days a whole number of at least 0.") << '\n';
        return 2;
    }
    options.responsible = p.value(responsible);
    options.publicList = p.isSet(publicList);
    options.withPhotos = *format == QLatin1String("pdf") && !options.publicList;
    auto store = openReader(p.positionalArguments().first(), io);
    if (!store)
        return 1;
    Feedback feedback;
    auto list = report::buildFollowupList(*store, options, feedback);
    if (!list) {
        io.err << list.errorMessage() << '\n';
        return 1;
    }
    const QString path = p.value(out);
    Status written;
    if (*format == QLatin1String("pdf"))
        written = report::writeFollowupPdf(*list, path);
    else if (*format == QLatin1String("xlsx"))
        written = io::writeXlsx(path, Tr::tr("Follow-up"), report::followupHeader(), report::followupRows(*list));
    else
        written = io::writeExcelCsv(path, report::followupHeader(), report::followupRows(*list));
    if (!written) {
        io.err << written.errorMessage() << '\n';
        return 1;
    }
    long long items = 0, late = 0;
    for (const report::FollowupSection &s : list->sections) {
        items += qint64(s.items.size());
        late += s.overdue;
    }
    if (!options.responsible.isEmpty() && list->sections.empty())
        io.out << Tr::tr("Nothing open for %1 (names are matched exactly).").arg(options.responsible) << '\n';
    io.out << Tr::tr("Wrote %1: %2 findings open or in progress as of %3, %4 overdue, for %n organisation(s).", nullptr,
                     int(list->sections.size()))
                  .arg(path, number(qint64(items)), options.asOf.toString(Qt::ISODate), number(qint64(late)))
           << '\n';
    return 0;
}

} // namespace lb::cli
