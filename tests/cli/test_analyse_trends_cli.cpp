// analyse trends counts incidents in local calendar periods and local hours although the store
// counts them per UTC hour: an incident half an hour after local midnight on New Year's Day (still
// the old year in UTC) and one on the first of July (UTC+2 in summer) fall in the new year's and
// July's counts and in Monday's 00 o'clock, as a coordinator reading the calendar expects.

#include "cli_run.h"
#include "store/store.h"
#include "support/catch_qt.h"

#include <QFile>

using namespace lb;

namespace {

Incident incidentAt(const char *utc, const char *category)
{
    Incident i;
    i.position = {674000.0, 6580000.0};
    i.occurredAt = *parseUtc(QString::fromLatin1(utc));
    i.category = QString::fromLatin1(category);
    i.source = QStringLiteral("Polisen");
    return i;
}

QStringList lines(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("analyse trends counts in local months and hours", "[cli][trends]")
{
    const QString dir = test::scratchDir();
    const QString path = dir + QStringLiteral("/trends.gpkg");
    {
        auto store = store::Store::create(path, {});
        REQUIRE(store.ok());
        std::vector<Incident> rows{
            incidentAt("2023-12-31T23:30:00Z", "klotter"),  // 2024-01-01 00:30 local, a Monday
            incidentAt("2024-06-30T22:30:00Z", "klotter"),  // 2024-07-01 00:30 local, a Monday
            incidentAt("2024-06-30T21:30:00Z", "klotter"),  // 2024-06-30 23:30 local, a Sunday
            incidentAt("2024-01-15T12:00:00Z", "brand_bil") // 13:00 local, a Monday
        };
        REQUIRE((*store)->insertIncidents(rows).ok());
    }
    const QString out = dir + QStringLiteral("/trends.csv");
    const auto r = test::runCliIn(QStringLiteral("en"),
                                  {QStringLiteral("analyse"), QStringLiteral("trends"), path, QStringLiteral("--by"),
                                   QStringLiteral("category"), QStringLiteral("--out"), out});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    // period,complete,category,district,source,count,... : the rows with incidents.
    QStringList counted;
    for (const QString &line : lines(out)) {
        const QStringList f = line.split(QLatin1Char(','));
        if (f.size() > 5 && f[5] != QLatin1String("0") && f[5] != QLatin1String("count"))
            counted << f[0] + QLatin1Char(' ') + f[2] + QLatin1Char(' ') + f[5];
    }
    counted.sort();
    CHECK(counted == QStringList{QStringLiteral("2024-01 brand_bil 1"), QStringLiteral("2024-01 klotter 1"),
                                 QStringLiteral("2024-06 klotter 1"), QStringLiteral("2024-07 klotter 1")});
    const QStringList profile = lines(dir + QStringLiteral("/trends_time_profile.csv"));
    REQUIRE(profile.size() == 8);
    const QStringList monday = profile[1].split(QLatin1Char(','));
    const QStringList sunday = profile[7].split(QLatin1Char(','));
    CHECK(monday[1] == QLatin1String("2"));  // h00
    CHECK(monday[14] == QLatin1String("1")); // h13
    CHECK(sunday[24] == QLatin1String("1")); // h23
}
