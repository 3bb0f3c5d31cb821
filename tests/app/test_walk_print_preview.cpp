// The walk dock's print preview on the demo store: as many pages as the PDF it saves has
// (pdfinfo), page navigation, the numbered circles inside the map frame of the first preview image
// where the map extent puts them, the map drawn in the frame and not outside it, and the chosen
// paper (A3 landscape) in the saved PDF.

#include "app/walk_panel.h"
#include "app/walk_print_preview.h"
#include "core/translations.h"
#include "demo/demo_builder.h"
#include "report/walk_plan_layer.h"
#include "support/test_support.h"

#include "ui_walk_panel.h"
#include "ui_walk_print_preview.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>

#include <cmath>

using namespace lb;

namespace {
int pdfPages(const QString &pdf, QString *info = nullptr)
{
    QString out;
    REQUIRE(test::runProgram(QStringLiteral("pdfinfo"), {pdf}, &out) == 0);
    if (info)
        *info = out;
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(out);
    REQUIRE(m.hasMatch());
    return m.captured(1).toInt();
}

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

// The share of pixels in `rect` that are not white.
double inkShare(const QImage &image, const QRect &rect)
{
    int ink = 0, all = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x, ++all)
            if (image.pixelColor(x, y).lightness() < 245)
                ++ink;
    return all ? double(ink) / all : 0.0;
}
} // namespace

TEST_CASE("the walk print preview shows the PDF's pages with the map in its frame", "[gui][walks]")
{
    if (!test::haveProgram(QStringLiteral("pdfinfo"))) {
        WARN("poppler-utils not installed; skipped");
        return;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.gpkg"));
    Feedback feedback;
    REQUIRE(demo::buildDemoStore(path, {}, feedback).ok());
    app::WalkPanel panel(nullptr);
    panel.setStore(path);
    REQUIRE(panel.chooseWalk(3));
    CHECK(panel.createPrintPreview() == nullptr); // no plan yet, nothing to print
    panel.form()->maxSpin->setValue(12);
    REQUIRE(panel.propose());
    const WalkPlan plan = panel.plan();

    std::unique_ptr<app::WalkPrintPreview> preview(panel.createPrintPreview());
    REQUIRE(preview);
    preview->setAttribute(Qt::WA_DeleteOnClose, false);
    REQUIRE(preview->pageCount() >= 2); // the map page and at least one table page
    CHECK(preview->form()->pageInfoLabel->text().contains(QString::number(preview->pageCount())));

    // Paging: forward to the last page and back; the buttons stop at the ends.
    CHECK_FALSE(preview->form()->previousButton->isEnabled());
    for (int i = 1; i < preview->pageCount(); ++i)
        preview->form()->nextButton->click();
    CHECK(preview->currentPage() == preview->pageCount() - 1);
    CHECK_FALSE(preview->form()->nextButton->isEnabled());
    preview->form()->previousButton->click();
    CHECK(preview->currentPage() == preview->pageCount() - 2);

    const QString pdf = dir.filePath(QStringLiteral("walk.pdf"));
    REQUIRE(preview->saveTo(pdf));
    CHECK(pdfPages(pdf) == preview->pageCount());

    // The first preview image: an A4 page at the preview resolution, the map drawn inside the
    // frame, the numbered circles where the map extent puts them, white around the frame's top.
    const QImage page = preview->pageImage(0);
    const double pxPerMm = app::WalkPrintPreview::kPreviewDpi / 25.4;
    CHECK(page.width() == Approx(210.0 * pxPerMm).margin(1.0));
    CHECK(page.height() == Approx(297.0 * pxPerMm).margin(1.0));
    const QRectF frameMm = preview->printer().mapFrameMm();
    const QRectF frame(frameMm.left() * pxPerMm, frameMm.top() * pxPerMm, frameMm.width() * pxPerMm,
                       frameMm.height() * pxPerMm);
    CHECK(inkShare(page, frame.adjusted(4, 4, -4, -4).toRect()) > 0.5);
    CHECK(inkShare(page, QRect(0, 0, page.width(), 6)) == 0.0);
    const Extent shown = preview->printer().lastMapSettings().visibleExtent();
    const double r = report::WalkPlanLayer::kRadius96 * app::WalkPrintPreview::kPreviewDpi / 96.0;
    for (const WalkPoint &p : plan) {
        const QPointF c(frame.left() + (p.position.x - shown.minX) / shown.width() * frame.width(),
                        frame.top() + (shown.maxY - p.position.y) / shown.height() * frame.height());
        INFO("point " << p.number << " at " << c.x() << ", " << c.y());
        CHECK(frame.contains(c));
        CHECK(pointColourPixels(page, c, 0.85 * r) > int(0.3 * M_PI * 0.85 * r * 0.85 * r));
    }

    // A3 landscape: the preview and the saved PDF follow the choice.
    preview->form()->paperCombo->setCurrentIndex(preview->form()->paperCombo->findText(QStringLiteral("A3")));
    preview->form()->orientationCombo->setCurrentIndex(1);
    CHECK(preview->currentPage() == 0);
    CHECK(preview->pageImage(0).width() == Approx(420.0 * pxPerMm).margin(1.0));
    const QString a3 = dir.filePath(QStringLiteral("walk-a3.pdf"));
    REQUIRE(preview->saveTo(a3));
    QString info;
    CHECK(pdfPages(a3, &info) == preview->pageCount());
    CHECK(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+(1190|1191)(\\.\\d+)? x (841|842)"))));
}

// Not run by default: makes the user guide's picture of the print preview on the demo store, in
// English and Swedish, into the folder LB_DOCS_IMAGES names.
TEST_CASE("pictures of the walk print preview for the user guide", "[.docs]")
{
    const QString folder = qEnvironmentVariable("LB_DOCS_IMAGES");
    if (folder.isEmpty())
        return;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.gpkg"));
    Feedback feedback;
    REQUIRE(demo::buildDemoStore(path, {}, feedback).ok());
    for (const char *language : {"en", "sv"}) {
        qputenv("LAGESBILD_LANG", language);
        lb::installTranslations();
        {
            app::WalkPanel panel(nullptr);
            panel.setStore(path);
            REQUIRE(panel.chooseWalk(3));
            panel.form()->maxSpin->setValue(8);
            REQUIRE(panel.propose());
            std::unique_ptr<app::WalkPrintPreview> preview(panel.createPrintPreview());
            REQUIRE(preview);
            preview->setAttribute(Qt::WA_DeleteOnClose, false);
            preview->resize(760, 940);
            preview->show();
            QApplication::processEvents();
            const QString name =
                QStringLiteral("walk-preview%1.png")
                    .arg(QLatin1String(language) == QLatin1String("sv") ? QStringLiteral(".sv") : QString());
            REQUIRE(preview->grab().save(QDir(folder).filePath(name)));
        }
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    qunsetenv("LAGESBILD_LANG");
    lb::installTranslations();
}
