// What `lagesbild-cli info` shows of a store, read from gpkg_contents and the time index: the
// layer extents and the incidents' time span, after imports and after an undo.

#include "store/store.h"

#include "support/catch_qt.h"

#include <QTemporaryDir>

#include <algorithm>

using namespace lb;
using namespace lb::store;

namespace {

Incident incidentAt(double x, double y, Instant t)
{
    Incident inc;
    inc.position = {x, y};
    inc.occurredAt = t;
    inc.category = QStringLiteral("klotter");
    return inc;
}

const LayerInfo &layer(const std::vector<LayerInfo> &layers, const char *name)
{
    const auto it = std::find_if(layers.begin(), layers.end(),
                                 [name](const LayerInfo &l) { return l.table == QLatin1String(name); });
    REQUIRE(it != layers.end());
    return *it;
}

} // namespace

TEST_CASE("the incidents' extent and time span are those of the rows written", "[store][summary]")
{
    QTemporaryDir dir;
    auto store = Store::create(dir.filePath(QStringLiteral("s.gpkg")), {});
    REQUIRE(store.ok());
    {
        auto layers = (*store)->layers();
        REQUIRE(layers.ok());
        CHECK(layer(*layers, "incidents").count == 0);
        CHECK(layer(*layers, "incidents").extent.isEmpty());
        CHECK_FALSE((*store)->incidentTimeSpan().isValid());
    }
    // Written out of order in space and time, in two writes.
    std::vector<Incident> first{incidentAt(650000, 6560000, 1700000000), incidentAt(641000.5, 6575000, 1600000000)};
    std::vector<Incident> second{incidentAt(655500.25, 6551000, 1650000000), incidentAt(648000, 6566000, 1710000000)};
    REQUIRE((*store)->insertIncidents(first).ok());
    REQUIRE((*store)->insertIncidents(second).ok());

    auto layers = (*store)->layers();
    REQUIRE(layers.ok());
    const LayerInfo &incidents = layer(*layers, "incidents");
    CHECK(incidents.count == 4);
    CHECK(incidents.extent.minX == Approx(641000.5));
    CHECK(incidents.extent.maxX == Approx(655500.25));
    CHECK(incidents.extent.minY == Approx(6551000));
    CHECK(incidents.extent.maxY == Approx(6575000));
    const TimeSpan span = (*store)->incidentTimeSpan();
    REQUIRE(span.isValid());
    CHECK(span.begin == 1600000000);
    CHECK(span.end == 1710000000 + 1);
}
