// lagesbild-cli interventions and evaluate on a constructed store with a known effect: the table a
// coordinator opens in Excel holds the hand-computed numbers.

#include "support/catch_qt.h"
#include "support/intervention_fixture.h"
#include "support/test_support.h"

#include "store/store.h"

#include <QDateTime>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>

#include <map>
#include <tuple>

using namespace lb;

namespace {
// measure → value from the evaluation table.
std::map<QString, QString> readTable(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF")); // a byte-order mark for Excel
    std::map<QString, QString> out;
    for (const QString &line : QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)) {
        const QStringList cells = line.split(QLatin1Char(';'));
        if (cells.size() >= 2 && !out.count(cells[0]))
            out[cells[0]] = cells[1];
    }
    return out;
}
} // namespace

TEST_CASE("evaluate writes the hand-computed effect, displacement and monthly series", "[cli][intervention]")
{
    QTemporaryDir dir;
    const QString store = test::makeInterventionStore(dir);
    QString out, err;
    REQUIRE(test::runCli({QStringLiteral("interventions"), QStringLiteral("add"), store, QStringLiteral("--name"),
                          QStringLiteral("Kameror"), QStringLiteral("--kind"), QStringLiteral("Kamerabevakning"),
                          QStringLiteral("--from"), QStringLiteral("2024-01-01"), QStringLiteral("--point"),
                          QStringLiteral("600500,6600500"), QStringLiteral("--radius"), QStringLiteral("100"),
                          QStringLiteral("--cost"), QStringLiteral("250 000,50")},
                         &out, &err) == 0);
    INFO(err.toStdString());
    CHECK(out.contains(QStringLiteral("Added intervention 1")));

    const QString csv = dir.filePath(QStringLiteral("result.csv"));
    const QString png = dir.filePath(QStringLiteral("chart.png"));
    REQUIRE(test::runCli({QStringLiteral("evaluate"), store, QStringLiteral("--intervention"), QStringLiteral("1"),
                          QStringLiteral("--buffer"), QStringLiteral("200"), QStringLiteral("--out"), csv,
                          QStringLiteral("--chart"), png},
                         &out, &err) == 0);
    // Norra has 8 times the target's level, Södra 2 times, both flat: Södra is proposed.
    CHECK(out.contains(QStringLiteral("Comparison area: Södra")));
    auto t = readTable(csv);
    CHECK(t["months"] == QStringLiteral("12"));
    CHECK(t["target_before"] == QStringLiteral("120"));
    CHECK(t["target_after"] == QStringLiteral("72"));
    CHECK(t["buffer_before"] == QStringLiteral("96"));
    CHECK(t["buffer_after"] == QStringLiteral("84"));
    CHECK(t["comparison_before"] == QStringLiteral("240"));
    CHECK(t["target_change_pct"] == QStringLiteral("-40,0"));
    // RR = (72/120)/(240/240) = 0.6, SE = sqrt(1/120 + 1/72 + 2/240) = 0.174801,
    // CI exp(ln 0.6 ∓ 1.959964·0.174801) = 0.42595 … 0.84517 (constant months: no overdispersion).
    CHECK(t["effect_rate_ratio"] == QStringLiteral("0,6000"));
    CHECK(t["effect_ci_lower"] == QStringLiteral("0,4260"));
    CHECK(t["effect_ci_upper"] == QStringLiteral("0,8452"));
    CHECK(t["effect_dispersion"] == QStringLiteral("1,00"));
    // SM = 72/240 − 120/240 = −0.2; BDM = 84/240 − 96/240 = −0.05; WDQ = −0.05/−0.2 = 0.25.
    CHECK(t["success_measure"] == QStringLiteral("-0,2000"));
    CHECK(t["buffer_displacement_measure"] == QStringLiteral("-0,0500"));
    CHECK(t["wdq"] == QStringLiteral("0,2500"));
    CHECK(out.contains(QStringLiteral("fell 40 % (95 % CI 15–57 %)")));

    QFile monthly(dir.filePath(QStringLiteral("result_monthly.csv")));
    REQUIRE(monthly.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(monthly.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 25);
    CHECK(lines[1] == QStringLiteral("2023-01;before;10;8;20"));
    CHECK(lines[13] == QStringLiteral("2024-01;after;6;7;20"));

    const QImage chart(png);
    CHECK(chart.width() == 1000);
    CHECK(chart.height() == 500);
}

TEST_CASE("interventions import adds good rows and names the rows it cannot add", "[cli][intervention]")
{
    QTemporaryDir dir;
    const QString store = test::makeInterventionStore(dir);
    const QString sheet = dir.filePath(QStringLiteral("insatser.csv"));
    QFile f(sheet);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("namn;typ;från;till;x;y;radie;område;kostnad\n"
            "Belysning i parken;Belysning;2023-05-01;;600500;6600500;150;;120 000\n"
            "Ordningsvakter;Ordningsvakter;2024-02-01;2023-12-31;;;;Centrum;\n"
            "Fältassistenter;field_assistants;2024-01-01;;;;;Södra,Norra;\n"
            "Drönare;drönare;2024-01-01;;600500;6600500;100;;\n");
    f.close();
    QString out, err;
    CHECK(test::runCli({QStringLiteral("interventions"), QStringLiteral("import"), store, sheet}, &out, &err) == 1);
    CHECK(out.contains(QStringLiteral("Added 2 interventions; 2 rows not added.")));
    CHECK(err.contains(QStringLiteral("Row 2: The intervention ends before it starts.")));
    CHECK(err.contains(QStringLiteral("Row 4: Unknown kind of intervention: drönare.")));
    REQUIRE(test::runCli({QStringLiteral("interventions"), QStringLiteral("list"), store}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("Belysning i parken")));
    CHECK(out.contains(QStringLiteral("2 districts")));
}

TEST_CASE("evaluate compares the survey of the target's district before and after the start", "[cli][intervention]")
{
    QTemporaryDir dir;
    const QString path = test::makeInterventionStore(dir);
    {
        auto store = store::Store::open(path);
        REQUIRE(store.ok());
        auto areas = (*store)->areas();
        REQUIRE(areas.ok());
        std::map<QString, FeatureId> id;
        for (const Area &a : *areas)
            id[a.name] = a.id;
        // Rounds in 2022, 2024 (the start year: left out) and 2025.
        const std::vector<std::tuple<int, QString, int, double>> rows = {{2022, QStringLiteral("Centrum"), 400, 0.40},
                                                                         {2022, QStringLiteral("Södra"), 300, 0.20},
                                                                         {2024, QStringLiteral("Centrum"), 400, 0.90},
                                                                         {2025, QStringLiteral("Centrum"), 500, 0.30},
                                                                         {2025, QStringLiteral("Södra"), 300, 0.21}};
        std::map<int, std::int64_t> round;
        for (int year : {2022, 2024, 2025}) {
            Survey s;
            s.name = QStringLiteral("Trygghetsmätning %1").arg(year);
            s.year = year;
            auto sid = (*store)->insertSurvey(s);
            REQUIRE(sid.ok());
            round[year] = *sid;
        }
        std::vector<SurveyAnswer> answers;
        for (const auto &[year, area, respondents, share] : rows) {
            SurveyAnswer a;
            a.surveyId = round[year];
            a.areaId = id[area];
            a.indicator = QStringLiteral("unsafe_evening");
            a.respondents = respondents;
            a.share = share;
            answers.push_back(a);
        }
        REQUIRE((*store)->insertSurveyAnswers(answers).ok());
    }
    QString out, err;
    REQUIRE(test::runCli({QStringLiteral("interventions"), QStringLiteral("add"), path, QStringLiteral("--name"),
                          QStringLiteral("Kameror"), QStringLiteral("--kind"), QStringLiteral("camera"),
                          QStringLiteral("--from"), QStringLiteral("2024-01-01"), QStringLiteral("--point"),
                          QStringLiteral("600500,6600500"), QStringLiteral("--radius"), QStringLiteral("100")},
                         &out, &err) == 0);
    const QString csv = dir.filePath(QStringLiteral("result.csv"));
    REQUIRE(test::runCli({QStringLiteral("evaluate"), path, QStringLiteral("--intervention"), QStringLiteral("1"),
                          QStringLiteral("--comparison"), QStringLiteral("Södra"), QStringLiteral("--out"), csv},
                         &out, &err) == 0);
    INFO(out.toStdString() << err.toStdString());
    auto t = readTable(csv);
    CHECK(t["survey_districts"] == QStringLiteral("Centrum"));
    CHECK(t["survey_unsafe_evening_target_before_year"] == QStringLiteral("2022"));
    CHECK(t["survey_unsafe_evening_target_after_year"] == QStringLiteral("2025"));
    CHECK(t["survey_unsafe_evening_target_before_pct"] == QStringLiteral("40,0"));
    CHECK(t["survey_unsafe_evening_target_after_pct"] == QStringLiteral("30,0"));
    CHECK(t["survey_unsafe_evening_target_change_pts"] == QStringLiteral("-10,0"));
    // 160 of 400 against 150 of 500: pooled p = 310/900, z = −0.1 / sqrt(p(1 − p)(1/400 + 1/500))
    // = −3.1371, two-sided p = 0.00171 (R: prop.test(c(160, 150), c(400, 500), correct = FALSE)).
    CHECK(t["survey_unsafe_evening_target_p"] == QStringLiteral("0,0017"));
    CHECK(t["survey_unsafe_evening_comparison_before_pct"] == QStringLiteral("20,0"));
    CHECK(t["survey_unsafe_evening_comparison_after_pct"] == QStringLiteral("21,0"));
    CHECK(out.contains(QStringLiteral("from 40 % (2022) to 30 % (2025)")));
}

TEST_CASE("interventions edit changes the given fields and remove deletes, both logged", "[cli][intervention]")
{
    QTemporaryDir dir;
    const QString path = test::makeInterventionStore(dir);
    QString out, err;
    REQUIRE(test::runCli({QStringLiteral("interventions"), QStringLiteral("add"), path, QStringLiteral("--name"),
                          QStringLiteral("Kameror"), QStringLiteral("--kind"), QStringLiteral("camera"),
                          QStringLiteral("--from"), QStringLiteral("2024-01-01"), QStringLiteral("--point"),
                          QStringLiteral("600500,6600500"), QStringLiteral("--radius"), QStringLiteral("100"),
                          QStringLiteral("--organisation"), QStringLiteral("Kommunen")},
                         &out, &err) == 0);
    // A new end date and a new place; the name, kind and organisation stay.
    REQUIRE(test::runCli({QStringLiteral("interventions"), QStringLiteral("edit"), path, QStringLiteral("--id"),
                          QStringLiteral("1"), QStringLiteral("--to"), QStringLiteral("2024-12-31"),
                          QStringLiteral("--districts"), QStringLiteral("Södra"), QStringLiteral("--author"),
                          QStringLiteral("Anna")},
                         &out, &err) == 0);
    INFO(err.toStdString());
    CHECK(out.contains(QStringLiteral("Changed intervention 1: Kameror")));
    {
        auto store = store::Store::open(path, store::Store::Mode::ReadOnly);
        REQUIRE(store.ok());
        const store::Database &db = (*store)->database();
        CHECK(db.queryText(QStringLiteral("SELECT ends_on FROM interventions WHERE fid = 1")) ==
              QStringLiteral("2024-12-31"));
        CHECK(db.queryText(QStringLiteral("SELECT shape || organisation || kind FROM interventions WHERE fid = 1")) ==
              QStringLiteral("districtsKommunencamera"));
        CHECK(db.queryText(QStringLiteral("SELECT a.name FROM intervention_areas i JOIN areas a ON a.fid = "
                                          "i.area_id WHERE i.intervention_id = 1")) == QStringLiteral("Södra"));
        CHECK(db.queryInt(QStringLiteral("SELECT count(*) FROM edit_log WHERE table_name = 'interventions' AND "
                                         "action = 'update' AND author = 'Anna'")) == 1);
    }
    // Nothing to change and an unknown id are errors that change nothing.
    CHECK(test::runCli({QStringLiteral("interventions"), QStringLiteral("edit"), path, QStringLiteral("--id"),
                        QStringLiteral("1")},
                       &out, &err) == 2);
    CHECK(test::runCli({QStringLiteral("interventions"), QStringLiteral("remove"), path, QStringLiteral("--id"),
                        QStringLiteral("7")},
                       &out, &err) == 2);
    REQUIRE(test::runCli({QStringLiteral("interventions"), QStringLiteral("remove"), path, QStringLiteral("--id"),
                          QStringLiteral("1")},
                         &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("Removed intervention 1: Kameror")));
    auto store = store::Store::open(path, store::Store::Mode::ReadOnly);
    REQUIRE(store.ok());
    CHECK((*store)->database().queryInt(QStringLiteral("SELECT count(*) FROM interventions")) == 0);
    CHECK((*store)->database().queryInt(QStringLiteral("SELECT count(*) FROM intervention_areas")) == 0);
}
