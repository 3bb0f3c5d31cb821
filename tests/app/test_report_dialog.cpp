// ReportDialog: the report is built on a worker while the window stays responsive; the preview
// shows the pages the PDF will have (same count as pdfinfo reads, page 1 with its title where the
// page's top margin ends, and the same picture as the PDF page drawn by poppler); the public choice
// changes the pages; Export writes a PDF or an ODF text through the DialogService, or reports why not.

#include "app/dialog_service.h"
#include "app/report_dialog.h"
#include "core/translations.h"
#include "demo/demo_builder.h"
#include "support/sample_store.h"
#include "support/test_support.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTranslator>

using namespace lb;

namespace {
class ReportAnswers final : public app::DialogService {
public:
    QStringList errors;
    QString openFileName(QWidget *, const QString &, const QString &, const QString &) override { return {}; }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override { return {}; }
    void showError(QWidget *, const QString &, const QString &text) override { errors << text; }
    void showAbout(QWidget *, const QString &, const QString &) override {}
};

// Share of pixels in `mm` (a rectangle on an A4 page, in millimetres) that are not white.
double inkShare(const QImage &page, const QRectF &mm)
{
    const double scale = page.width() / 210.0;
    const QRect r = QRectF(mm.x() * scale, mm.y() * scale, mm.width() * scale, mm.height() * scale).toRect();
    long long ink = 0;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            ink += qGray(page.pixel(x, y)) < 200 ? 1 : 0;
    return double(ink) / double(r.width() * r.height());
}

int differingPixels(const QImage &a, const QImage &b)
{
    REQUIRE(a.size() == b.size());
    int n = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            n += a.pixel(x, y) != b.pixel(x, y) ? 1 : 0;
    return n;
}

int pdfPages(const QString &pdf)
{
    QString info;
    REQUIRE(test::runProgram(QStringLiteral("pdfinfo"), {pdf}, &info) == 0);
    CHECK(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+595(\\.\\d+)? x 842(\\.\\d+)? pts"))));
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    REQUIRE(m.hasMatch());
    return m.captured(1).toInt();
}
} // namespace

TEST_CASE("the report dialog previews and exports the yearly report", "[app][report][gui]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("sample.gpkg"));
    REQUIRE(test::createSampleStore(store).ok());
    ReportAnswers answers;
    app::ReportDialog dialog(store, &answers);
    // The sample's latest incident is in 2023, so the dialog proposes that year.
    CHECK(dialog.findChild<QSpinBox *>(QStringLiteral("reportYear"))->value() == 2023);
    dialog.findChild<QCheckBox *>(QStringLiteral("reportPublic"))->setChecked(true);
    REQUIRE(dialog.waitForReport());
    CHECK(dialog.previewText().contains(QStringLiteral("2023")));
    CHECK(dialog.previewText().contains(QStringLiteral("Public version")));
    const QString odt = dir.filePath(QStringLiteral("lagesbild.odt"));
    REQUIRE(dialog.exportTo(odt));
    QFile file(odt);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(2) == "PK");
    CHECK_FALSE(dialog.exportTo(dir.filePath(QStringLiteral("lagesbild.docx"))));
    CHECK(answers.errors.size() == 1);
}

TEST_CASE("the report preview shows the PDF's pages, built off the GUI thread", "[app][report][gui][preview]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("sample.gpkg"));
    REQUIRE(test::createSampleStore(store).ok());
    ReportAnswers answers;
    app::ReportDialog dialog(store, &answers);
    dialog.resize(900, 1000);
    // The build runs on a worker: the constructor returns before the report exists.
    CHECK(dialog.isBuilding());
    REQUIRE(dialog.waitForReport());
    CHECK(answers.errors.isEmpty());
    const int pages = dialog.pageCount();
    REQUIRE(pages >= 5);
    CHECK(dialog.currentPage() == 0);

    // Page 1: nothing in the 20 mm top margin, the title's ink just below it.
    const QImage internal = dialog.pageImage();
    REQUIRE(internal.width() >= 300);
    CHECK(std::abs(double(internal.height()) / internal.width() - 297.0 / 210.0) < 0.01);
    CHECK(inkShare(internal, QRectF(0, 0, 210, 19)) == 0.0);
    CHECK(inkShare(internal, QRectF(20, 20, 170, 10)) > 0.01);

    // Navigation: next, last, previous, first, and the label saying where we are.
    auto *info = dialog.findChild<QLabel *>(QStringLiteral("pageInfo"));
    dialog.findChild<QPushButton *>(QStringLiteral("nextPageButton"))->click();
    CHECK(dialog.currentPage() == 1);
    CHECK(info->text() == QStringLiteral("Page 2 of %1").arg(pages));
    CHECK(differingPixels(internal, dialog.pageImage()) > 0);
    dialog.findChild<QPushButton *>(QStringLiteral("lastPageButton"))->click();
    CHECK(dialog.currentPage() == pages - 1);
    CHECK_FALSE(dialog.findChild<QPushButton *>(QStringLiteral("nextPageButton"))->isEnabled());
    dialog.findChild<QPushButton *>(QStringLiteral("firstPageButton"))->click();
    CHECK(info->text() == QStringLiteral("Page 1 of %1").arg(pages));
    CHECK(differingPixels(internal, dialog.pageImage()) == 0);

    // The PDF the dialog writes has as many pages as the preview.
    const QString pdf = dir.filePath(QStringLiteral("internal.pdf"));
    REQUIRE(dialog.exportTo(pdf));
    if (!test::haveProgram(QStringLiteral("pdfinfo")) || !test::haveProgram(QStringLiteral("pdftoppm"))) {
        WARN("pdfinfo or pdftoppm is not installed; the PDF is not compared with the preview");
    } else {
        CHECK(pdfPages(pdf) == pages);
        // Poppler's drawing of PDF page 1 matches the preview's, pixel for pixel within antialiasing.
        const QString png = dir.filePath(QStringLiteral("page"));
        REQUIRE(test::runProgram(QStringLiteral("pdftoppm"),
                                 {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"),
                                  QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                                  QStringLiteral("-singlefile"), pdf, png}) == 0);
        const QImage poppler(png + QStringLiteral(".png"));
        REQUIRE(!poppler.isNull());
        const QImage preview = internal.scaled(poppler.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        double sum = 0;
        for (int y = 0; y < poppler.height(); ++y)
            for (int x = 0; x < poppler.width(); ++x)
                sum += std::abs(qGray(poppler.pixel(x, y)) - qGray(preview.pixel(x, y)));
        CHECK(sum / (poppler.width() * poppler.height()) < 6.0);
        CHECK(inkShare(poppler, QRectF(20, 20, 170, 10)) > 0.01);
    }

    // The public version: rebuilt when the choice changes, and page 1 says so.
    dialog.findChild<QCheckBox *>(QStringLiteral("reportPublic"))->setChecked(true);
    REQUIRE(dialog.waitForReport());
    CHECK(dialog.previewText().contains(QStringLiteral("Public version")));
    CHECK(differingPixels(internal, dialog.pageImage()) > 100);
    if (test::haveProgram(QStringLiteral("pdfinfo"))) {
        const QString publicPdf = dir.filePath(QStringLiteral("public.pdf"));
        REQUIRE(dialog.exportTo(publicPdf));
        CHECK(pdfPages(publicPdf) == dialog.pageCount());
    }
}

// Not run by default: makes the user guide's pictures of the report dialog on the demo store, in
// English and Swedish, into the folder LB_DOCS_IMAGES names.
TEST_CASE("pictures of the report dialog for the user guide", "[.docs]")
{
    const QString folder = qEnvironmentVariable("LB_DOCS_IMAGES");
    if (folder.isEmpty())
        return;
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("demo.gpkg"));
    Feedback feedback;
    REQUIRE(demo::buildDemoStore(store, {}, feedback).ok());
    for (const char *language : {"en", "sv"}) {
        qputenv("LAGESBILD_LANG", language);
        lb::installTranslations();
        {
            ReportAnswers answers;
            app::ReportDialog dialog(store, &answers);
            dialog.resize(760, 900);
            dialog.show();
            dialog.findChild<QCheckBox *>(QStringLiteral("reportPublic"))->setChecked(true);
            REQUIRE(dialog.waitForReport());
            QApplication::processEvents();
            dialog.showPage(1);
            const QString name =
                QStringLiteral("report-dialog%1.png")
                    .arg(QLatin1String(language) == QLatin1String("sv") ? QStringLiteral(".sv") : QString());
            REQUIRE(dialog.grab().save(QDir(folder).filePath(name)));
        }
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    qunsetenv("LAGESBILD_LANG");
    lb::installTranslations();
}
