// The papers carried on a safety walk (report/walk_print.h, lagesbild-cli walk print): page sizes
// and counts (pdfinfo), every number, place, reason and table header in the text (pdftotext), and
// the numbered circles inside the map frame at the places the map extent puts them (pdftoppm).

#include "render/map_data.h"
#include "report/walk_plan_layer.h"
#include "report/walk_print.h"
#include "store/store.h"
#include "support/test_support.h"
#include "walk_fixture.h"

#include <catch2/catch.hpp>

#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cmath>

using namespace lb;

namespace {

constexpr std::int64_t kWalk = 3;

bool havePoppler()
{
    return test::haveProgram(QStringLiteral("pdfinfo")) && test::haveProgram(QStringLiteral("pdftotext")) &&
           test::haveProgram(QStringLiteral("pdftoppm"));
}

QString pdfInfo(const QString &pdf)
{
    QString info;
    REQUIRE(test::runProgram(QStringLiteral("pdfinfo"), {pdf}, &info) == 0);
    return info;
}

QString pdfText(const QString &pdf, int first, int last)
{
    QString text;
    REQUIRE(test::runProgram(QStringLiteral("pdftotext"),
                             {QStringLiteral("-f"), QString::number(first), QStringLiteral("-l"), QString::number(last),
                              pdf, QStringLiteral("-")},
                             &text) == 0);
    return text.simplified();
}

report::WalkPrinter makePrinter(const QString &store, const WalkPlan &plan, report::WalkPrintSettings settings)
{
    auto opened = store::Store::open(store, store::Store::Mode::ReadOnly);
    REQUIRE(opened);
    auto walks = (*opened)->walks();
    REQUIRE(walks);
    report::WalkPrintInput input;
    for (const Walk &w : *walks)
        if (w.id == kWalk)
            input.walk = w;
    REQUIRE(input.walk.id == kWalk);
    input.areaName = QStringLiteral("Centrum");
    input.plan = plan;
    Feedback feedback;
    auto data = render::loadMapData(store, feedback);
    REQUIRE(data);
    input.data = *data;
    return report::WalkPrinter(std::move(input), settings);
}

// Pixels within the circle of radius r around c that have the numbered circles' fill colour.
int pointColourPixels(const QImage &image, QPointF c, double r)
{
    const QColor want = report::WalkPlanLayer::pointColor();
    int n = 0;
    for (int y = int(c.y() - r); y <= int(c.y() + r); ++y)
        for (int x = int(c.x() - r); x <= int(c.x() + r); ++x) {
            if (!image.rect().contains(x, y) || std::hypot(x - c.x(), y - c.y()) > r)
                continue;
            const QColor got = image.pixelColor(x, y);
            if (std::abs(got.red() - want.red()) < 40 && std::abs(got.green() - want.green()) < 40 &&
                std::abs(got.blue() - want.blue()) < 40)
                ++n;
        }
    return n;
}

} // namespace

TEST_CASE("walk print: an A4 portrait PDF with the map page and one table row per point", "[report][walkprint]")
{
    if (!havePoppler()) {
        WARN("poppler-utils not installed; skipped");
        return;
    }
    QTemporaryDir dir;
    const QString store = test::demoStoreCopy(dir.path());
    const WalkPlan plan = test::addWalkPoints(store, kWalk, 23);
    report::WalkPrinter printer = makePrinter(store, plan, {});
    // Rows tall enough to write in by hand: at least 20 mm each.
    const int rows = printer.rowsPerTablePage();
    CHECK(rows >= 6);
    CHECK(rows * 20.0 <= 297.0);
    const QString pdf = dir.filePath(QStringLiteral("walk.pdf"));
    Feedback feedback;
    REQUIRE(printer.exportToPdf(pdf, feedback) == report::ExportResult::Success);

    const QString info = pdfInfo(pdf);
    CHECK(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+595(\\.\\d+)? x 842"))));
    const int expectedPages = 1 + (23 + rows - 1) / rows;
    CHECK(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(expectedPages))));

    // Vector: no raster image anywhere in the file (pdfimages lists only its two header lines).
    if (test::haveProgram(QStringLiteral("pdfimages"))) {
        QString images;
        REQUIRE(test::runProgram(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}, &images) == 0);
        CHECK(images.trimmed().split(QLatin1Char('\n')).size() == 2);
    }

    // Page 1: title, date, area, participants and the legend of every point.
    const QString page1 = pdfText(pdf, 1, 1);
    CHECK(page1.contains(QStringLiteral("Trygghetsvandring Centrum")));
    CHECK(page1.contains(QStringLiteral("Centrum")));
    CHECK(page1.contains(QStringLiteral("Polisen")));
    CHECK(page1.contains(QStringLiteral("2025")));
    for (const WalkPoint &p : plan)
        CHECK(page1.contains(p.place));
    // Each table page repeats the header; every point's number, place and reason is on the page its
    // row falls on.
    for (int page = 2; page <= expectedPages; ++page) {
        const QString text = pdfText(pdf, page, page);
        INFO("page " << page);
        for (const char *head :
             {"No.", "Place", "Why it is on the list", "Observation", "Responsible", "Proposed action"})
            CHECK(text.contains(QLatin1String(head)));
        for (int i = (page - 2) * rows; i < std::min(23, (page - 1) * rows); ++i) {
            const WalkPoint &p = plan[std::size_t(i)];
            CHECK(text.contains(QRegularExpression(QStringLiteral("(^|\\s)%1(\\s|$)").arg(p.number))));
            CHECK(text.contains(p.place));
            CHECK(text.contains(p.why));
        }
        CHECK(text.contains(QStringLiteral("page %1 of %2").arg(page).arg(expectedPages)));
    }

    // Page 1 rendered: each numbered circle lies inside the map frame, where the extent puts it.
    const double dpi = 100.0;
    const QString prefix = dir.filePath(QStringLiteral("page1"));
    REQUIRE(test::runProgram(QStringLiteral("pdftoppm"),
                             {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"), QStringLiteral("-f"),
                              QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                              QStringLiteral("-singlefile"), pdf, prefix}) == 0);
    const QImage image(prefix + QStringLiteral(".png"));
    REQUIRE(!image.isNull());
    const double pxPerMm = dpi / 25.4;
    const QRectF frame = printer.mapFrameMm();
    const QRectF framePx(frame.left() * pxPerMm, frame.top() * pxPerMm, frame.width() * pxPerMm,
                         frame.height() * pxPerMm);
    const Extent shown = printer.lastMapSettings().visibleExtent();
    const double r = report::WalkPlanLayer::kRadius96 * dpi / 96.0;
    for (const WalkPoint &p : plan) {
        const QPointF c(framePx.left() + (p.position.x - shown.minX) / shown.width() * framePx.width(),
                        framePx.top() + (shown.maxY - p.position.y) / shown.height() * framePx.height());
        INFO("point " << p.number << " at " << c.x() << ", " << c.y());
        CHECK(framePx.adjusted(r, r, -r, -r).contains(c));
        // The disc less its white number: well over a third of it has the fill colour.
        CHECK(pointColourPixels(image, c, 0.85 * r) > int(0.35 * M_PI * 0.85 * r * 0.85 * r));
    }
    // Far from every point (the page's top left margin) there is none of that colour.
    CHECK(pointColourPixels(image, QPointF(20, 20), 15) == 0);
}

TEST_CASE("walk print: A3 and landscape swap the page size; PNG is page 1", "[report][walkprint]")
{
    if (!havePoppler()) {
        WARN("poppler-utils not installed; skipped");
        return;
    }
    QTemporaryDir dir;
    const QString store = test::demoStoreCopy(dir.path());
    const WalkPlan plan = test::addWalkPoints(store, kWalk, 5);
    const struct {
        const char *page;
        bool landscape;
        const char *size;
    } cases[] = {{"A4", true, "842(\\.\\d+)? x 595"},
                 {"A3", false, "841(\\.\\d+)? x 1190|842(\\.\\d+)? x 1191"},
                 {"A3", true, "1190(\\.\\d+)? x 841|1191(\\.\\d+)? x 842"}};
    for (const auto &c : cases) {
        const QString pdf = dir.filePath(QStringLiteral("walk-%1-%2.pdf").arg(QLatin1String(c.page)).arg(c.landscape));
        QStringList args = {QStringLiteral("walk"), QStringLiteral("print"), store, QStringLiteral("--walk"),
                            QString::number(kWalk), QStringLiteral("--out"), pdf,   QStringLiteral("--page"),
                            QLatin1String(c.page)};
        if (c.landscape)
            args << QStringLiteral("--landscape");
        QString out, err;
        INFO(err.toStdString());
        REQUIRE(test::runCli(args, &out, &err) == 0);
        const QString info = pdfInfo(pdf);
        INFO(info.toStdString());
        CHECK(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+(%1)").arg(QLatin1String(c.size)))));
        // Five points fit on one table page in every size.
        CHECK(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+2\\n"))));
    }
    const QString png = dir.filePath(QStringLiteral("walk.png"));
    REQUIRE(test::runCli({QStringLiteral("walk"), QStringLiteral("print"), store, QStringLiteral("--walk"),
                          QString::number(kWalk), QStringLiteral("--out"), png, QStringLiteral("--dpi"),
                          QStringLiteral("100")}) == 0);
    const QImage image(png);
    // A4 portrait at 100 DPI: 827 x 1169 pixels.
    CHECK(image.width() == 826);
    CHECK(image.height() == 1169);
}

TEST_CASE("walk print refuses a walk without points and an unknown walk", "[report][walkprint]")
{
    QTemporaryDir dir;
    const QString store = test::demoStoreCopy(dir.path());
    const QString pdf = dir.filePath(QStringLiteral("none.pdf"));
    QString out, err;
    CHECK(test::runCli({QStringLiteral("walk"), QStringLiteral("print"), store, QStringLiteral("--walk"),
                        QStringLiteral("3"), QStringLiteral("--out"), pdf},
                       &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("no planned points")));
    CHECK(test::runCli({QStringLiteral("walk"), QStringLiteral("print"), store, QStringLiteral("--walk"),
                        QStringLiteral("99"), QStringLiteral("--out"), pdf},
                       &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("No walk with id 99")));
    CHECK_FALSE(QFile::exists(pdf));
}
