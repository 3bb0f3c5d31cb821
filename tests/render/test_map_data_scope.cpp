// A map read for one view (loadMapData with a scope): only the incidents whose position lies in
// the view's extent and, when given, in its time span come into the snapshot, while the sensitive
// incidents are still all there for the per-district counts. The expected sets are worked out
// from a read of the whole store (the filter sample, support/filter_sample.h).

#include "render/map_data.h"
#include "support/filter_sample.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <algorithm>
#include <set>

using namespace lb;

namespace {

std::shared_ptr<const render::MapData> load(const QString &path, const store::IncidentFilter &scope = {})
{
    Feedback feedback;
    auto loaded = render::loadMapData(path, feedback, scope);
    REQUIRE(loaded.ok());
    return *loaded;
}

bool inside(const Extent &e, PointXY p)
{
    return p.x >= e.minX && p.x <= e.maxX && p.y >= e.minY && p.y <= e.maxY;
}

// The fids of the snapshot's incidents that lie in `extent` and `span` (all when unset).
std::set<FeatureId> idsWithin(const render::IncidentSnapshot &s, const Extent &extent, const TimeSpan &span = {})
{
    std::set<FeatureId> ids;
    for (size_t i = 0; i < s.size(); ++i)
        if (inside(extent, s.positions[i]) && (!span.isValid() || span.contains(s.times[i])))
            ids.insert(s.ids[i]);
    return ids;
}

std::multiset<int> districtsOf(const render::SensitiveIncidents &s)
{
    return {s.district.begin(), s.district.end()};
}

} // namespace

TEST_CASE("a map read for one view takes the incidents in its extent and all sensitive ones", "[render][scope]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.gpkg"));
    REQUIRE(test::createFilterSampleStore(path).ok());
    const auto whole = load(path);

    // A 1 km square around place A, where four graffiti incidents are; the domestic-violence
    // cases in Väster lie 3.6 km away.
    const Extent view{test::filterPlaceA.x - 500, test::filterPlaceA.y - 500, test::filterPlaceA.x + 500,
                      test::filterPlaceA.y + 500};
    store::IncidentFilter scope;
    scope.extent = view;
    const auto part = load(path, scope);

    const std::set<FeatureId> expected = idsWithin(whole->incidents, view);
    REQUIRE(expected.size() >= 4);
    CHECK(expected.size() < whole->incidents.size());
    CHECK(idsWithin(part->incidents, Extent{-1e9, -1e9, 1e9, 1e9}) == expected);
    CHECK(part->incidents.size() == expected.size());

    // Every sensitive incident is still counted in its district.
    REQUIRE(whole->sensitiveIncidents.size() >= 6);
    CHECK(part->sensitiveIncidents.size() == whole->sensitiveIncidents.size());
    CHECK(districtsOf(part->sensitiveIncidents) == districtsOf(whole->sensitiveIncidents));
    // The areas are read whole, so the view's districts and the full extent are unchanged.
    CHECK(part->districts.size() == whole->districts.size());
    CHECK(part->fullExtent.minX == whole->fullExtent.minX);
    CHECK(part->fullExtent.maxY == whole->fullExtent.maxY);
}

TEST_CASE("a map read for one view and time span uses both", "[render][scope]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.gpkg"));
    REQUIRE(test::createFilterSampleStore(path).ok());
    const auto whole = load(path);

    // January 2024 over a view that holds A (graffiti on 10 January) and B (car fires in July).
    const Extent view{test::filterPlaceA.x - 500, test::filterPlaceA.y - 500, test::filterPlaceB.x + 500,
                      test::filterPlaceB.y + 500};
    const TimeSpan january{test::stockholmTime(2024, 1, 1, 0), test::stockholmTime(2024, 2, 1, 0)};
    store::IncidentFilter scope;
    scope.extent = view;
    scope.span = january;
    const auto part = load(path, scope);

    const std::set<FeatureId> expected = idsWithin(whole->incidents, view, january);
    CHECK(expected.size() == 4); // the four graffiti at A; B's fires are in July
    CHECK(idsWithin(part->incidents, Extent{-1e9, -1e9, 1e9, 1e9}) == expected);

    // The sensitive incidents of the span, wherever they are: the six cases of 12 January.
    std::multiset<int> expectedDistricts;
    for (size_t i = 0; i < whole->sensitiveIncidents.size(); ++i)
        if (january.contains(whole->sensitiveIncidents.times[i]))
            expectedDistricts.insert(whole->sensitiveIncidents.district[i]);
    CHECK(expectedDistricts.size() == 6);
    CHECK(districtsOf(part->sensitiveIncidents) == expectedDistricts);
}
