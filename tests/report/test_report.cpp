// The yearly lägesbild report from a store with counts known by construction: its text holds the
// key numbers and table rows, a public report hides counts under k and says so and never carries
// free text, the PDF has A4 pages with the title (pdfinfo, pdftotext), and the ODF file opens (its
// content.xml parses and holds the same title).

#include "report/lagesbild_report.h"
#include "support/sample_store.h"
#include "support/test_support.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace lb;

namespace {

// 2022: 12 graffiti and 3 car fires; 2023: 36 graffiti and 7 car fires (+ the sample's one fire and,
// in 2021, its one graffiti). One record carries free text that must never reach a report.
struct Fixture {
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<store::Store> store;
    Fixture()
    {
        path = dir.filePath(QStringLiteral("report.gpkg"));
        REQUIRE(test::createSampleStore(path).ok());
        auto st = store::Store::open(path);
        REQUIRE(st.ok());
        store = std::move(*st);
        add(QStringLiteral("klotter"), QDate(2022, 1, 5), 12);
        add(QStringLiteral("klotter"), QDate(2023, 1, 4), 36);
        add(QStringLiteral("brand_bil"), QDate(2022, 6, 1), 3);
        add(QStringLiteral("brand_bil"), QDate(2023, 6, 7), 7);
    }
    void add(const QString &category, QDate first, int n)
    {
        std::vector<Incident> rows(static_cast<std::size_t>(n));
        for (int i = 0; i < n; ++i) {
            Incident &r = rows[std::size_t(i)];
            r.category = category;
            r.position = {603500.0 + 10 * i, 6551000.0};
            r.occurredAt = QDateTime(first.addDays(7 * i), QTime(14, 0), store->timeZone()).toSecsSinceEpoch();
            r.source = QStringLiteral("Polisen");
            r.description = QStringLiteral("Hemlig fritext 4711");
        }
        REQUIRE(store->insertIncidents(rows).ok());
    }
    report::ReportOutcome build(bool isPublic)
    {
        report::ReportSettings settings;
        settings.year = 2023;
        settings.isPublic = isPublic;
        Feedback feedback;
        auto r = report::buildReport(*store, settings, feedback);
        INFO(r.errorMessage().toStdString());
        REQUIRE(r.ok());
        return std::move(*r);
    }
};

} // namespace

TEST_CASE("the report states the year's count and the table rows by category", "[report][lagesbild]")
{
    Fixture f;
    const report::ReportOutcome r = f.build(false);
    const QString text = r.document->toPlainText();
    CHECK(text.contains(r.title));
    CHECK(text.contains(QStringLiteral("44"))); // 36 + 7 + 1 incidents in 2023
    CHECK(text.contains(QRegularExpression(QStringLiteral("In 2023, 44 incidents"))));
    CHECK(text.contains(QStringLiteral("Internal version")));
    CHECK_FALSE(text.contains(QStringLiteral("4711")));
    // The category table has the counts 1, 12, 36 for graffiti and 3, 8 for car fires.
    const QStringList lines = text.split(QLatin1Char('\n'));
    const qsizetype at = lines.indexOf(QRegularExpression(QStringLiteral("^(Graffiti|Klotter)$")));
    REQUIRE(at >= 0);
    CHECK(lines.mid(at + 1, 3) == QStringList{QStringLiteral("1"), QStringLiteral("12"), QStringLiteral("36")});
    CHECK(r.suppressed == 0);
}

TEST_CASE("a public report hides counts under k and says what it suppressed", "[report][lagesbild][public]")
{
    Fixture f;
    const report::ReportOutcome r = f.build(true);
    const QString text = r.document->toPlainText();
    CHECK(text.contains(QStringLiteral("Public version")));
    const QStringList lines = text.split(QLatin1Char('\n'));
    const qsizetype at = lines.indexOf(QRegularExpression(QStringLiteral("^(Graffiti|Klotter)$")));
    REQUIRE(at >= 0);
    CHECK(lines.mid(at + 1, 3) == QStringList{QStringLiteral("–"), QStringLiteral("12"), QStringLiteral("36")});
    CHECK(r.suppressed > 0);
    CHECK(text.contains(QStringLiteral("What was suppressed")));
    CHECK_FALSE(text.contains(QStringLiteral("4711")));
}

TEST_CASE("lagesbild-cli report writes A4 PDF pages and an ODF text that opens", "[report][lagesbild][cli]")
{
    Fixture f;
    f.store.reset();
    const QString pdf = f.dir.filePath(QStringLiteral("lagesbild.pdf"));
    const QString odt = f.dir.filePath(QStringLiteral("lagesbild.odt"));
    QString out, err;
    const QStringList base{QStringLiteral("report"), f.path, QStringLiteral("--year"), QStringLiteral("2023")};
    REQUIRE(test::runCli(base + QStringList{QStringLiteral("--out"), pdf}, &out, &err) == 0);
    REQUIRE(test::runCli(base + QStringList{QStringLiteral("--out"), odt, QStringLiteral("--public")}, &out, &err) ==
            0);
    CHECK(test::runCli(base + QStringList{QStringLiteral("--out"), f.dir.filePath(QStringLiteral("x.docx"))}, &out,
                       &err) == 2);
    if (test::haveProgram(QStringLiteral("pdfinfo")) && test::haveProgram(QStringLiteral("pdftotext"))) {
        QString info, text;
        REQUIRE(test::runProgram(QStringLiteral("pdfinfo"), {pdf}, &info) == 0);
        CHECK(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+595 x 842 pts"))));
        const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        REQUIRE(pages.hasMatch());
        CHECK(pages.captured(1).toInt() >= 5);
        REQUIRE(test::runProgram(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}, &text) == 0);
        CHECK(text.contains(QStringLiteral("Lägesbild 2023")));
        CHECK(text.contains(QStringLiteral("Data sources")));
    }
    if (test::haveProgram(QStringLiteral("unzip"))) {
        QString content;
        REQUIRE(test::runProgram(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, QStringLiteral("content.xml")},
                                 &content) == 0);
        QXmlStreamReader xml(content);
        while (!xml.atEnd())
            xml.readNext();
        CHECK_FALSE(xml.hasError());
        CHECK(content.contains(QStringLiteral("Lägesbild 2023")));
        CHECK(content.contains(QStringLiteral("Public version")));
    } else {
        WARN("unzip is not installed; the ODF file is not opened");
    }
}
