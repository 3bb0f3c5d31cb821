#include "render/map_data.h"

#include "store/store.h"

#include <QCoreApplication>

#include <map>

namespace lb::render {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::render::MapData)
};

template <typename T> std::vector<T> permuted(const std::vector<T> &v, const std::vector<std::uint32_t> &order)
{
    std::vector<T> out;
    out.reserve(v.size());
    for (std::uint32_t i : order)
        out.push_back(v[i]);
    return out;
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
                                      std::vector<std::uint8_t> group, std::vector<std::uint16_t> category)
{
    IncidentSnapshot s;
    s.grid.build(positions);
    const auto &order = s.grid.order();
    s.positions = permuted(positions, order);
    s.times = permuted(times, order);
    s.group = permuted(group, order);
    s.category = permuted(category, order);
    return s;
}

Result<std::shared_ptr<const MapData>> loadMapData(const QString &path, Feedback &feedback)
{
    auto opened = store::Store::open(path, store::Store::Mode::ReadOnly);
    if (!opened)
        return opened.error();
    const store::Store &st = **opened;
    auto data = std::make_shared<MapData>();
    data->storePath = path;
    data->name = st.name();
    data->epsg = st.epsg();
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
    auto points = st.incidentPoints();
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
    for (const QString &code : points->categories) {
        const auto it = categoryIndex.find(code);
        categoryOfCode.push_back(it == categoryIndex.end() ? std::uint16_t(0xffff) : it->second);
        groupOfCode.push_back(
            groupIndex(it == categoryIndex.end() ? QStringLiteral("other") : data->categories[it->second].group));
    }
    const size_t n = points->size();
    std::vector<std::uint8_t> group(n);
    std::vector<std::uint16_t> category(n);
    data->groupCounts.assign(data->groups.size(), 0);
    for (size_t i = 0; i < n; ++i) {
        group[i] = groupOfCode[points->categoryIndex[i]];
        category[i] = categoryOfCode[points->categoryIndex[i]];
        ++data->groupCounts[group[i]];
    }
    feedback.setProgress(70.0, Tr::tr("Indexing incidents"));
    data->incidents = makeIncidentSnapshot(std::move(points->positions), std::move(points->times), std::move(group),
                                           std::move(category));

    feedback.setProgress(85.0, Tr::tr("Reading surveys and walks"));
    auto pins = st.surveyPins();
    auto walks = st.walks();
    auto findings = st.walkFindings();
    for (const QString &msg : {pins.errorMessage(), walks.errorMessage(), findings.errorMessage()}) {
        if (!msg.isEmpty())
            return Error{msg};
    }
    data->surveyPins = std::move(*pins);
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
