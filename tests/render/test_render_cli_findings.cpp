// lagesbild-cli render and print with the map filter's walk-findings part (--finding-status,
// --finding-kinds, --walk, --overdue): the real program on the place sample store with a second
// walk and findings at known places prints how many findings the map shows, checked against SQL
// on the store, draws the chosen ones and none of the others, and names the valid values when
// given a status, kind or walk the store lacks.

#include "render/map_style.h"
#include "store/store.h"
#include "support/image_compare.h"
#include "support/place_sample.h"
#include "support/sample_store.h"
#include "support/test_support.h"

#include <catch2/catch.hpp>

#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace lb;

namespace {

// The number of "N walk findings on the map (…)", without group separators, in whichever
// language the program speaks.
long long shownFindings(const QString &out)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d[\\d\\s\\x{00a0},.]*) (walk findings on the map|iakttagelser på kartan)"),
        QRegularExpression::MultilineOption);
    const auto m = re.match(out);
    return m.hasMatch() ? m.captured(1).remove(QRegularExpression(QStringLiteral("\\D"))).toLongLong() : -1;
}

QString number(std::int64_t v)
{
    return QString::number(v);
}

} // namespace

TEST_CASE("render --finding-status --walk --overdue draws and counts only those findings", "[render][cli][filter]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("places.gpkg"));
    REQUIRE(test::createPlaceSampleStore(store).ok());
    // A second walk with an open, an in-progress, a fixed and an overdue finding far apart.
    const PointXY openAt{601000, 6551500}, progressAt{603000, 6551500}, fixedAt{601000, 6557500},
        lateAt{603000, 6557500};
    std::int64_t walkId = 0;
    {
        auto st = store::Store::open(store);
        REQUIRE(st);
        Walk walk;
        walk.route = {{600500.0, 6551000.0}, {603500.0, 6551000.0}};
        walk.date = QDate::currentDate().addDays(-10);
        walk.name = QStringLiteral("Kvällsvandring");
        auto id = (*st)->insertWalk(walk);
        REQUIRE(id);
        walkId = *id;
        std::vector<WalkFinding> f(4);
        const std::pair<PointXY, FindingStatus> rows[] = {{openAt, FindingStatus::Open},
                                                          {progressAt, FindingStatus::InProgress},
                                                          {fixedAt, FindingStatus::Fixed},
                                                          {lateAt, FindingStatus::Open}};
        for (size_t i = 0; i < 4; ++i) {
            f[i].walkId = walkId;
            f[i].position = rows[i].first;
            f[i].status = rows[i].second;
            f[i].kind = i == 1 ? QStringLiteral("vegetation_sikt") : QStringLiteral("belysning");
        }
        f[3].dueDate = QDate::currentDate().addDays(-2);
        REQUIRE((*st)->insertWalkFindings(f).ok());
    }
    const QString png = dir.filePath(QStringLiteral("findings.png"));
    const Extent e = test::sampleExtent();
    const QString extent = QStringLiteral("%1,%2,%3,%4")
                               .arg(e.minX, 0, 'f', 0)
                               .arg(e.minY, 0, 'f', 0)
                               .arg(e.maxX, 0, 'f', 0)
                               .arg(e.maxY, 0, 'f', 0);
    const auto render = [&](const QStringList &filter, QString *out, QString *err) {
        return test::runCli(QStringList{QStringLiteral("render"), store, QStringLiteral("--out"), png,
                                        QStringLiteral("--size"), QStringLiteral("1000x800"),
                                        QStringLiteral("--extent"), extent, QStringLiteral("--layers"),
                                        QStringLiteral("walks"), QStringLiteral("--no-furniture")} +
                                filter,
                            out, err);
    };

    QString out, err;
    REQUIRE(render({QStringLiteral("--finding-status"), QStringLiteral("open,in-progress"), QStringLiteral("--walk"),
                    number(walkId)},
                   &out, &err) == 0);
    INFO(out.toStdString() << err.toStdString());
    const long long expected = test::sqlCount(
        store,
        QStringLiteral("SELECT count(*) FROM walk_findings WHERE status IN ('open','in_progress') AND walk_id = %1")
            .arg(walkId));
    CHECK(expected == 3);
    CHECK(shownFindings(out) == expected);
    CHECK(out.contains(QStringLiteral("Kvällsvandring")));

    // The chosen findings are drawn where they lie; the fixed one and the other walk's are not.
    QImage image(png);
    REQUIRE(!image.isNull());
    const auto around = [&](PointXY p) {
        const int x = int(image.width() * (p.x - e.minX) / e.width());
        const int y = int(image.height() * (e.maxY - p.y) / e.height());
        return QRect(x - 12, y - 12, 25, 25);
    };
    using render::style::findingColor;
    CHECK(test::countColor(image, around(openAt), findingColor(FindingStatus::Open)) > 0);
    CHECK(test::countColor(image, around(progressAt), findingColor(FindingStatus::InProgress)) > 0);
    CHECK(test::countColor(image, around(fixedAt), findingColor(FindingStatus::Fixed)) == 0);
    CHECK(test::countColor(image, image.rect(), findingColor(FindingStatus::Fixed)) == 0);

    // Overdue today: the open finding past its due date, and the sample walk's open finding from
    // 2023 (no due date: due 90 days after its walk).
    out.clear();
    REQUIRE(render({QStringLiteral("--overdue")}, &out, &err) == 0);
    const long long overdue = test::sqlCount(
        store, QStringLiteral("SELECT count(*) FROM walk_findings f JOIN walks w ON w.fid = f.walk_id WHERE f.status "
                              "IN ('open','in_progress') AND coalesce(f.due_date, date(w.walk_date, '+90 days')) < "
                              "date('now', 'localtime')"));
    CHECK(overdue == 2);
    CHECK(shownFindings(out) == overdue);
    image.load(png);
    CHECK(test::countColor(image, around(lateAt), findingColor(FindingStatus::Open)) > 0);
    CHECK(test::countColor(image, around(openAt), findingColor(FindingStatus::Open)) == 0);

    // A kind: only the in-progress finding is vegetation.
    out.clear();
    REQUIRE(render({QStringLiteral("--finding-kinds"), QStringLiteral("vegetation_sikt")}, &out, &err) == 0);
    CHECK(shownFindings(out) ==
          test::sqlCount(store, QStringLiteral("SELECT count(*) FROM walk_findings WHERE kind = 'vegetation_sikt'")));

    // Unknown values are refused with the valid ones; print takes the same options.
    err.clear();
    CHECK(render({QStringLiteral("--finding-status"), QStringLiteral("done")}, &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("done")));
    CHECK(err.contains(QStringLiteral("in-progress")));
    err.clear();
    CHECK(render({QStringLiteral("--walk"), QStringLiteral("Morgonvandring")}, &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("Kvällsvandring")));
    out.clear();
    CHECK(test::runCli({QStringLiteral("print"), store, QStringLiteral("--out"), dir.filePath(QStringLiteral("p.png")),
                        QStringLiteral("--finding-status"), QStringLiteral("open"), QStringLiteral("--walk"),
                        QStringLiteral("kvällsvandring")},
                       &out, &err) == 0);
    CHECK(shownFindings(out) == 2);
}
