// lagesbild-cli info FILE: what a store holds — layers with counts and extents, CRS, time zone
// and the span of the incidents.

#include "cli/cli_support.h"
#include "cli/open_reader.h"
#include "core/local_clock.h"

#include <QCoreApplication>
#include <QLocale>

namespace lb::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::cli::Info)
};

QString extentText(const Extent &e)
{
    if (e.isEmpty())
        return QStringLiteral("-");
    const QLocale locale;
    // The coordinates of a corner are separated by a semicolon when the locale writes a comma
    // inside numbers (Swedish decimal comma, English thousands separator), else by a comma.
    const bool commaInNumbers =
        locale.decimalPoint() == QLatin1String(",") || locale.groupSeparator() == QLatin1String(",");
    const QString pair = commaInNumbers ? QStringLiteral("%1; %2") : QStringLiteral("%1, %2");
    return pair.arg(locale.toString(e.minX, 'f', 1), locale.toString(e.minY, 'f', 1)) + QStringLiteral(" – ") +
           pair.arg(locale.toString(e.maxX, 'f', 1), locale.toString(e.maxY, 'f', 1));
}
} // namespace

int runInfo(const QStringList &args, CommandIo io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Show the layers, counts, extent, CRS and time span of a store."));
    addStoreArgument(parser);
    int rc = 0;
    if (!parseArgs(parser, QStringLiteral("info"), args, io, &rc))
        return rc;
    if (parser.positionalArguments().size() != 1) {
        io.err << Tr::tr("info needs exactly one store file.") << '\n';
        return 2;
    }
    auto store = openReader(parser.positionalArguments().first(), io);
    if (!store)
        return 1;

    io.out << Tr::tr("Store: %1").arg(store->path()) << '\n';
    if (!store->name().isEmpty())
        io.out << Tr::tr("Name: %1").arg(store->name()) << '\n';
    io.out << Tr::tr("CRS: EPSG:%1 (%2)").arg(store->epsg()).arg(store->crsName()) << '\n';
    io.out << Tr::tr("Time zone: %1").arg(QString::fromUtf8(store->timeZone().id())) << '\n';
    io.out << Tr::tr("Schema version: %1").arg(store->schemaVersion()) << '\n';

    auto layers = store->layers();
    if (!layers) {
        io.err << layers.errorMessage() << '\n';
        return 1;
    }
    Extent all;
    io.out << Tr::tr("Layers:") << '\n';
    for (const store::LayerInfo &l : *layers) {
        io.out << QStringLiteral("  %1 (%2): %3 | %4")
                      .arg(l.table, -14)
                      .arg(l.geometryType)
                      .arg(Tr::tr("%Ln feature(s)", nullptr, static_cast<int>(l.count)))
                      .arg(extentText(l.extent))
               << '\n';
        all.include(l.extent);
    }
    io.out << Tr::tr("Extent: %1").arg(extentText(all)) << '\n';

    const TimeSpan span = store->incidentTimeSpan();
    if (span.isValid()) {
        const QTimeZone zone = store->timeZone();
        io.out << Tr::tr("Incidents from %1 to %2")
                      .arg(toDateTime(span.begin, zone).toString(Qt::ISODate),
                           toDateTime(span.end - 1, zone).toString(Qt::ISODate))
               << '\n';
    } else {
        io.out << Tr::tr("No incidents.") << '\n';
    }
    auto surveys = store->surveys();
    if (surveys && !surveys->empty()) {
        QStringList rounds;
        for (const Survey &s : *surveys)
            rounds << QStringLiteral("%1 (%2)").arg(s.name).arg(s.year);
        io.out << Tr::tr("Survey rounds: %1").arg(rounds.join(QStringLiteral(", "))) << '\n';
    }
    return 0;
}

} // namespace lb::cli
