#pragma once

// SurveyChoroplethLayer: the non-spatial answers of one survey round (the share of respondents
// answering yes to an indicator, such as feeling unsafe outdoors in the evening) as a fill of each
// district in five fixed classes of ten percentage points, so maps of different rounds compare
// like with like. Districts without an answer in that round are hatched grey and said to be
// unmeasured, never coloured as zero. The share is written under the district's name.
// Immutable; see map_layer.h for threading.

#include "render/map_data.h"
#include "render/map_layer.h"

#include <memory>
#include <optional>

namespace lb::render {

class SurveyChoroplethLayer final : public MapLayer {
public:
    SurveyChoroplethLayer(std::shared_ptr<const MapData> data, std::int64_t surveyId, const QString &indicator);
    QString id() const override;
    QString title() const override;
    Status draw(QPainter &painter, const RenderContext &context) const override;
    void drawLabels(QPainter &painter, const RenderContext &context) const override;
    // The classes with the number of districts in each, and the unmeasured ones.
    std::vector<LegendItem> legendItems() const override;
    // Districts with an answer.
    std::int64_t featureCount() const override;

    // Per district (MapData::districts), the share answering yes, or nothing when unmeasured.
    const std::vector<std::optional<double>> &shares() const { return m_shares; }

    // The round of `roundName` (a year, or a survey's name), or 0 when there is none.
    static std::int64_t findSurvey(const MapData &data, const QString &roundName);
    // "share feeling unsafe outdoors in the evening" for the known indicators, else the code.
    static QString indicatorLabel(const QString &indicator);

private:
    std::shared_ptr<const MapData> m_data;
    std::int64_t m_surveyId;
    QString m_indicator;
    std::vector<std::optional<double>> m_shares;
    std::vector<PointXY> m_labelPoints;
};

} // namespace lb::render
