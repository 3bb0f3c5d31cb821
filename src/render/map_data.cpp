#include "render/map_data.h"

#include "core/local_clock.h"
#include "render/district_locator.h"
#include "store/store_reader.h"

#include <QCoreApplication>

#include <map>

namespace lb::render {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::render::MapData)
};

// v reordered by `order`; v itself is released, so that ten million incidents are held once and
// one array more, not twice.
template <typename T> std::vector<T> permuted(std::vector<T> &v, const std::vector<std::uint32_t> &order)
{
    std::vector<T> out;
    out.reserve(v.size());
    for (std::uint32_t i : order)
        out.push_back(v[i]);
    std::vector<T>().swap(v);
    return out;
}

// The local hour of day of t: the offset in effect, then whole days dropped (cheaper than the
// calendar fields, which a map needs only the hour of).
std::uint8_t localHour(const LocalClock &clock, Instant t)
{
    const Instant local = t + clock.offsetSeconds(t);
    return std::uint8_t(((local % 86400) + 86400) % 86400 / 3600);
}

// Whether p lies in the closed extent, as the R-tree query of a scope counts it.
bool insideScope(const Extent &e, PointXY p)
{
    return p.x >= e.minX && p.x <= e.maxX && p.y >= e.minY && p.y <= e.maxY;
}

Error canceledError()
{
    return Error{Tr::tr("Loading the map was canceled.")};
}
} // namespace

std::uint8_t groupIndex(const QString &groupCode)
{
    const auto &groups = categoryGroups();
    std::uint8_t other = 0;
    for (size_t i = 0; i < groups.size(); ++i) {
        if (groups[i].code == groupCode)
            return std::uint8_t(i);
        if (groups[i].code == QLatin1String("other"))
            other = std::uint8_t(i);
    }
    return other;
}

IncidentSnapshot makeIncidentSnapshot(std::vector<PointXY> positions, std::vector<Instant> times,
                                      std::vector<std::uint8_t> group, std::vector<std::uint16_t> category,
                                      std::vector<std::uint8_t> sensitive, std::vector<FeatureId> ids,
                                      std::vector<std::uint8_t> hour, std::vector<LocationPrecision> precision,
                                      std::vector<std::uint16_t> source, std::vector<std::uint16_t> district)
{
    if (source.size() != positions.size())
        source.assign(positions.size(), 0xffff);
    if (district.size() != positions.size())
        district.assign(positions.size(), 0xffff);
    if (sensitive.size() != positions.size())
        sensitive.assign(positions.size(), 0);
    if (ids.size() != positions.size())
        ids.assign(positions.size(), 0);
    if (hour.size() != positions.size())
        hour.assign(positions.size(), 0);
    if (precision.size() != positions.size())
        precision.assign(positions.size(), LocationPrecision::Exact);
    IncidentSnapshot s;
    s.grid.build(positions);
    const std::vector<std::uint32_t> order = s.grid.takeOrder();
    s.positions = permuted(positions, order);
    s.times = permuted(times, order);
    s.group = permuted(group, order);
    s.category = permuted(category, order);
    s.sensitive = permuted(sensitive, order);
    s.ids = permuted(ids, order);
    s.hour = permuted(hour, order);
    s.precision = permuted(precision, order);
    s.source = permuted(source, order);
    s.district = permuted(district, order);
    return s;
}

Result<std::shared_ptr<const MapData>> loadMapData(const QString &path, Feedback &feedback,
                                                   const store::IncidentFilter &incidentScope)
{
    auto opened = store::openStoreReader(path);
    if (!opened)
        return opened.error();
    const store::StoreReader &st = **opened;
    auto data = std::make_shared<MapData>();
    data->storePath = path;
    data->name = st.name();
    data->epsg = st.epsg();
    data->timeZone = st.timeZone();
    data->groups = categoryGroups();
    feedback.setProgress(0.0, Tr::tr("Reading areas"));

    auto municipality = st.areas(QStringLiteral("municipality"));
    auto districts = st.areas(QStringLiteral("district"));
    auto water = st.baseFeatures(QStringLiteral("base_water"));
    auto roads = st.baseFeatures(QStringLiteral("base_roads"));
    auto categories = st.categories();
    for (const QString &msg : {municipality.errorMessage(), districts.errorMessage(), water.errorMessage(),
                               roads.errorMessage(), categories.errorMessage()}) {
        if (!msg.isEmpty())
            return Error{msg};
    }
    data->municipality = std::move(*municipality);
    data->districts = std::move(*districts);
    data->water = std::move(*water);
    data->roads = std::move(*roads);
    data->categories = std::move(*categories);
    if (feedback.isCanceled())
        return canceledError();

    feedback.setProgress(20.0, Tr::tr("Reading incidents"));
    auto points = st.mapPoints(incidentScope);
    if (!points)
        return points.error();
    if (feedback.isCanceled())
        return canceledError();
    std::map<QString, std::uint16_t> categoryIndex;
    for (size_t i = 0; i < data->categories.size(); ++i)
        categoryIndex[data->categories[i].code] = std::uint16_t(i);
    // Incidents may carry a code the store's taxonomy lacks; they are drawn as "other".
    std::vector<std::uint8_t> groupOfCode;
    std::vector<std::uint16_t> categoryOfCode;
    std::vector<std::uint8_t> sensitiveOfCode;
    for (const QString &code : points->categories) {
        const auto it = categoryIndex.find(code);
        const bool known = it != categoryIndex.end();
        categoryOfCode.push_back(known ? it->second : std::uint16_t(0xffff));
        groupOfCode.push_back(groupIndex(known ? data->categories[it->second].group : QStringLiteral("other")));
        sensitiveOfCode.push_back(known && data->categories[it->second].sensitive ? 1 : 0);
    }
    // The sources sorted by name, so lists and indexes agree whatever order the rows came in.
    data->sources = points->sources;
    data->sources.removeAll(QString());
    data->sources.sort(Qt::CaseInsensitive);
    std::vector<std::uint16_t> sourceOfIndex;
    for (const QString &source : points->sources)
        sourceOfIndex.push_back(source.isEmpty() ? std::uint16_t(0xffff)
                                                 : std::uint16_t(data->sources.indexOf(source)));
    const DistrictLocator locator(data->districts);
    const size_t n = points->size();
    // Positions, times and ids of the incidents drawn as points are moved to the front of the read's
    // own arrays, which then become the snapshot's: ten million incidents are not held twice.
    size_t kept = 0;
    std::vector<std::uint8_t> group, sensitive, hours;
    std::vector<std::uint16_t> category, sourceIdx, districtIdx;
    std::vector<LocationPrecision> precisions;
    const LocalClock clock(data->timeZone);
    hours.reserve(n);
    precisions.reserve(n);
    group.reserve(n);
    category.reserve(n);
    sensitive.reserve(n);
    sourceIdx.reserve(n);
    districtIdx.reserve(n);
    data->groupCounts.assign(data->groups.size(), 0);
    std::map<std::pair<double, double>, size_t> stackAt;
    const auto districtOf = [&](PointXY p) {
        return locator.of(p);
    };
    const auto addSensitive = [&](int district, Instant t, std::uint16_t categoryIdx, std::uint8_t hour,
                                  LocationPrecision precision, std::uint16_t source) {
        data->sensitiveIncidents.times.push_back(t);
        data->sensitiveIncidents.district.push_back(district);
        data->sensitiveIncidents.source.push_back(source);
        data->sensitiveIncidents.category.push_back(categoryIdx);
        data->sensitiveIncidents.hour.push_back(hour);
        data->sensitiveIncidents.precision.push_back(precision);
    };
    for (size_t i = 0; i < n; ++i) {
        const PointXY p = points->positions[i];
        // The R-tree's boxes are single precision, rounded outwards: it can return positions just
        // outside the scope, which the read of the sensitive incidents below counts instead.
        if (incidentScope.extent && !insideScope(*incidentScope.extent, p))
            continue;
        const std::uint16_t code = points->categoryIndex[i];
        const Instant t = points->times[i];
        const bool isSensitive = sensitiveOfCode[code] != 0;
        const auto hour = localHour(clock, t);
        const LocationPrecision precision = points->precision[i];
        const std::uint16_t source = sourceOfIndex[points->sourceIndex[i]];
        const int district = districtOf(p);
        if (isSensitive)
            addSensitive(district, t, categoryOfCode[code], hour, precision, source);
        if (isCentrePlaced(precision)) {
            const auto [it, added] = stackAt.try_emplace({p.x, p.y}, data->centreStacks.size());
            if (added)
                data->centreStacks.push_back(
                    {p, {}, precision, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, std::uint16_t(district)});
            CentreStack &stack = data->centreStacks[it->second];
            (isSensitive ? stack.sensitiveTimes : stack.times).push_back(t);
            (isSensitive ? stack.sensitiveCategories : stack.categories).push_back(categoryOfCode[code]);
            (isSensitive ? stack.sensitiveHours : stack.hours).push_back(hour);
            (isSensitive ? stack.sensitiveIds : stack.ids).push_back(points->ids[i]);
            (isSensitive ? stack.sensitiveSources : stack.sources).push_back(source);
            continue;
        }
        points->positions[kept] = p;
        points->times[kept] = t;
        points->ids[kept] = points->ids[i];
        ++kept;
        group.push_back(groupOfCode[code]);
        category.push_back(categoryOfCode[code]);
        sensitive.push_back(isSensitive ? 1 : 0);
        hours.push_back(hour);
        precisions.push_back(precision);
        sourceIdx.push_back(source);
        districtIdx.push_back(std::uint16_t(district));
        if (!isSensitive)
            ++data->groupCounts[group.back()];
    }
    std::vector<PointXY> positions = std::move(points->positions);
    std::vector<Instant> times = std::move(points->times);
    std::vector<FeatureId> ids = std::move(points->ids);
    positions.resize(kept);
    times.resize(kept);
    ids.resize(kept);
    points.value() = {};
    if (incidentScope.extent) {
        // The sensitive incidents outside the view: the layer that counts them per district needs
        // them all.
        store::IncidentFilter rest = incidentScope;
        rest.extent.reset();
        rest.categories.clear();
        for (const Category &c : data->categories)
            if (c.sensitive && (incidentScope.categories.isEmpty() || incidentScope.categories.contains(c.code)))
                rest.categories << c.code;
        if (!rest.categories.isEmpty()) {
            auto more = st.mapPoints(rest);
            if (!more)
                return more.error();
            for (size_t i = 0; i < more->size(); ++i) {
                const PointXY p = more->positions[i];
                if (insideScope(*incidentScope.extent, p))
                    continue;
                const auto it = categoryIndex.find(more->categories[more->categoryIndex[i]]);
                const Instant t = more->times[i];
                // A source seen only outside the view is not in the list the filter offers.
                const auto source = data->sources.indexOf(more->sources[more->sourceIndex[i]]);
                addSensitive(districtOf(p), t, it == categoryIndex.end() ? std::uint16_t(0xffff) : it->second,
                             localHour(clock, t), more->precision[i],
                             source < 0 ? std::uint16_t(0xffff) : std::uint16_t(source));
            }
        }
    }
    for (CentreStack &stack : data->centreStacks) {
        const int d = stack.precision == LocationPrecision::AreaCentroid ? districtOf(stack.position) : -1;
        if (d >= 0)
            stack.placeName = data->districts[size_t(d)].name;
        else if (stack.precision == LocationPrecision::CountyCentroid)
            stack.placeName = Tr::tr("the county");
        else
            stack.placeName = data->municipality.empty() ? data->name : data->municipality.front().name;
    }
    feedback.setProgress(70.0, Tr::tr("Indexing incidents"));
    data->incidents = makeIncidentSnapshot(std::move(positions), std::move(times), std::move(group),
                                           std::move(category), std::move(sensitive), std::move(ids), std::move(hours),
                                           std::move(precisions), std::move(sourceIdx), std::move(districtIdx));

    feedback.setProgress(85.0, Tr::tr("Reading surveys and walks"));
    auto pins = st.surveyPins();
    auto surveys = st.surveys();
    auto walks = st.walks();
    auto findings = st.walkFindings();
    for (const QString &msg :
         {pins.errorMessage(), surveys.errorMessage(), walks.errorMessage(), findings.errorMessage()}) {
        if (!msg.isEmpty())
            return Error{msg};
    }
    data->surveyPins = std::move(*pins);
    data->surveys = std::move(*surveys);
    auto answers = st.surveyAnswers();
    if (!answers)
        return answers.error();
    data->surveyAnswers = std::move(*answers);
    data->walks = std::move(*walks);
    data->findings = std::move(*findings);

    for (const Area &a : data->municipality)
        data->fullExtent.include(extentOf(a.geometry));
    for (const Area &a : data->districts)
        data->fullExtent.include(extentOf(a.geometry));
    if (data->fullExtent.isEmpty()) {
        data->fullExtent.include(data->incidents.grid.extent());
        for (const SurveyPin &p : data->surveyPins)
            data->fullExtent.include(p.position);
        for (const WalkFinding &f : data->findings)
            data->fullExtent.include(f.position);
        for (const BaseFeature &f : data->roads)
            data->fullExtent.include(extentOf(f.lines));
    }
    feedback.setProgress(100.0);
    return std::shared_ptr<const MapData>(std::move(data));
}

} // namespace lb::render
