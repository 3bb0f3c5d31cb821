#pragma once

// CentreStackLayer: incidents whose stored position is only the centre of a district or of the
// municipality (police open data, hand-entered reports without an address). Each stack is drawn
// as one marked symbol with its count and "at the centre of X", never as an ordinary point that
// would look like an exact place. Sensitive incidents join the count only when the map's
// disclosure rules show single points. Immutable; see map_layer.h for threading.

#include "render/map_data.h"
#include "render/map_filter.h"
#include "render/map_layer.h"

#include <memory>

namespace lb::render {

class CentreStackLayer final : public MapLayer {
public:
    // Counts only the incidents `filter` accepts.
    explicit CentreStackLayer(std::shared_ptr<const MapData> data, const MapFilter &filter = {})
        : m_data(std::move(data))
        , m_filter(filter, *m_data)
    {}
    QString id() const override;
    QString title() const override;
    Status draw(QPainter &painter, const RenderContext &context) const override;
    void drawLabels(QPainter &painter, const RenderContext &context) const override;
    std::vector<LegendItem> legendItems() const override;
    std::int64_t featureCount() const override;

    // The count the map shows for stack `index` under these settings (time span, disclosure).
    std::int64_t shownCount(size_t index, const MapSettings &settings) const;

private:
    void drawSymbols(QPainter &painter, const RenderContext &context) const;

    std::int64_t countIn(const std::vector<Instant> &times, const std::vector<std::uint16_t> &categories,
                         const std::vector<std::uint8_t> &hours, const std::vector<std::uint16_t> &sources,
                         const CentreStack &stack, const TimeSpan &span) const;

    std::shared_ptr<const MapData> m_data;
    CompiledMapFilter m_filter;
};

} // namespace lb::render
