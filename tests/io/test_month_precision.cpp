// A police.uk-shaped file gives only the month: imported with its Month column, its last month is
// complete in the store's time span and in the trends, not dropped as begun.

#include "import_test_support.h"
#include "support/test_support.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace lb;
using namespace lb::test;

namespace {
// Two burglaries a month in central Stockholm, January 2023 to March 2024 (15 months).
QByteArray streetFile()
{
    QByteArray out = "Crime ID,Month,Longitude,Latitude,Crime type\n";
    for (int k = 0; k < 15; ++k)
        for (int i = 0; i < 2; ++i)
            out += QStringLiteral(",%1-%2,18.0686,59.3293,Burglary and theft\n")
                       .arg(2023 + k / 12)
                       .arg(1 + k % 12, 2, 10, QLatin1Char('0'))
                       .toUtf8();
    return out;
}
} // namespace

TEST_CASE("the last month of month-precision data is complete", "[io][trends][precision]")
{
    QTemporaryDir dir;
    auto store = makeStore(dir);
    const QString path = writeFile(dir, QStringLiteral("street.csv"), streetFile());
    QString out, err;
    REQUIRE(runCli({QStringLiteral("import"), path, QStringLiteral("--store"), store->path(), QStringLiteral("--kind"),
                    QStringLiteral("incidents")},
                   &out, &err) == 0);
    INFO(out.toStdString() << err.toStdString());
    REQUIRE(out.contains(QStringLiteral("Accepted: 30")));

    // The store's incidents run to the end of March 2024, local time: 1 April 00:00 CEST is
    // 2024-03-31T22:00:00Z.
    auto reopened = store::Store::open(store->path());
    REQUIRE(reopened.ok());
    CHECK(formatUtc((*reopened)->incidentTimeSpan().end) == QStringLiteral("2024-03-31T22:00:00Z"));
    reopened->reset();

    const QString csv = dir.filePath(QStringLiteral("trends.csv"));
    REQUIRE(runCli({QStringLiteral("analyse"), QStringLiteral("trends"), store->path(), QStringLiteral("--out"), csv},
                   &out, &err) == 0);
    QFile f(csv);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    INFO(text.toStdString());
    bool seen = false;
    for (const QString &line : text.split(QLatin1Char('\n')))
        if (line.startsWith(QStringLiteral("2024-03"))) {
            seen = true;
            CHECK(line.section(QLatin1Char(','), 1, 1) == QStringLiteral("1"));
        }
    CHECK(seen);
}
