#pragma once

// The background layers of the map: the municipality (land inside, a strong outline), water,
// roads by class, and the districts with their names. Each draws from a shared MapData snapshot;
// see map_layer.h for the threading rules.

#include "render/map_data.h"
#include "render/map_layer.h"

#include <memory>

namespace lb::render {

class MunicipalityLayer final : public MapLayer {
public:
    explicit MunicipalityLayer(std::shared_ptr<const MapData> data)
        : m_data(std::move(data))
    {}
    QString id() const override;
    QString title() const override;
    Status draw(QPainter &painter, const RenderContext &context) const override;
    std::vector<LegendItem> legendItems() const override;

private:
    std::shared_ptr<const MapData> m_data;
};

class WaterLayer final : public MapLayer {
public:
    explicit WaterLayer(std::shared_ptr<const MapData> data)
        : m_data(std::move(data))
    {}
    QString id() const override;
    QString title() const override;
    Status draw(QPainter &painter, const RenderContext &context) const override;
    std::vector<LegendItem> legendItems() const override;

private:
    std::shared_ptr<const MapData> m_data;
};

class RoadsLayer final : public MapLayer {
public:
    explicit RoadsLayer(std::shared_ptr<const MapData> data)
        : m_data(std::move(data))
    {}
    QString id() const override;
    QString title() const override;
    Status draw(QPainter &painter, const RenderContext &context) const override;
    std::vector<LegendItem> legendItems() const override;

private:
    std::shared_ptr<const MapData> m_data;
};

class DistrictsLayer final : public MapLayer {
public:
    explicit DistrictsLayer(std::shared_ptr<const MapData> data);
    QString id() const override;
    QString title() const override;
    Status draw(QPainter &painter, const RenderContext &context) const override;
    // District names with a white halo; a name that does not fit its district on screen, or
    // would overlap another, is left out.
    void drawLabels(QPainter &painter, const RenderContext &context) const override;
    std::vector<LegendItem> legendItems() const override;
    std::int64_t featureCount() const override { return std::int64_t(m_data->districts.size()); }

private:
    std::shared_ptr<const MapData> m_data;
    std::vector<PointXY> m_labelPoints; // one per district, computed once
};

} // namespace lb::render
