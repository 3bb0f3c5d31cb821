// lagesbild-cli personal-data scan|redact STORE: finds personal identity numbers, phone numbers and
// e-mail addresses in the text a store holds (for data imported before imports scanned for them),
// lists them per table, column and kind, and on redact replaces them with markers in one
// transaction, logging each changed row in the edit log.

#include "cli/cli_support.h"
#include "io/personal_data_store.h"

#include <QCoreApplication>
#include <QLocale>

namespace lb::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::cli::PersonalData)
};

void printFindings(const io::StorePersonalDataReport &report, CommandIo io)
{
    const QLocale locale;
    for (const io::StorePersonalData &c : report.columns) {
        QStringList kinds;
        for (int k = 0; k < io::kPersonalDataKindCount; ++k)
            if (const std::int64_t rows = c.rows[static_cast<size_t>(k)])
                kinds << Tr::tr("%1 (%2 in %3 rows)")
                             .arg(io::personalDataCode(static_cast<io::PersonalDataKind>(k)),
                                  locale.toString(static_cast<qlonglong>(c.values[static_cast<size_t>(k)])),
                                  locale.toString(static_cast<qlonglong>(rows)));
        io.out << "  " << c.table << '.' << c.column << ": " << kinds.join(QLatin1String(", ")) << '\n';
    }
}
} // namespace

int runPersonalData(const QStringList &args, CommandIo io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Find personal identity numbers, phone numbers and e-mail addresses in a store (scan), or replace "
               "them with markers such as [personnummer] (redact)."));
    parser.addPositionalArgument(QStringLiteral("ACTION"), Tr::tr("scan or redact."));
    addStoreArgument(parser);
    int rc = 0;
    if (!parseArgs(parser, QStringLiteral("personal-data"), args, io, &rc))
        return rc;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2 || (pos[0] != QLatin1String("scan") && pos[0] != QLatin1String("redact"))) {
        io.err << Tr::tr("personal-data needs scan or redact and a store file.") << '\n';
        return 2;
    }
    const bool redact = pos[0] == QLatin1String("redact");
    auto store = openStore(pos[1], io, redact ? store::Store::Mode::ReadWrite : store::Store::Mode::ReadOnly);
    if (!store)
        return 1;
    auto report = redact ? io::redactStorePersonalData(*store) : io::scanStorePersonalData(*store);
    if (!report) {
        io.err << report.errorMessage() << '\n';
        return 1;
    }
    if (!report->any()) {
        io.out << Tr::tr("No personal data found in %1.").arg(store->path()) << '\n';
        return 0;
    }
    io.out << (redact ? Tr::tr("Redacted in %1 (table.column: kind, values and rows):").arg(store->path())
                      : Tr::tr("Personal data in %1 (table.column: kind, values and rows):").arg(store->path()))
           << '\n';
    printFindings(*report, io);
    if (redact)
        io.out << Tr::tr("Changed %n row(s) in one transaction; each change is in the edit log.", nullptr,
                         static_cast<int>(report->rowsChanged))
               << '\n';
    else
        io.out << Tr::tr("Replace them with markers with: lagesbild-cli personal-data redact %1").arg(pos[1]) << '\n';
    return 0;
}

} // namespace lb::cli
