// `lagesbild-cli create --municipality` makes a store for any of Sweden's 290 municipalities from
// the boundaries and population that come with the program, without a boundary file.

#include "cli_run.h"
#include "support/catch_qt.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <cmath>

using lb::test::CliResult;
using lb::test::demoStore;
using lb::test::runCliIn;
using lb::test::scratchDir;

namespace {
// The "areas" extent line of `info`, as four numbers.
std::vector<double> areasExtent(const QString &infoOut)
{
    static const QRegularExpression re(QStringLiteral(
        "areas\\s+\\(MULTIPOLYGON\\): 1\\d* features? \\| ([\\d.,-]+); ([\\d.,-]+) – ([\\d.,-]+); ([\\d.,-]+)"));
    const auto m = re.match(infoOut);
    if (!m.hasMatch())
        return {};
    std::vector<double> v;
    for (int i = 1; i <= 4; ++i)
        v.push_back(m.captured(i).remove(QLatin1Char(',')).toDouble());
    return v;
}
} // namespace

TEST_CASE("create --municipality makes a store with the municipality's boundary and population", "[cli]")
{
    const QString store = scratchDir() + QStringLiteral("/sodertalje.gpkg");
    // By code; by name in any case works the same.
    const CliResult created =
        runCliIn(QStringLiteral("en"),
                 {QStringLiteral("create"), store, QStringLiteral("--municipality"), QStringLiteral("0181")});
    INFO(created.out.toStdString() << created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    // Statistics Sweden: Södertälje had 102,914 residents at the end of 2024.
    CHECK(created.out.contains(QStringLiteral("Södertälje, 102,914 residents")));

    const CliResult info = runCliIn(QStringLiteral("en"), {QStringLiteral("info"), store});
    INFO(info.out.toStdString());
    CHECK(info.out.contains(QStringLiteral("Name: Södertälje")));
    // The demo store's outline of Södertälje comes from the same boundaries: the extents agree to
    // within the rounding of the bundled coordinates (metres in SWEREF 99 TM).
    const CliResult demo = runCliIn(QStringLiteral("en"), {QStringLiteral("info"), demoStore()});
    const std::vector<double> mine = areasExtent(info.out);
    const std::vector<double> reference = areasExtent(demo.out);
    REQUIRE(mine.size() == 4);
    REQUIRE(reference.size() == 4);
    for (std::size_t i = 0; i < 4; ++i)
        CHECK(std::abs(mine[i] - reference[i]) < 5.0);

    const CliResult byName =
        runCliIn(QStringLiteral("sv"), {QStringLiteral("create"), scratchDir() + QStringLiteral("/k.gpkg"),
                                        QStringLiteral("--municipality"), QStringLiteral("kiruna")});
    INFO(byName.err.toStdString());
    CHECK(byName.exitCode == 0);
    CHECK(byName.out.contains(QStringLiteral("Kiruna")));
}

TEST_CASE("create --municipality names near misses and refuses a boundary file as well", "[cli]")
{
    const QString dir = scratchDir();
    const CliResult typo =
        runCliIn(QStringLiteral("en"), {QStringLiteral("create"), dir + QStringLiteral("/a.gpkg"),
                                        QStringLiteral("--municipality"), QStringLiteral("Södertälj")});
    CHECK(typo.exitCode == 2);
    CHECK(typo.err.contains(QStringLiteral("Södertälje (0181)")));
    const CliResult both = runCliIn(QStringLiteral("en"), {QStringLiteral("create"), dir + QStringLiteral("/b.gpkg"),
                                                           QStringLiteral("--municipality"), QStringLiteral("0181"),
                                                           QStringLiteral("--boundary"), QStringLiteral("x.geojson")});
    CHECK(both.exitCode == 2);
    CHECK(both.err.contains(QStringLiteral("--municipality and --boundary")));
    CHECK_FALSE(QFileInfo::exists(dir + QStringLiteral("/b.gpkg")));
}
