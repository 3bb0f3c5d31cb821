// lagesbild-cli copy-store SOURCE TARGET: moves a whole store between a GeoPackage file and a
// PostgreSQL/PostGIS database (a postgresql:// connection string), in either direction.

#include "cli/cli_support.h"
#include "pgstore/pg_connection.h"
#include "pgstore/store_copy.h"

#include <QCoreApplication>
#include <QLocale>

namespace lb::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::cli::CopyStore)
};
} // namespace

int runCopyStore(const QStringList &args, CommandIo io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Copy a whole store between a GeoPackage file and a PostgreSQL/PostGIS database, with every "
               "table, id and history entry. A database is given as a postgresql:// connection string; the "
               "password comes from ~/.pgpass."));
    parser.addPositionalArgument(QStringLiteral("source"),
                                 Tr::tr("The store to copy: a .gpkg file or postgresql://..."));
    parser.addPositionalArgument(QStringLiteral("target"),
                                 Tr::tr("Where to copy it: a new .gpkg file or an empty postgresql://... database"));
    int rc = 0;
    if (!parseArgs(parser, QStringLiteral("copy-store"), args, io, &rc))
        return rc;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        io.err << Tr::tr("copy-store needs a source and a target.") << '\n';
        return 2;
    }
    const QString &source = positional[0];
    const QString &target = positional[1];
    const bool fromServer = pgstore::PgConnection::isConnectionString(source);
    const bool toServer = pgstore::PgConnection::isConnectionString(target);
    if (fromServer == toServer) {
        io.err << Tr::tr("One side of copy-store must be a .gpkg file and the other a postgresql:// database.") << '\n';
        return 2;
    }
    const auto summary = toServer ? pgstore::copyGeoPackageToPostgres(source, target)
                                  : pgstore::copyPostgresToGeoPackage(source, target);
    if (!summary) {
        io.err << summary.errorMessage() << '\n';
        return 1;
    }
    const QLocale locale;
    for (const auto &[table, rows] : summary->rows)
        io.out << Tr::tr("%1: %2 rows").arg(table, locale.toString(static_cast<qlonglong>(rows))) << '\n';
    io.out << Tr::tr("Copied %1 rows.").arg(locale.toString(static_cast<qlonglong>(summary->total()))) << '\n';
    return 0;
}

} // namespace lb::cli
