// lagesbild-cli rejects STORE [--batch N] [--limit N]: the rows an import rejected, for any batch,
// without importing again. Without --batch, the batches with rejected rows and whether those are
// still open, superseded by a later import of the same file, or undone.

#include "cli/cli_support.h"
#include "io/importer.h"
#include "io/reject_reason.h"
#include "store/import_catalog.h"

#include <QCoreApplication>
#include <QLocale>

namespace lb::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::cli::Rejects)
};

QString stateOf(const store::ImportBatch &b)
{
    if (!b.undoneAt.isEmpty())
        return Tr::tr("undone");
    if (b.supersededBy > 0)
        return Tr::tr("superseded by batch %1").arg(b.supersededBy);
    return Tr::tr("open");
}

int listBatchRejects(store::ImportCatalog &catalog, const store::ImportBatch &b, int limit, CommandIo io)
{
    const QLocale locale;
    io.out << Tr::tr("Batch %1: %2 (%3), %4 rejected rows, %5")
                  .arg(b.id)
                  .arg(b.sourceFile, b.kind, locale.toString(static_cast<qint64>(b.rowsRejected)), stateOf(b))
           << '\n';
    if (b.supersededBy > 0)
        io.out << Tr::tr("A later import of the same file (batch %1) replaces these rows; they are kept for the "
                         "record.")
                      .arg(b.supersededBy)
               << '\n';
    auto rejects = catalog.rejects(b.id, limit);
    if (!rejects) {
        io.err << rejects.errorMessage() << '\n';
        return 1;
    }
    for (const store::ImportReject &r : *rejects)
        io.out << "  " << Tr::tr("row %1").arg(locale.toString(static_cast<qint64>(r.rowNumber))) << ": "
               << io::labelForCode(r.reasonCode) << " (" << r.reasonCode << ") — " << r.reason << '\n'
               << "    " << r.rawValues << '\n';
    if (limit > 0 && static_cast<std::int64_t>(rejects->size()) < b.rowsRejected)
        io.out << Tr::tr("%1 more; show them with --limit 0.")
                      .arg(locale.toString(static_cast<qint64>(b.rowsRejected) - static_cast<qint64>(rejects->size())))
               << '\n';
    return 0;
}
} // namespace

int runRejects(const QStringList &args, CommandIo io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("List the rows an import rejected, with their row numbers, reasons and values."));
    parser.addPositionalArgument(QStringLiteral("STORE"), Tr::tr("The store."));
    const QCommandLineOption batchOpt(QStringLiteral("batch"), Tr::tr("The import batch (default: list the batches)."),
                                      QStringLiteral("N"));
    const QCommandLineOption limitOpt(QStringLiteral("limit"), Tr::tr("Show at most N rows (0: all; default 50)."),
                                      QStringLiteral("N"), QStringLiteral("50"));
    parser.addOptions({batchOpt, limitOpt});
    int rc = 0;
    if (!parseArgs(parser, QStringLiteral("rejects"), args, io, &rc))
        return rc;
    if (parser.positionalArguments().size() != 1) {
        io.err << Tr::tr("rejects needs exactly one store.") << '\n';
        return 2;
    }
    bool ok = true;
    const int limit = parser.value(limitOpt).toInt(&ok);
    if (!ok || limit < 0) {
        io.err << Tr::tr("--limit takes a whole number, 0 or more.") << '\n';
        return 2;
    }
    auto store = openStore(parser.positionalArguments().first(), io);
    if (!store)
        return 1;
    store::ImportCatalog catalog(*store);
    if (parser.isSet(batchOpt)) {
        const qint64 id = parser.value(batchOpt).toLongLong(&ok);
        auto batch = ok ? catalog.batch(id) : Result<store::ImportBatch>(Error{QString()});
        if (!ok || !batch) {
            io.err << (ok ? batch.errorMessage() : Tr::tr("--batch takes a batch number.")) << '\n';
            return 2;
        }
        return listBatchRejects(catalog, *batch, limit, io);
    }
    auto batches = catalog.batches();
    if (!batches) {
        io.err << batches.errorMessage() << '\n';
        return 1;
    }
    const QLocale locale;
    int shown = 0;
    for (const store::ImportBatch &b : *batches) {
        if (b.rowsRejected == 0)
            continue;
        ++shown;
        io.out << Tr::tr("Batch %1: %2 (%3), %4 rejected rows, %5")
                      .arg(b.id)
                      .arg(b.sourceFile, b.kind, locale.toString(static_cast<qint64>(b.rowsRejected)), stateOf(b))
               << '\n';
    }
    if (shown == 0)
        io.out << Tr::tr("No import has rejected any rows.") << '\n';
    else
        io.out << Tr::tr("Show a batch's rows with --batch N.") << '\n';
    return 0;
}

} // namespace lb::cli
