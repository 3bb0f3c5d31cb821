// lagesbild-cli print: page size and count (pdfinfo), the texts a reader checks (pdftotext: title,
// legend entries, sources, page number, internal/public), the heat map drawn inside the map frame
// (pdftoppm pixels) and an SVG page that parses.

#include "support/image_compare.h"
#include "support/sample_store.h"
#include "support/test_support.h"

#include <catch2/catch.hpp>

#include <QImage>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>

using namespace lb;

namespace {

struct Fixture {
    QTemporaryDir dir;
    QString store;
    Fixture()
    {
        store = dir.filePath(QStringLiteral("sample.gpkg"));
        REQUIRE(test::createSampleStore(store).ok());
    }
    int print(const QString &out, QStringList extra)
    {
        QString stdOut, stdErr;
        const int rc = test::runCli(QStringList{QStringLiteral("print"), store, QStringLiteral("--out"), out} + extra,
                                    &stdOut, &stdErr);
        INFO(stdErr.toStdString());
        return rc;
    }
};

bool havePoppler()
{
    return test::haveProgram(QStringLiteral("pdfinfo")) && test::haveProgram(QStringLiteral("pdftotext")) &&
           test::haveProgram(QStringLiteral("pdftoppm"));
}

QImage rasterise(const QString &pdf, const QString &prefix)
{
    REQUIRE(test::runProgram(QStringLiteral("pdftoppm"),
                             {QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-png"),
                              QStringLiteral("-singlefile"), pdf, prefix}) == 0);
    return QImage(prefix + QStringLiteral(".png"));
}

} // namespace

TEST_CASE("print writes an A3 portrait page with title, legend, sources and page number", "[report][print]")
{
    Fixture f;
    const QString pdf = f.dir.filePath(QStringLiteral("a3.pdf"));
    REQUIRE(f.print(pdf, {QStringLiteral("--page"), QStringLiteral("A3"), QStringLiteral("--portrait"),
                          QStringLiteral("--heatmap"), QStringLiteral("--title"), QStringLiteral("Provkommun 2023"),
                          QStringLiteral("--attribution"), QStringLiteral("Polisen, Räddningstjänsten")}) == 0);
    if (!havePoppler()) {
        WARN("poppler-utils is not installed; the PDF is not checked");
        return;
    }
    QString info, text;
    REQUIRE(test::runProgram(QStringLiteral("pdfinfo"), {pdf}, &info) == 0);
    CHECK(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
    CHECK(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+842 x 1191 pts")))); // A3 portrait
    REQUIRE(test::runProgram(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}, &text) == 0);
    CHECK(text.contains(QStringLiteral("Provkommun 2023")));
    CHECK(text.contains(QStringLiteral("Polisen, Räddningstjänsten")));
    CHECK(text.contains(QStringLiteral("Heat map")));           // the analysis layer's legend title
    CHECK(text.contains(QStringLiteral("Municipal boundary"))); // a base layer's legend entry
    CHECK(text.contains(QStringLiteral("1 of 1")));
    CHECK(text.contains(QStringLiteral("Internal version")));
    CHECK(text.contains(QRegularExpression(QStringLiteral("1:\\d"))));
}

TEST_CASE("print draws the heat map inside the map frame and nothing in the margin", "[report][print]")
{
    if (!havePoppler()) {
        WARN("poppler-utils is not installed; the PDF is not checked");
        return;
    }
    Fixture f;
    const QString plain = f.dir.filePath(QStringLiteral("plain.pdf"));
    const QString heat = f.dir.filePath(QStringLiteral("heat.pdf"));
    const QStringList base{QStringLiteral("--layers"), QStringLiteral("municipality")};
    REQUIRE(f.print(plain, base) == 0);
    REQUIRE(f.print(heat, base + QStringList{QStringLiteral("--heatmap"), QStringLiteral("--radius"),
                                             QStringLiteral("1500")}) == 0);
    const QImage a = rasterise(plain, f.dir.filePath(QStringLiteral("plain")));
    const QImage b = rasterise(heat, f.dir.filePath(QStringLiteral("heat")));
    REQUIRE(a.size() == b.size());
    // A4 landscape at 50 DPI; 10 mm margins; the legend panel takes the right 75 mm, so the map
    // frame spans x = 10 … 212 mm. Compare the middle band of the frame.
    const double px = 50.0 / 25.4;
    const QRect frame(int(12 * px), int(a.height() * 0.3), int(198 * px), int(a.height() * 0.5));
    int changed = 0;
    for (int y = frame.top(); y <= frame.bottom(); ++y)
        for (int x = frame.left(); x <= frame.right(); ++x)
            changed += a.pixel(x, y) != b.pixel(x, y);
    // Two incidents, each spreading over a 1.5 km disc: at 1:~40 000 that is several hundred pixels.
    CHECK(changed > 200);
    CHECK(test::colorNear(b.pixel(3, 3), Qt::white, 0));
    CHECK(test::colorNear(b.pixel(b.width() - 3, b.height() - 3), Qt::white, 0));
}

TEST_CASE("a public print page says so, and an SVG page parses", "[report][print]")
{
    Fixture f;
    const QString svg = f.dir.filePath(QStringLiteral("page.svg"));
    REQUIRE(f.print(svg, {QStringLiteral("--public"), QStringLiteral("--district"), QStringLiteral("Öster"),
                          QStringLiteral("--heatmap")}) == 0);
    QFile file(svg);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(file.readAll());
    CHECK(QSvgRenderer(svg).isValid());
    CHECK(content.contains(QStringLiteral("Public version")));
    CHECK(content.contains(QStringLiteral("Heat map")));
    // One incident in the district is too few for a hot spot analysis: an error, not a page.
    CHECK(f.print(f.dir.filePath(QStringLiteral("hot.svg")),
                  {QStringLiteral("--district"), QStringLiteral("Öster"), QStringLiteral("--hotspots")}) == 1);
    CHECK_FALSE(QFile::exists(f.dir.filePath(QStringLiteral("hot.svg"))));
    CHECK(f.print(f.dir.filePath(QStringLiteral("page.tiff")), {}) == 2);
    CHECK(f.print(svg, {QStringLiteral("--page"), QStringLiteral("A5")}) == 2);
}

TEST_CASE("a print layout saved in the store gives the same page again, and options override it", "[report][print]")
{
    Fixture f;
    const QString first = f.dir.filePath(QStringLiteral("first.pdf"));
    QString out, err;
    REQUIRE(test::runCli({QStringLiteral("print"), f.store, QStringLiteral("--out"), first, QStringLiteral("--page"),
                          QStringLiteral("A3"), QStringLiteral("--portrait"), QStringLiteral("--title"),
                          QStringLiteral("Veckomötet"), QStringLiteral("--save-layout"), QStringLiteral("Möte A3")},
                         &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("Saved the print layout Möte A3.")));
    const QString again = f.dir.filePath(QStringLiteral("again.pdf"));
    REQUIRE(f.print(again, {QStringLiteral("--layout"), QStringLiteral("möte a3")}) == 0);
    const QString subtitled = f.dir.filePath(QStringLiteral("subtitled.pdf"));
    REQUIRE(f.print(subtitled, {QStringLiteral("--layout"), QStringLiteral("Möte A3"), QStringLiteral("--subtitle"),
                                QStringLiteral("Vecka 48")}) == 0);
    CHECK(test::runCli({QStringLiteral("print"), f.store, QStringLiteral("--out"), again, QStringLiteral("--layout"),
                        QStringLiteral("Saknas")},
                       &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("Layouts: Möte A3.")));
    if (!havePoppler()) {
        WARN("poppler-utils is not installed; the PDF is not checked");
        return;
    }
    for (const QString &pdf : {again, subtitled}) {
        QString info, text;
        REQUIRE(test::runProgram(QStringLiteral("pdfinfo"), {pdf}, &info) == 0);
        CHECK(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+842 x 1191 pts")))); // A3 portrait
        REQUIRE(test::runProgram(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}, &text) == 0);
        CHECK(text.contains(QStringLiteral("Veckomötet")));
        CHECK(text.contains(QStringLiteral("Vecka 48")) == (pdf == subtitled));
    }
}
