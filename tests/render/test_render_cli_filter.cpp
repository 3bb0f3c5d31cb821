// lagesbild-cli render with the map filter's districts, sources and survey rounds: the real
// program on the place sample store (support/place_sample.h) prints how many incidents and pins
// the map shows, checked against SQL on the store, draws none in the district left out, and names
// the valid values when asked for a district or source the store lacks.

#include "render/map_style.h"
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

// The numbers of "N incidents and M survey pins on the map (…, Väster, …)", without group
// separators, in whichever language the program speaks.
std::pair<long long, long long> shownCounts(const QString &out)
{
    static const QRegularExpression re(QStringLiteral("^(\\d[\\d\\s\\x{00a0},.]*)\\D+?(\\d[\\d\\s\\x{00a0},.]*)\\D"),
                                       QRegularExpression::MultilineOption);
    for (const QString &line : out.split(QLatin1Char('\n'))) {
        if (!line.contains(QStringLiteral("Väster")))
            continue;
        const auto m = re.match(line);
        if (!m.hasMatch())
            return {-1, -1};
        const auto digits = [](QString s) {
            return s.remove(QRegularExpression(QStringLiteral("\\D"))).toLongLong();
        };
        return {digits(m.captured(1)), digits(m.captured(2))};
    }
    return {-1, -1};
}

} // namespace

TEST_CASE("render --districts --sources --round draws and counts only those", "[render][cli][filter]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("places.gpkg"));
    REQUIRE(test::createPlaceSampleStore(store).ok());
    const QString png = dir.filePath(QStringLiteral("west.png"));
    const Extent e = test::sampleExtent();
    const QString extent = QStringLiteral("%1,%2,%3,%4")
                               .arg(e.minX, 0, 'f', 0)
                               .arg(e.minY, 0, 'f', 0)
                               .arg(e.maxX, 0, 'f', 0)
                               .arg(e.maxY, 0, 'f', 0);

    QString out, err;
    REQUIRE(test::runCli({QStringLiteral("render"), store, QStringLiteral("--out"), png, QStringLiteral("--size"),
                          QStringLiteral("1000x800"), QStringLiteral("--extent"), extent, QStringLiteral("--layers"),
                          QStringLiteral("incidents"), QStringLiteral("--districts"), QStringLiteral("väster"),
                          QStringLiteral("--sources"), QStringLiteral("Bostadsbolaget,Securitas"),
                          QStringLiteral("--round"), QStringLiteral("2024"), QStringLiteral("--no-furniture")},
                         &out, &err) == 0);
    INFO(out.toStdString() << err.toStdString());
    const QString westSql =
        QStringLiteral("SELECT count(*) FROM incidents i JOIN rtree_incidents_geom r ON r.id = i.fid WHERE r.minx > "
                       "%1 AND r.minx < %2 AND r.miny > %3 AND r.miny < %4 AND i.source IN ('Bostadsbolaget', "
                       "'Securitas')")
            .arg(test::sample::minX, 0, 'f', 1)
            .arg(test::sample::districtSplitX, 0, 'f', 1)
            .arg(test::sample::minY, 0, 'f', 1)
            .arg(test::sample::maxY, 0, 'f', 1);
    const long long expected = test::sqlCount(store, westSql);
    REQUIRE(expected > 0);
    const long long pins =
        test::sqlCount(store, QStringLiteral("SELECT count(*) FROM survey_pins p JOIN surveys s ON s.id = p.survey_id "
                                             "WHERE s.year = 2024"));
    const auto [incidents, shownPins] = shownCounts(out);
    CHECK(incidents == expected);
    CHECK(shownPins == pins);
    CHECK(out.contains(QStringLiteral("Väster")));

    // Vandalism (the property group's colour) is drawn in the west half and nowhere in the east.
    QImage image(png);
    REQUIRE(!image.isNull());
    const QColor property = render::style::groupColor(QStringLiteral("property"));
    const int split = int(image.width() * (test::sample::districtSplitX - e.minX) / e.width());
    CHECK(test::countColor(image, QRect(0, 0, split - 4, image.height()), property) > 0);
    CHECK(test::countColor(image, QRect(split + 4, 0, image.width() - split - 4, image.height()), property) == 0);

    // Unknown names are refused with the valid ones.
    out.clear();
    err.clear();
    CHECK(test::runCli({QStringLiteral("render"), store, QStringLiteral("--out"), png, QStringLiteral("--districts"),
                        QStringLiteral("Norr")},
                       &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("Norr")));
    CHECK(err.contains(QStringLiteral("Väster")));
    CHECK(err.contains(QStringLiteral("Öster")));
    err.clear();
    CHECK(test::runCli({QStringLiteral("render"), store, QStringLiteral("--out"), png, QStringLiteral("--sources"),
                        QStringLiteral("Brandkåren")},
                       &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("Bostadsbolaget")));
    CHECK(err.contains(QStringLiteral("Polisen")));
    // print takes the same options with the same checks.
    err.clear();
    CHECK(test::runCli({QStringLiteral("print"), store, QStringLiteral("--out"), dir.filePath(QStringLiteral("p.png")),
                        QStringLiteral("--districts"), QStringLiteral("Norr")},
                       &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("Öster")));
    CHECK(test::runCli({QStringLiteral("print"), store, QStringLiteral("--out"), dir.filePath(QStringLiteral("p.png")),
                        QStringLiteral("--districts"), QStringLiteral("Öster"), QStringLiteral("--round"),
                        QStringLiteral("Trygghetsmätning 2024")},
                       &out, &err) == 0);
}
