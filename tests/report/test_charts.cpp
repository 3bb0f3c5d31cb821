// Charts: built from a store whose counts are known by construction (the sample store plus
// incidents placed on Wednesdays at 14:00), exported as SVG, PDF and PNG; the numbers written in
// the charts are checked against the counts, and the public version against the threshold.

#include "report/chart_builder.h"
#include "report/chart_exporter.h"
#include "report/chart_painter.h"
#include "store/store.h"
#include "support/sample_store.h"
#include "support/test_support.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <cmath>

using namespace lb;

namespace {

// Adds `n` incidents of `category`, one a week from `firstWednesday`, at 14:00 local time.
void addWeekly(store::Store &st, const QString &category, QDate firstWednesday, int n)
{
    std::vector<Incident> rows(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        Incident &r = rows[std::size_t(i)];
        r.category = category;
        r.position = {603500.0 + i, 6551000.0};
        r.occurredAt = QDateTime(firstWednesday.addDays(7 * i), QTime(14, 0), st.timeZone()).toSecsSinceEpoch();
        r.source = QStringLiteral("Polisen");
    }
    REQUIRE(st.insertIncidents(rows).ok());
}

// Counts by construction (with the sample store's two incidents):
//   klotter   2021: 1   2022: 12   2023: 36
//   brand_bil 2021: 0   2022: 3    2023: 7 + 1 = 8
// Wednesday 14:00 holds 12 + 36 + 3 + 7 = 58 incidents.
struct Fixture {
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<store::Store> store;
    report::ChartScope scope;

    Fixture()
    {
        path = dir.filePath(QStringLiteral("charts.gpkg"));
        REQUIRE(test::createSampleStore(path).ok());
        auto st = store::Store::open(path);
        REQUIRE(st.ok());
        store = std::move(*st);
        addWeekly(*store, QStringLiteral("klotter"), QDate(2022, 1, 5), 12);
        addWeekly(*store, QStringLiteral("klotter"), QDate(2023, 1, 4), 36);
        addWeekly(*store, QStringLiteral("brand_bil"), QDate(2022, 6, 1), 3);
        addWeekly(*store, QStringLiteral("brand_bil"), QDate(2023, 6, 7), 7);
        scope.asOf = QDate(2023, 12, 31);
    }

    report::TrendSource trends()
    {
        Feedback feedback;
        auto source = report::loadYearlyTrends(*store, scope, true, false, feedback);
        REQUIRE(source.ok());
        return *source;
    }
};

QStringList svgTexts(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList texts;
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    REQUIRE(QSvgRenderer(path).isValid());
    return texts;
}

const report::ChartSeries &seriesNamed(const report::Chart &chart, const QString &part)
{
    for (const report::ChartSeries &s : chart.series)
        if (s.name.contains(part, Qt::CaseInsensitive))
            return s;
    FAIL("no series " << part.toStdString());
    return chart.series.front();
}

} // namespace

TEST_CASE("numbers are written the Swedish way", "[report][chart]")
{
    report::Chart counts;
    CHECK(report::ChartPainter(counts).formatValue(1234567) == QStringLiteral("1\u00a0234\u00a0567"));
    CHECK(report::ChartPainter(counts).formatValue(-12) == QStringLiteral("\u221212"));
    report::Chart shares;
    shares.percent = true;
    shares.decimals = 1;
    CHECK(report::ChartPainter(shares).formatValue(0.125) == QStringLiteral("12,5\u00a0%"));
    CHECK(report::ChartPainter(shares).formatValue(0.031, true) == QStringLiteral("+3,1\u00a0%"));
    CHECK(report::ChartPainter(shares).formatValue(report::kNoValue) == QStringLiteral("–"));
}

TEST_CASE("the per-year chart writes each year's count per category", "[report][chart][svg]")
{
    Fixture f;
    const report::Chart chart = report::perYearChart(f.trends(), {});
    CHECK(chart.labels == QStringList{QStringLiteral("2021*"), QStringLiteral("2022"), QStringLiteral("2023")});
    const QString svg = f.dir.filePath(QStringLiteral("per_year.svg"));
    REQUIRE(report::exportChart(chart, svg).ok());
    const QStringList texts = svgTexts(svg);
    CHECK(texts.contains(chart.title));
    for (const char *n : {"1", "12", "36", "3", "8"})
        CHECK(texts.contains(QString::fromLatin1(n)));
    CHECK(texts.join(' ').contains(QStringLiteral("Intern"))); // "Internal version" in both languages
    CHECK(seriesNamed(chart, QStringLiteral("klott")).values == std::vector<double>{1, 12, 36});
}

TEST_CASE("a public per-year chart hides counts under k and says how many", "[report][chart][public]")
{
    Fixture f;
    report::ChartOptions options;
    options.isPublic = true;
    const report::Chart chart = report::perYearChart(f.trends(), options);
    // klotter 2021 (1) and brand_bil 2021 (0 is not suppressed) and 2022 (3) are under 5.
    CHECK(chart.suppressed == 2);
    const auto &graffiti = seriesNamed(chart, QStringLiteral("klott"));
    CHECK(std::isnan(graffiti.values[0]));
    CHECK(graffiti.values[2] == 36);
    const QString svg = f.dir.filePath(QStringLiteral("public.svg"));
    REQUIRE(report::exportChart(chart, svg).ok());
    const QStringList texts = svgTexts(svg);
    CHECK_FALSE(texts.contains(QStringLiteral("3")));
    CHECK(texts.contains(QStringLiteral("36")));
    CHECK(texts.filter(QStringLiteral(" 5")).size() == 1); // the foot names the threshold

    options.rules.minCount = 10; // brand_bil's total 11 stays, its 8 and 3 go
    const report::Chart stricter = report::perYearChart(f.trends(), options);
    CHECK(std::isnan(seriesNamed(stricter, QStringLiteral("bil")).values[2]));
}

TEST_CASE("the change chart gives the per cent change and marks the significant one", "[report][chart]")
{
    Fixture f;
    const report::Chart chart = report::changeChart(f.trends(), {});
    REQUIRE(chart.series.size() == 1);
    const QString pdf = f.dir.filePath(QStringLiteral("change.pdf"));
    REQUIRE(report::exportChart(chart, pdf).ok());
    // 12 → 36 is +200 %; exact conditional test: P(X ≤ 12 | 48, ½) · 2 ≈ 0.00072, significant even
    // after Benjamini–Hochberg over all 17 categories (≤ 0.0122). 3 → 8 is +167 %, p ≈ 0.23: not.
    const qsizetype g = chart.labels.indexOf(chart.labels.filter(QStringLiteral("12 → 36")).value(0));
    const qsizetype b = chart.labels.indexOf(chart.labels.filter(QStringLiteral("3 → 8")).value(0));
    REQUIRE(g >= 0);
    REQUIRE(b >= 0);
    CHECK(chart.series[0].values[std::size_t(g)] == Approx(2.0));
    CHECK(chart.series[0].marks[std::size_t(g)] == QStringLiteral("*"));
    CHECK(chart.series[0].marks[std::size_t(b)].isEmpty());
    if (!test::haveProgram(QStringLiteral("pdftotext"))) {
        WARN("poppler-utils is not installed; the PDF's text is not checked");
        return;
    }
    QString info, text;
    REQUIRE(test::runProgram(QStringLiteral("pdfinfo"), {pdf}, &info) == 0);
    CHECK(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
    CHECK(info.contains(QStringLiteral("510 x 312 pts"))); // 180 × 110 mm
    REQUIRE(test::runProgram(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}, &text) == 0);
    text.replace(QChar(0x00a0), QLatin1Char(' '));
    CHECK(text.contains(QStringLiteral("+200 %*")));
    CHECK(text.contains(QStringLiteral("+167 %")));
    CHECK(text.contains(QStringLiteral("12 → 36")));
}

TEST_CASE("the time profile writes the count of each hour and weekday", "[report][chart][svg]")
{
    Fixture f;
    Feedback feedback;
    auto profile = report::loadTimeProfile(*f.store, f.scope, feedback);
    REQUIRE(profile.ok());
    const report::Chart chart = report::timeProfileChart(*profile, QStringLiteral("Provkommun"), {});
    REQUIRE(chart.series.size() == 7);
    CHECK(chart.series[2].values[14] == 58); // Wednesday, 14:00
    const QString svg = f.dir.filePath(QStringLiteral("profile.svg"));
    REQUIRE(report::exportChart(chart, svg).ok());
    const QStringList texts = svgTexts(svg);
    CHECK(texts.contains(QStringLiteral("58")));
    CHECK(texts.contains(QLocale().standaloneDayName(3, QLocale::ShortFormat)));

    report::ChartOptions options;
    options.isPublic = true;
    const report::Chart open = report::timeProfileChart(*profile, QStringLiteral("Provkommun"), options);
    CHECK(open.suppressed == 2); // the two sample incidents, alone in their hours
}

TEST_CASE("the survey chart leaves years without a round as gaps", "[report][chart]")
{
    Fixture f;
    auto districts = f.store->areas(QStringLiteral("district"));
    REQUIRE(districts.ok());
    const FeatureId west =
        districts->front().name == QStringLiteral("Väster") ? districts->front().id : districts->back().id;
    for (int year : {2021, 2023}) {
        auto survey = f.store->insertSurvey({0, QStringLiteral("Enkät %1").arg(year), year, QStringLiteral("paper")});
        REQUIRE(survey.ok());
        std::vector<SurveyAnswer> answers{
            {0, *survey, west, QStringLiteral("unsafe_evening"), 200, year == 2021 ? 0.25 : 0.20}};
        REQUIRE(f.store->insertSurveyAnswers(answers).ok());
    }
    report::ChartScope scope;
    scope.district = QStringLiteral("Väster");
    auto source = report::loadSurveyShares(*f.store, scope, {});
    REQUIRE(source.ok());
    const report::Chart chart = report::surveyChart(*source, {});
    REQUIRE(chart.series.size() == 1);
    CHECK(chart.labels == QStringList{QStringLiteral("2021"), QStringLiteral("2022"), QStringLiteral("2023")});
    CHECK(chart.series[0].values[0] == Approx(0.25));
    CHECK(std::isnan(chart.series[0].values[1]));
    // Wilson 95 % interval for 50 of 200: 0.1951 to 0.3143.
    CHECK(chart.series[0].lower[0] == Approx(0.1951).margin(0.0005));
    CHECK(chart.series[0].upper[0] == Approx(0.3143).margin(0.0005));
    const QString svg = f.dir.filePath(QStringLiteral("survey.svg"));
    REQUIRE(report::exportChart(chart, svg).ok());
    const QStringList texts = svgTexts(svg);
    CHECK(texts.contains(QStringLiteral("25\u00a0%")));
    CHECK(texts.contains(QStringLiteral("20\u00a0%")));
}

TEST_CASE("the follow-up chart counts findings by status, and a public one leaves small kinds out",
          "[report][chart][public]")
{
    Fixture f;
    f.scope.asOf = QDate(2024, 1, 1);
    Feedback feedback;
    auto source = report::loadFollowup(*f.store, f.scope, feedback);
    REQUIRE(source.ok());
    const report::Chart chart = report::followupChart(*source, QStringLiteral("Provkommun"), {});
    REQUIRE(chart.labels.size() == 1);
    CHECK(chart.series[0].values == std::vector<double>{1}); // open
    CHECK(chart.series[2].values == std::vector<double>{1}); // fixed
    CHECK(chart.totals == std::vector<double>{2});
    report::ChartOptions options;
    options.isPublic = true;
    const report::Chart open = report::followupChart(*source, QStringLiteral("Provkommun"), options);
    CHECK(open.labels.isEmpty());
    CHECK(open.notes.join(' ').contains(QStringLiteral("5")));
}

TEST_CASE("chart files: PNG at the chosen DPI, and an unknown extension is refused", "[report][chart][png]")
{
    Fixture f;
    const report::Chart chart = report::perYearChart(f.trends(), {});
    report::ChartExportSettings settings;
    settings.dpi = 200;
    const QString png = f.dir.filePath(QStringLiteral("chart.png"));
    REQUIRE(report::exportChart(chart, png, settings).ok());
    const QImage image(png);
    CHECK(image.width() == int(std::lround(180.0 / 25.4 * 200)));
    CHECK(image.height() == int(std::lround(110.0 / 25.4 * 200)));
    const Status bad = report::exportChart(chart, f.dir.filePath(QStringLiteral("chart.jpg")));
    CHECK_FALSE(bad.ok());
    CHECK_FALSE(QFile::exists(f.dir.filePath(QStringLiteral("chart.jpg"))));
}

TEST_CASE("lagesbild-cli chart writes the chart and refuses an unknown format", "[report][chart][cli]")
{
    Fixture f;
    f.store.reset();
    const QString svg = f.dir.filePath(QStringLiteral("cli.svg"));
    QString out, err;
    CHECK(test::runCli({QStringLiteral("chart"), f.path, QStringLiteral("--kind"), QStringLiteral("time-profile"),
                        QStringLiteral("--out"), svg},
                       &out, &err) == 0);
    CHECK(svgTexts(svg).contains(QStringLiteral("58")));
    CHECK(test::runCli({QStringLiteral("chart"), f.path, QStringLiteral("--kind"), QStringLiteral("survey"),
                        QStringLiteral("--out"), f.dir.filePath(QStringLiteral("x.docx"))},
                       &out, &err) == 2);
    CHECK(test::runCli({QStringLiteral("chart"), f.path, QStringLiteral("--kind"), QStringLiteral("pie"),
                        QStringLiteral("--out"), svg},
                       &out, &err) == 2);
}
