// Photos in the printed follow-up list (report/followup_list_pdf.cpp, lagesbild-cli walk followup):
// an internal PDF holds each finding's first two photos as thumbnails (pdfimages) beside its row
// (pdftoppm: the photos' colours on the page, in the photo column) and "+1" for a third; a public
// list and the CSV leave them out, and a public list also the findings' descriptions (free text).

#include "report/followup_list.h"
#include "store/finding_edits.h"
#include "store/sqlite_db.h"
#include "store/store.h"
#include "support/test_support.h"
#include "walk_fixture.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QTemporaryDir>

using namespace lb;

namespace {

QByteArray solidPng(QColor colour, QSize size)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// Rows of `pdfimages -list` after its two header lines.
QStringList pdfImages(const QString &pdf)
{
    QString out;
    REQUIRE(test::runProgram(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}, &out) == 0);
    QStringList rows = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(rows.size() >= 2);
    return rows.mid(2);
}

// Pixels of `colour` (within a small tolerance) in the page image, and the leftmost one's x.
int colourPixels(const QImage &image, QColor colour, int *minX = nullptr)
{
    int n = 0, left = image.width();
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) < 12 && std::abs(c.green() - colour.green()) < 12 &&
                std::abs(c.blue() - colour.blue()) < 12) {
                ++n;
                left = std::min(left, x);
            }
        }
    if (minX)
        *minX = left;
    return n;
}

} // namespace

TEST_CASE("the follow-up PDF shows each finding's photos as thumbnails; a public one has neither photos nor free text",
          "[report][followup]")
{
    if (!test::haveProgram(QStringLiteral("pdfimages")) || !test::haveProgram(QStringLiteral("pdftoppm"))) {
        WARN("poppler-utils not installed; skipped");
        return;
    }
    QTemporaryDir dir;
    const QString path = test::demoStoreCopy(dir.path());
    const QString org = QStringLiteral("Telge Bostäder");
    const QString asOf = QStringLiteral("2026-06-30");
    auto store = store::Store::open(path, store::Store::Mode::ReadWrite);
    REQUIRE(store);
    // Two findings of the organisation still open on the date (by SQL, not by the list).
    auto st = (*store)->database().prepare(
        QStringLiteral("SELECT f.fid FROM walk_findings f JOIN walks w ON w.fid = f.walk_id "
                       "WHERE trim(f.responsible) = ?1 AND w.walk_date <= ?2 AND f.status = 'open' "
                       "ORDER BY f.fid LIMIT 2"));
    REQUIRE(st);
    st->bind(1, org).bind(2, asOf);
    std::vector<FeatureId> ids;
    while (st->step())
        ids.push_back(st->int64(0));
    REQUIRE(ids.size() == 2);
    const QColor magenta(255, 0, 255), cyan(0, 255, 255), yellow(255, 255, 0), green(0, 160, 0);
    store::FindingEditor editor(**store);
    // A phone-sized first photo (scaled down to a thumbnail), two more, one on the other finding.
    REQUIRE(editor.attachPhoto(ids[0], QStringLiteral("a.png"), solidPng(magenta, QSize(1600, 1200))));
    REQUIRE(editor.attachPhoto(ids[0], QStringLiteral("b.png"), solidPng(cyan, QSize(300, 400))));
    REQUIRE(editor.attachPhoto(ids[0], QStringLiteral("c.png"), solidPng(yellow, QSize(400, 300))));
    REQUIRE(editor.attachPhoto(ids[1], QStringLiteral("d.png"), solidPng(green, QSize(400, 300))));
    // Free text that may name a person: in the internal list only.
    REQUIRE((*store)->database().exec(
        QStringLiteral("UPDATE walk_findings SET description = 'Lampan vid Storgatan 5 trasig' WHERE fid = %1")
            .arg(ids[0])));
    store->reset();

    const auto write = [&](const QString &name, const QStringList &extra) {
        const QString pdf = dir.filePath(name);
        QString out, err;
        REQUIRE(
            test::runCli(QStringList{QStringLiteral("walk"), QStringLiteral("followup"), path, QStringLiteral("--out"),
                                     pdf, QStringLiteral("--as-of"), asOf, QStringLiteral("--responsible"), org} +
                             extra,
                         &out, &err) == 0);
        return pdf;
    };
    const QString internal = write(QStringLiteral("internal.pdf"), {});
    const QStringList images = pdfImages(internal);
    REQUIRE(images.size() == 3); // two of the first finding's three photos, one of the other's
    for (const QString &row : images) {
        INFO(row.toStdString());
        const QStringList f = row.simplified().split(QLatin1Char(' '));
        REQUIRE(f.size() > 4);
        CHECK(f[4].toInt() <= 240); // height: thumbnails, not the 1200-pixel original
        CHECK(f[4].toInt() >= 200);
    }
    QString text;
    REQUIRE(test::runProgram(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), internal, QStringLiteral("-")},
                             &text) == 0);
    CHECK(text.contains(QStringLiteral("Photos")));
    CHECK(text.contains(QStringLiteral("+1")));
    CHECK(text.contains(QStringLiteral("Storgatan 5")));

    // Rendered: the shown photos' colours are on the pages, in the right quarter where the photo
    // column is; the third photo is not.
    const QString prefix = dir.filePath(QStringLiteral("page"));
    REQUIRE(test::runProgram(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("60"),
                                                          QStringLiteral("-png"), internal, prefix}) == 0);
    const QStringList pngs = QDir(dir.path()).entryList({QStringLiteral("page-*.png")}, QDir::Files, QDir::Name);
    REQUIRE(!pngs.isEmpty());
    const auto onPages = [&](QColor c, int *left) {
        int n = 0;
        *left = 1 << 30;
        for (const QString &png : pngs) {
            const QImage page(dir.filePath(png));
            REQUIRE(!page.isNull());
            int x = 0;
            if (const int k = colourPixels(page, c, &x); k > 0) {
                n += k;
                *left = std::min(*left, x * 1000 / page.width()); // per mille of the page width
            }
        }
        return n;
    };
    // 20 mm at 60 dpi is 47 px: a 4:3 thumbnail shows about 63 × 47 px of its colour.
    for (const QColor &c : {magenta, cyan, green}) {
        int left = 0;
        INFO(c.name().toStdString());
        CHECK(onPages(c, &left) > 800);
        CHECK(left > 750);
    }
    int left = 0;
    CHECK(onPages(yellow, &left) == 0);

    const QString publicPdf = write(QStringLiteral("public.pdf"), {QStringLiteral("--public")});
    CHECK(pdfImages(publicPdf).isEmpty());
    REQUIRE(test::runProgram(QStringLiteral("pdftotext"), {publicPdf, QStringLiteral("-")}, &text) == 0);
    CHECK_FALSE(text.contains(QStringLiteral("Photos")));
    CHECK_FALSE(text.contains(QStringLiteral("Storgatan")));
    CHECK(text.contains(QStringLiteral("descriptions and photos left out")));

    // The list itself: the thumbnails only when asked for.
    auto readOnly = store::Store::open(path, store::Store::Mode::ReadOnly);
    REQUIRE(readOnly);
    Feedback feedback;
    report::FollowupListOptions options;
    options.asOf = QDate::fromString(asOf, Qt::ISODate);
    options.responsible = org;
    options.withPhotos = false;
    auto list = report::buildFollowupList(**readOnly, options, feedback);
    REQUIRE(list);
    REQUIRE(list->sections.size() == 1);
    for (const report::FollowupItem &item : list->sections[0].items)
        CHECK(item.thumbnails.empty());
}
