#pragma once

// RasterOverlayLayer: an analysis result drawn over the map — a kernel-density heat map or the
// cells of a hot spot analysis — as one georeferenced image in the store's CRS. The image is
// made once on the thread that ran the analysis (from plain values and a colour function) and
// never changes, so any number of render jobs may draw the layer at once (see map_layer.h).
//
// Values are coloured when the layer is built: density rasters through a colour ramp with a
// legend of its classes, hot spot cells through their confidence bin.

#include "render/map_layer.h"

#include <QImage>

#include <functional>
#include <span>

namespace lb::render {

class RasterOverlayLayer final : public MapLayer {
public:
    // `image` covers `extent` (its top-left pixel at the extent's top-left corner). `smooth` draws
    // it with bilinear filtering (a continuous surface) instead of crisp cells.
    RasterOverlayLayer(QString id, QString title, QImage image, Extent extent, std::vector<LegendItem> legend,
                       double opacity = 0.75, bool smooth = true);

    QString id() const override { return m_id; }
    QString title() const override { return m_title; }
    Status draw(QPainter &painter, const RenderContext &context) const override;
    std::vector<LegendItem> legendItems() const override { return m_legend; }

    const QImage &image() const { return m_image; }
    Extent extent() const { return m_extent; }

    // A continuous raster (rows top to bottom, `cols` wide) coloured with the heat ramp from 0 to
    // `scaleMax`; values at or below `floor` are transparent. The legend gets `classes` steps
    // labelled with `unit`.
    static std::shared_ptr<RasterOverlayLayer> heatMap(QString id, QString title, std::span<const float> values,
                                                       int cols, int rows, Extent extent, double scaleMax,
                                                       const QString &unit, int classes = 5);

    // The heat ramp at t in [0, 1]: transparent yellow through orange to dark red.
    static QColor heatColor(double t);

private:
    QString m_id;
    QString m_title;
    QImage m_image;
    Extent m_extent;
    std::vector<LegendItem> m_legend;
    double m_opacity;
    bool m_smooth;
};

} // namespace lb::render
