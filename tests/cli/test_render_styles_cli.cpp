// render and print draw the incidents in the style asked for and the survey answers of a round;
// a style or round that does not exist is an error naming what there is.

#include "cli_run.h"
#include "support/catch_qt.h"

#include <QFileInfo>
#include <QImage>

using lb::test::CliResult;
using lb::test::demoStore;
using lb::test::runCliIn;
using lb::test::scratchDir;

TEST_CASE("render and print take --incidents and --survey-choropleth", "[cli]")
{
    const QString dir = scratchDir();
    QImage points, hex;
    for (const char *style : {"points", "hex"}) {
        const QString out = dir + QStringLiteral("/%1.png").arg(QLatin1String(style));
        const CliResult r =
            runCliIn(QStringLiteral("en"),
                     {QStringLiteral("render"), demoStore(), QStringLiteral("--out"), out, QStringLiteral("--size"),
                      QStringLiteral("400x300"), QStringLiteral("--incidents"), QString::fromLatin1(style)});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        (QLatin1String(style) == QLatin1String("hex") ? hex : points).load(out);
    }
    REQUIRE(!points.isNull());
    REQUIRE(points.size() == hex.size());
    CHECK(points != hex);

    const CliResult choropleth =
        runCliIn(QStringLiteral("en"), {QStringLiteral("render"), demoStore(), QStringLiteral("--out"),
                                        QString(dir + QStringLiteral("/answers.png")),
                                        QStringLiteral("--survey-choropleth"), QStringLiteral("2023")});
    CHECK(choropleth.exitCode == 0);
    const CliResult page =
        runCliIn(QStringLiteral("en"),
                 {QStringLiteral("print"), demoStore(), QStringLiteral("--out"),
                  QString(dir + QStringLiteral("/page.pdf")), QStringLiteral("--incidents"), QStringLiteral("heat")});
    CHECK(page.exitCode == 0);
    CHECK(QFileInfo(QString(dir + QStringLiteral("/page.pdf"))).size() > 0);

    const CliResult badStyle =
        runCliIn(QStringLiteral("en"),
                 {QStringLiteral("render"), demoStore(), QStringLiteral("--out"),
                  QString(dir + QStringLiteral("/bad.png")), QStringLiteral("--incidents"), QStringLiteral("blobs")});
    CHECK(badStyle.exitCode == 2);
    CHECK(badStyle.err.contains(QStringLiteral("points, clusters, hex, auto, heat")));
    const CliResult badRound =
        runCliIn(QStringLiteral("en"), {QStringLiteral("render"), demoStore(), QStringLiteral("--out"),
                                        QString(dir + QStringLiteral("/bad.png")),
                                        QStringLiteral("--survey-choropleth"), QStringLiteral("1999")});
    CHECK(badRound.exitCode == 2);
    CHECK(badRound.err.contains(QStringLiteral("2023")));
    CHECK_FALSE(QFileInfo::exists(QString(dir + QStringLiteral("/bad.png"))));
}
