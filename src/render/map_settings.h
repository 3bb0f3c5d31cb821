#pragma once

// MapSettings: everything a render needs to know about the view, as a plain value. The canvas
// keeps one, copies it into each render job, and the CLI and PDF exporter fill one in themselves,
// so every output goes through the same numbers. Copyable and safe to hand to any thread.
//
// The requested extent is widened to the output's aspect ratio (never cropped), so the visible
// extent always contains what was asked for and map units per pixel are the same in x and y.

#include "core/disclosure.h"
#include "core/geometry.h"
#include "core/time_span.h"

#include <QColor>
#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QStringList>

namespace lb::render {

class MapSettings {
public:
    Extent extent() const { return m_extent; }
    void setExtent(const Extent &extent) { m_extent = extent; }

    // Output size in device pixels.
    QSize outputSize() const { return m_outputSize; }
    void setOutputSize(QSize size) { m_outputSize = size; }

    // Resolution of the output; symbol and line sizes are given at 96 DPI and scaled by dpi / 96.
    double outputDpi() const { return m_dpi; }
    void setOutputDpi(double dpi) { m_dpi = dpi; }

    int epsg() const { return m_epsg; }
    void setEpsg(int epsg) { m_epsg = epsg; }

    // Ids of the layers to draw; the order of the layer list decides the drawing order.
    QStringList visibleLayers() const { return m_visibleLayers; }
    void setVisibleLayers(const QStringList &ids) { m_visibleLayers = ids; }
    bool isLayerVisible(const QString &id) const { return m_visibleLayers.contains(id); }

    // How opaque each layer is drawn, 0..1; a layer not named is drawn opaque.
    double layerOpacity(const QString &id) const { return m_opacities.value(id, 1.0); }
    QHash<QString, double> layerOpacities() const { return m_opacities; }
    void setLayerOpacities(const QHash<QString, double> &opacities) { m_opacities = opacities; }

    // Only incidents in this span are drawn; an invalid span means all of them.
    TimeSpan incidentSpan() const { return m_incidentSpan; }
    void setIncidentSpan(const TimeSpan &span) { m_incidentSpan = span; }

    // What the map may reveal of individual incidents (sensitive categories, small counts).
    DisclosureRules disclosure() const { return m_disclosure; }
    void setDisclosure(const DisclosureRules &rules) { m_disclosure = rules; }

    QColor backgroundColor() const { return m_background; }
    void setBackgroundColor(const QColor &c) { m_background = c; }

    bool isValid() const;
    // The extent actually shown: the requested one widened to the output's aspect ratio.
    Extent visibleExtent() const;
    double mapUnitsPerPixel() const;
    // 1:N for the output device's DPI, with metres as map units.
    double scaleDenominator() const;
    // Size factor for symbols and lines specified at 96 DPI.
    double pixelScale() const { return m_dpi / 96.0; }

    QPointF toPixel(PointXY p) const;
    PointXY toMap(QPointF pixel) const;
    QRectF toPixel(const Extent &e) const;

    // Settings for the same output with the view centred on `center` at `mapUnitsPerPixel`.
    MapSettings withCenterAndResolution(PointXY center, double mapUnitsPerPixel) const;
    // Zooms by `factor` (> 1 zooms in) keeping the map point under `pixel` where it is.
    MapSettings zoomedAt(QPointF pixel, double factor) const;
    // Moves the view by a pixel offset (dragging the map right moves the extent left).
    MapSettings panned(QPointF pixelDelta) const;

    friend bool operator==(const MapSettings &, const MapSettings &) = default;

private:
    Extent m_extent;
    QSize m_outputSize{800, 600};
    double m_dpi = 96.0;
    int m_epsg = 3006;
    QStringList m_visibleLayers;
    QHash<QString, double> m_opacities;
    TimeSpan m_incidentSpan;
    DisclosureRules m_disclosure;
    QColor m_background{0xe6, 0xe4, 0xdf};
};

// The fast form of MapSettings::toPixel for hot loops: a scale and an offset, no branches.
struct MapToPixel {
    double originX = 0.0; // map x at pixel 0
    double originY = 0.0; // map y at pixel 0 (the top edge)
    double unitsPerPixel = 1.0;

    explicit MapToPixel(const MapSettings &s);
    QPointF operator()(PointXY p) const { return {(p.x - originX) / unitsPerPixel, (originY - p.y) / unitsPerPixel}; }
};

} // namespace lb::render
