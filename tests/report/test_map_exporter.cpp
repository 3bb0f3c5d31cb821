// MapExporter: map pages as PDF and PNG from the sample store — page size, scale, content,
// and what happens on cancel and on an unwritable path.

#include "render/map_data.h"
#include "render/map_layers.h"
#include "render/map_style.h"
#include "report/map_exporter.h"
#include "support/image_compare.h"
#include "support/sample_store.h"
#include "support/test_support.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace lb;

namespace {

struct Fixture {
    QTemporaryDir dir;
    render::LayerList layers;
    render::MapSettings map;

    Fixture()
    {
        const QString path = dir.filePath(QStringLiteral("sample.gpkg"));
        REQUIRE(test::createSampleStore(path).ok());
        Feedback feedback;
        auto data = render::loadMapData(path, feedback);
        REQUIRE(data.ok());
        layers = render::createStandardLayers(*data);
        map.setExtent(test::sampleExtent().buffered(500));
        map.setVisibleLayers(render::standardLayerIds());
    }
};

} // namespace

TEST_CASE("a map page PDF is one A4 landscape page with the title, legend and scale", "[report][pdf]")
{
    Fixture f;
    report::MapExportSettings page;
    page.title = QStringLiteral("Provkommun, trygghetsvandring");
    report::MapExporter exporter(f.map, f.layers, page);
    const QString pdf = f.dir.filePath(QStringLiteral("page.pdf"));
    Feedback feedback;
    REQUIRE(exporter.exportToFile(pdf, feedback) == report::ExportResult::Success);
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");

    if (!test::haveProgram(QStringLiteral("pdftotext")) || !test::haveProgram(QStringLiteral("pdftoppm"))) {
        WARN("poppler-utils is not installed; the PDF's content is not checked");
        return;
    }
    QString info;
    REQUIRE(test::runProgram(QStringLiteral("pdfinfo"), {pdf}, &info) == 0);
    CHECK(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+842 x 595 pts"))));
    QString text;
    REQUIRE(test::runProgram(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}, &text) == 0);
    CHECK(text.contains(page.title));
    CHECK(text.contains(QStringLiteral("Legend")));
    CHECK(text.contains(QStringLiteral("Incidents")));
    CHECK(text.contains(QStringLiteral("EPSG:3006")));
    CHECK(text.contains(QRegularExpression(QStringLiteral("1:\\d"))));

    // Rasterised, the page shows the lake and the fire incident in their colours.
    const QString prefix = f.dir.filePath(QStringLiteral("page"));
    REQUIRE(test::runProgram(QStringLiteral("pdftoppm"),
                             {QStringLiteral("-r"), QStringLiteral("100"), QStringLiteral("-png"),
                              QStringLiteral("-singlefile"), pdf, prefix}) == 0);
    const QImage raster(prefix + QStringLiteral(".png"));
    REQUIRE_FALSE(raster.isNull());
    CHECK(test::countColor(raster, raster.rect(), render::style::waterFill(), 6) > 300);
    CHECK(test::countColor(raster, raster.rect(), render::style::groupColor(QStringLiteral("fire")), 10) > 4);
    // The page margin stays white.
    CHECK(test::colorNear(raster.pixel(5, 5), Qt::white, 0));
}

TEST_CASE("the map frame's scale follows from the page width", "[report][pdf]")
{
    Fixture f;
    // A 20 km × 2 km strip: the frame's width decides the scale. A4 landscape less two 10 mm
    // margins is 277 mm, so 20 000 m / 0.277 m gives 1:72 202.
    f.map.setExtent({600000, 6553000, 620000, 6555000});
    report::MapExporter exporter(f.map, f.layers, {});
    Feedback feedback;
    REQUIRE(exporter.exportToPdf(f.dir.filePath(QStringLiteral("strip.pdf")), feedback) ==
            report::ExportResult::Success);
    CHECK(exporter.lastMapSettings().scaleDenominator() == Approx(72202.0).epsilon(0.002));
}

TEST_CASE("a map page PNG has the page's proportions at the chosen resolution", "[report][png]")
{
    Fixture f;
    report::MapExportSettings page;
    page.pngDpi = 150;
    report::MapExporter exporter(f.map, f.layers, page);
    const QString png = f.dir.filePath(QStringLiteral("page.png"));
    Feedback feedback;
    REQUIRE(exporter.exportToFile(png, feedback) == report::ExportResult::Success);
    const QImage img(png);
    // 297 × 210 mm at 150 DPI.
    CHECK(img.width() == int(297.0 / 25.4 * 150.0));
    CHECK(img.height() == int(210.0 / 25.4 * 150.0));
    CHECK(test::colorNear(img.pixel(10, 10), Qt::white, 0));
    CHECK(test::countColor(img, img.rect(), render::style::waterFill(), 2) > 1000);
}

TEST_CASE("a canceled or unwritable export leaves no file and says why", "[report]")
{
    Fixture f;
    report::MapExporter exporter(f.map, f.layers, {});
    Feedback canceled;
    canceled.cancel();
    const QString pdf = f.dir.filePath(QStringLiteral("canceled.pdf"));
    CHECK(exporter.exportToPdf(pdf, canceled) == report::ExportResult::Canceled);
    CHECK_FALSE(QFile::exists(pdf));
    const QString png = f.dir.filePath(QStringLiteral("canceled.png"));
    CHECK(exporter.exportToPng(png, canceled) == report::ExportResult::Canceled);
    CHECK_FALSE(QFile::exists(png));

    Feedback feedback;
    const QString nowhere = f.dir.filePath(QStringLiteral("no/such/dir/page.pdf"));
    CHECK(exporter.exportToPdf(nowhere, feedback) == report::ExportResult::FileError);
    CHECK(exporter.errorMessage().contains(QStringLiteral("page.pdf")));

    report::MapExporter empty(render::MapSettings{}, f.layers, {});
    CHECK(empty.exportToPdf(f.dir.filePath(QStringLiteral("empty.pdf")), feedback) ==
          report::ExportResult::InvalidSettings);
}
