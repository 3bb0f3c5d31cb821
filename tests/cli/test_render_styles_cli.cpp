// render and print draw the incidents in the style asked for and the survey answers of a round;
// a style or round that does not exist is an error naming what there is.

#include "cli_run.h"
#include "support/catch_qt.h"

#include "store/store.h"

#include <QFile>
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

namespace {

int magentaPixels(const QImage &image)
{
    int n = 0;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y)
        for (int x = 0; x < rgb.width(); ++x) {
            const QColor c = QColor::fromRgb(rgb.pixel(x, y));
            n += c.red() >= 0xf8 && c.green() <= 6 && c.blue() >= 0xf8;
        }
    return n;
}

} // namespace

TEST_CASE("render draws the styles kept in the store, and --layer-style and --labels override them",
          "[cli][layerstyle]")
{
    const QString dir = scratchDir();
    const QString store = dir + QStringLiteral("/styled.gpkg");
    REQUIRE(QFile::copy(demoStore(), store));
    const auto render = [&](const QString &name, const QStringList &extra) {
        const QString out = dir + QLatin1Char('/') + name;
        const CliResult r =
            runCliIn(QStringLiteral("en"), QStringList{QStringLiteral("render"), store, QStringLiteral("--out"), out,
                                                       QStringLiteral("--size"), QStringLiteral("500x400"),
                                                       QStringLiteral("--layers"), QStringLiteral("incidents")} +
                                               extra);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        QImage image(out);
        REQUIRE(!image.isNull());
        return image;
    };
    // Magenta is in no palette and no base-map colour of the program.
    CHECK(magentaPixels(render(QStringLiteral("plain.png"), {})) == 0);
    const QImage asked =
        render(QStringLiteral("asked.png"),
               {QStringLiteral("--layer-style"), QStringLiteral("incidents=single,color=#ff00ff,size=10")});
    CHECK(magentaPixels(asked) > 500);

    // The desktop program's style kept in the store: drawn without options.
    {
        auto st = lb::store::Store::open(store);
        REQUIRE(st.ok());
        REQUIRE((*st)
                    ->setMetaValue(QStringLiteral("map_layers"),
                                   QStringLiteral(R"({"styles":{"layers":{"incidents":)"
                                                  R"({"kind":"single","color":"#ff00ff","size":10}}}})"))
                    .ok());
    }
    CHECK(magentaPixels(render(QStringLiteral("kept.png"), {})) > 500);
    // --layer-style overrides it; --labels adds text (dark pixels) to the same map.
    const QImage back = render(QStringLiteral("back.png"),
                               {QStringLiteral("--layer-style"), QStringLiteral("incidents=categorized:group")});
    CHECK(magentaPixels(back) == 0);
    const QImage labelled =
        render(QStringLiteral("labelled.png"), {QStringLiteral("--labels"), QStringLiteral("incidents=category")});
    CHECK(magentaPixels(labelled) > 300);
    CHECK(labelled != render(QStringLiteral("kept2.png"), {}));
}
