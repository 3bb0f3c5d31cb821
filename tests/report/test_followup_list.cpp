// Follow-up lists per responsible organisation (report/followup_list.h, lagesbild-cli walk
// followup): counts per organisation, open/in progress and overdue equal to the store's, counted
// independently with SQL; the CSV has one row per finding; the PDF one section per organisation;
// a walk's summary a year later equals the SQL count and median.

#include "report/followup_list.h"
#include "report/lagesbild_report.h"
#include "store/sqlite_db.h"
#include "store/store.h"
#include "support/test_support.h"
#include "walk_fixture.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <map>

using namespace lb;

namespace {

struct SqlCounts {
    long long open = 0, inProgress = 0, overdue = 0;
};

// Open or in progress on `asOf` by organisation: a finding fixed after the date was still open.
std::map<QString, SqlCounts> sqlCounts(const store::Store &store, const QString &asOf, int overdueDays)
{
    auto st = store.database().prepare(
        QStringLiteral("SELECT coalesce(nullif(trim(f.responsible), ''), '(no organisation)'), "
                       "       sum(f.status = 'open' OR (f.status = 'fixed' AND f.fixed_date > ?1)), "
                       "       sum(f.status = 'in_progress'), "
                       "       sum(coalesce(f.due_date, date(w.walk_date, '+' || ?2 || ' days')) < ?1) "
                       "FROM walk_findings f JOIN walks w ON w.fid = f.walk_id "
                       "WHERE w.walk_date <= ?1 AND (f.status IN ('open', 'in_progress') OR "
                       "      (f.status = 'fixed' AND f.fixed_date > ?1)) GROUP BY 1"));
    REQUIRE(st);
    st->bind(1, asOf).bind(2, overdueDays);
    std::map<QString, SqlCounts> out;
    while (st->step())
        out[st->text(0)] = {st->int64(1), st->int64(2), st->int64(3)};
    return out;
}

} // namespace

TEST_CASE("follow-up list: per organisation, open and in progress and overdue as the store counts them",
          "[report][followup]")
{
    QTemporaryDir dir;
    const QString path = test::demoStoreCopy(dir.path());
    auto store = store::Store::open(path, store::Store::Mode::ReadOnly);
    REQUIRE(store);
    for (const QString &asOf :
         {QStringLiteral("2024-12-31"), QStringLiteral("2025-06-30"), QStringLiteral("2026-06-30")})
        for (const int days : {30, 90}) {
            INFO(asOf.toStdString() << " overdue after " << days);
            report::FollowupListOptions options;
            options.asOf = QDate::fromString(asOf, Qt::ISODate);
            options.overdueDays = days;
            Feedback feedback;
            auto list = report::buildFollowupList(**store, options, feedback);
            REQUIRE(list);
            const auto expected = sqlCounts(**store, asOf, days);
            REQUIRE(!expected.empty());
            REQUIRE(list->sections.size() == expected.size());
            for (const report::FollowupSection &s : list->sections) {
                INFO(s.responsible.toStdString());
                REQUIRE(expected.count(s.responsible) == 1);
                const SqlCounts &e = expected.at(s.responsible);
                CHECK(s.open == e.open);
                CHECK(s.inProgress == e.inProgress);
                CHECK(s.overdue == e.overdue);
                CHECK(qint64(s.items.size()) == e.open + e.inProgress);
                for (const report::FollowupItem &i : s.items) {
                    CHECK(i.walkDate <= options.asOf);
                    CHECK(i.since >= i.walkDate);
                    CHECK(i.overdueDays == std::max<qint64>(0, i.due.daysTo(options.asOf)));
                }
            }
        }
}

TEST_CASE("walk followup writes a CSV row per finding and a PDF section per organisation", "[report][followup]")
{
    QTemporaryDir dir;
    const QString path = test::demoStoreCopy(dir.path());
    auto store = store::Store::open(path, store::Store::Mode::ReadOnly);
    REQUIRE(store);
    const auto expected = sqlCounts(**store, QStringLiteral("2026-06-30"), 90);
    long long total = 0;
    for (const auto &[name, c] : expected)
        total += c.open + c.inProgress;
    REQUIRE(total > 0);

    const QString csv = dir.filePath(QStringLiteral("followup.csv"));
    QString out, err;
    REQUIRE(test::runCli({QStringLiteral("walk"), QStringLiteral("followup"), path, QStringLiteral("--out"), csv,
                          QStringLiteral("--as-of"), QStringLiteral("2026-06-30")},
                         &out, &err) == 0);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == total + 1);
    CHECK(lines.first().contains(QStringLiteral("Days overdue")));
    std::map<QString, long long> perOrg;
    for (qsizetype i = 1; i < lines.size(); ++i)
        ++perOrg[lines[i].section(QLatin1Char(';'), 0, 0).remove(QLatin1Char('"'))];
    for (const auto &[name, c] : expected)
        CHECK(perOrg[name] == c.open + c.inProgress);

    // One organisation only, as XLSX: the count reported is the store's.
    const QString org = QStringLiteral("Telge Bostäder");
    REQUIRE(expected.count(org) == 1);
    const QString xlsx = dir.filePath(QStringLiteral("telge.xlsx"));
    REQUIRE(
        test::runCli({QStringLiteral("walk"), QStringLiteral("followup"), path, QStringLiteral("--out"), xlsx,
                      QStringLiteral("--as-of"), QStringLiteral("2026-06-30"), QStringLiteral("--responsible"), org},
                     &out, &err) == 0);
    CHECK(QFile::exists(xlsx));
    CHECK(out.contains(QStringLiteral(": %1 findings").arg(expected.at(org).open + expected.at(org).inProgress)));

    if (!test::haveProgram(QStringLiteral("pdftotext")) || !test::haveProgram(QStringLiteral("pdfinfo"))) {
        WARN("poppler-utils not installed; PDF not checked");
        return;
    }
    const QString pdf = dir.filePath(QStringLiteral("followup.pdf"));
    REQUIRE(test::runCli({QStringLiteral("walk"), QStringLiteral("followup"), path, QStringLiteral("--out"), pdf,
                          QStringLiteral("--as-of"), QStringLiteral("2026-06-30")},
                         &out, &err) == 0);
    QString info;
    REQUIRE(test::runProgram(QStringLiteral("pdfinfo"), {pdf}, &info) == 0);
    const auto pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    REQUIRE(pages.hasMatch());
    const int pageCount = pages.captured(1).toInt();
    CHECK(pageCount >= int(expected.size()));
    CHECK(info.contains(QStringLiteral("842 x 595")));
    // Every organisation starts a page of its own.
    QStringList starts;
    for (int page = 1; page <= pageCount; ++page) {
        QString text;
        REQUIRE(test::runProgram(QStringLiteral("pdftotext"),
                                 {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                  QString::number(page), pdf, QStringLiteral("-")},
                                 &text) == 0);
        CHECK(text.contains(QStringLiteral("page %1 of %2").arg(page).arg(pageCount)));
        // Searched and copied text has no ligatures: "Trafikverket", not "Traﬁkverket".
        starts << text.trimmed().section(QLatin1Char('\n'), 0, 0).trimmed();
    }
    for (const auto &[name, c] : expected)
        CHECK(starts.contains(name));
}

TEST_CASE("a walk's summary a year later: fixed, still open and median days to fix as SQL counts them",
          "[report][followup]")
{
    QTemporaryDir dir;
    const QString path = test::demoStoreCopy(dir.path());
    auto store = store::Store::open(path, store::Store::Mode::ReadOnly);
    REQUIRE(store);
    Feedback feedback;
    auto summaries = report::walkSummaries(**store, QDate(2026, 12, 31), feedback);
    REQUIRE(summaries);
    REQUIRE(summaries->size() == 3);
    for (const report::WalkSummary &s : *summaries) {
        INFO(s.walk.name.toStdString());
        CHECK(s.asOf == s.walk.date.addYears(1));
        const QString walk = QString::number(s.walk.id), asOf = s.asOf.toString(Qt::ISODate);
        const auto count = [&](const QString &where) {
            return *(*store)->database().queryInt(
                QStringLiteral("SELECT count(*) FROM walk_findings WHERE walk_id = %1 AND (%2)").arg(walk, where));
        };
        CHECK(s.total == count(QStringLiteral("1")));
        CHECK(s.fixed == count(QStringLiteral("status = 'fixed' AND fixed_date <= '%1'").arg(asOf)));
        CHECK(s.stillOpen == count(QStringLiteral("status IN ('open', 'in_progress') OR (status = 'fixed' AND "
                                                  "fixed_date > '%1')")
                                       .arg(asOf)));
        CHECK(s.rejected == count(QStringLiteral("status = 'rejected'")));
        std::vector<double> days;
        auto st = (*store)->database().prepare(
            QStringLiteral("SELECT julianday(f.fixed_date) - julianday(w.walk_date) FROM walk_findings f JOIN walks w "
                           "ON w.fid = f.walk_id WHERE f.walk_id = ?1 AND f.status = 'fixed' AND f.fixed_date <= ?2 "
                           "AND f.fixed_date >= w.walk_date"));
        REQUIRE(st);
        st->bind(1, s.walk.id).bind(2, asOf);
        while (st->step())
            days.push_back(st->real(0));
        std::sort(days.begin(), days.end());
        if (days.empty()) {
            CHECK(std::isnan(s.medianDaysToFix));
        } else {
            const std::size_t n = days.size();
            const double median = n % 2 ? days[n / 2] : (days[n / 2 - 1] + days[n / 2]) / 2.0;
            CHECK(s.medianDaysToFix == Approx(median));
        }
    }
}

TEST_CASE("the yearly report lists each walk as it stood a year later", "[report][followup]")
{
    QTemporaryDir dir;
    const QString path = test::demoStoreCopy(dir.path());
    auto store = store::Store::open(path, store::Store::Mode::ReadOnly);
    REQUIRE(store);
    report::ReportSettings settings;
    settings.year = 2025;
    Feedback feedback;
    auto report = report::buildReport(**store, settings, feedback);
    REQUIRE(report);
    const QString text = report->document->toPlainText();
    const qsizetype at = text.indexOf(QStringLiteral("Each walk a year later"));
    REQUIRE(at >= 0);
    const QString section = text.mid(at);
    auto summaries = report::walkSummaries(**store, QDate(2025, 12, 31), feedback);
    REQUIRE(summaries);
    // Every walk up to the end of 2025, with its findings and fixed counts in its row.
    for (const report::WalkSummary &s : *summaries) {
        INFO(s.walk.name.toStdString());
        const qsizetype row = section.indexOf(s.walk.name);
        REQUIRE(row >= 0);
        const QStringList cells = section.mid(row).split(QRegularExpression(QStringLiteral("\\s*\\n\\s*")));
        REQUIRE(cells.size() >= 8);
        CHECK(cells[3] == QString::number(s.total));
        CHECK(cells[4] == QString::number(s.fixed));
        CHECK(cells[5] == QString::number(s.stillOpen));
    }
}
