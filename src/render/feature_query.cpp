#include "render/feature_query.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace lb::render {

Result<IdentifyResult> identifyIncidents(const store::StoreReader &store, PointXY at, double radius,
                                         const MapFilter &filter, const DisclosureRules &rules,
                                         const std::vector<Category> &categories)
{
    store::IncidentFilter query = filter.storeFilter();
    query.extent = Extent{at.x - radius, at.y - radius, at.x + radius, at.y + radius};
    auto rows = store.incidents(query);
    if (!rows)
        return rows.error();
    const QTimeZone zone = store.timeZone();
    std::vector<Area> districts;
    if (!filter.districts.isEmpty()) {
        auto all = store.areas(QStringLiteral("district"));
        if (!all)
            return all.error();
        for (Area &a : *all)
            if (filter.districts.contains(a.name, Qt::CaseInsensitive))
                districts.push_back(std::move(a));
    }
    const auto inChosenDistrict = [&](PointXY p) {
        return std::any_of(districts.begin(), districts.end(), [&](const Area &a) { return contains(a.geometry, p); });
    };
    const auto isSensitive = [&](const QString &code) {
        return std::any_of(categories.begin(), categories.end(),
                           [&](const Category &c) { return c.code == code && c.sensitive; });
    };
    std::vector<Incident> shown;
    for (Incident &i : *rows) {
        if (!filter.acceptsPrecision(i.locationPrecision))
            continue;
        if (filter.hoursActive() && !filter.acceptsHour(toDateTime(i.occurredAt, zone).time().hour()))
            continue;
        if (!rules.showSensitivePoints && isSensitive(i.category))
            continue;
        if (!filter.districts.isEmpty() && !inChosenDistrict(i.position))
            continue;
        shown.push_back(std::move(i));
    }
    IdentifyResult result;
    if (shown.empty())
        return result;
    // The nearest position within the radius (a circle, not the query's square).
    double best = std::numeric_limits<double>::max();
    for (const Incident &i : shown) {
        const double d = std::hypot(i.position.x - at.x, i.position.y - at.y);
        if (d <= radius && d < best) {
            best = d;
            result.position = i.position;
        }
    }
    if (best == std::numeric_limits<double>::max())
        return result;
    for (Incident &i : shown) {
        if (i.position.x == result.position.x && i.position.y == result.position.y)
            result.incidents.push_back(std::move(i));
    }
    std::stable_sort(result.incidents.begin(), result.incidents.end(),
                     [](const Incident &a, const Incident &b) { return a.occurredAt < b.occurredAt; });
    result.centrePlaced = std::any_of(result.incidents.begin(), result.incidents.end(),
                                      [](const Incident &i) { return isCentrePlaced(i.locationPrecision); });
    return result;
}

} // namespace lb::render
