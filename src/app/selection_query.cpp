#include "app/selection_query.h"

#include "core/taxonomy.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

namespace lb::app {

SelectionResult selectIncidents(const render::MapData &data, const render::MapFilter &filter,
                                const DisclosureRules &rules, const MultiPolygon &shape)
{
    SelectionResult result;
    const Extent box = extentOf(shape);
    if (box.isEmpty())
        return result;
    const render::CompiledMapFilter f(filter, data);
    std::map<std::uint16_t, std::int64_t> perCategory;
    auto take = [&](FeatureId id, PointXY p, std::uint16_t category) {
        result.ids.push_back(id);
        result.positions.push_back(p);
        ++perCategory[category];
    };

    const render::IncidentSnapshot &inc = data.incidents;
    for (const render::PointGrid::Range &range : inc.grid.query(box)) {
        for (std::size_t i = range.begin; i < range.end; ++i) {
            if (!f.accepts(inc.times[i], inc.hour[i], inc.category[i], inc.precision[i], inc.source[i],
                           inc.district[i]) ||
                !contains(shape, inc.positions[i]))
                continue;
            if (inc.sensitive[i] && !rules.showSensitivePoints)
                ++result.sensitiveCount;
            else
                take(inc.ids[i], inc.positions[i], inc.category[i]);
        }
    }
    for (const render::CentreStack &s : data.centreStacks) {
        if (!box.contains(s.position) || !contains(shape, s.position))
            continue;
        for (std::size_t i = 0; i < s.times.size(); ++i)
            if (f.accepts(s.times[i], s.hours[i], s.categories[i], s.precision, s.sources[i], s.district))
                take(s.ids[i], s.position, s.categories[i]);
        for (std::size_t i = 0; i < s.sensitiveTimes.size(); ++i) {
            if (!f.accepts(s.sensitiveTimes[i], s.sensitiveHours[i], s.sensitiveCategories[i], s.precision,
                           s.sensitiveSources[i], s.district))
                continue;
            if (rules.showSensitivePoints)
                take(s.sensitiveIds[i], s.position, s.sensitiveCategories[i]);
            else
                ++result.sensitiveCount;
        }
    }

    for (const auto &[category, n] : perCategory) {
        const QString label = category < data.categories.size()
                                  ? localizedLabel(data.categories[category].labelSv, data.categories[category].labelEn)
                                  : QCoreApplication::translate("lb::app::SelectionPanel", "other");
        result.byCategory.emplace_back(label, n);
    }
    std::sort(result.byCategory.begin(), result.byCategory.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first.localeAwareCompare(b.first) < 0;
    });
    return result;
}

} // namespace lb::app
