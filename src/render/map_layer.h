#pragma once

// MapLayer: one drawable layer of the map. A layer holds immutable data (usually a shared
// MapData snapshot) and draws it onto a QPainter for given MapSettings; draw() is const and
// touches no shared mutable state, so one layer object may be drawn by several render jobs on
// different threads at once. Layers are created on any thread and shared as
// std::shared_ptr<const MapLayer>.

#include "core/feedback.h"
#include "core/result.h"
#include "render/map_settings.h"

#include <QColor>
#include <QPainter>
#include <QString>

#include <vector>

namespace lb::render {

// What the legend shows for one symbol of a layer.
struct LegendItem {
    enum class Symbol {
        Circle,
        Square,
        Pin,
        Line,
        DashedLine,
        Fill,
        Outline,
        CentreStack,
        SensitiveBadge,
        Triangle,
        Diamond
    };
    Symbol symbol = Symbol::Circle;
    QColor color;
    QString label;
    std::int64_t count = -1; // number of features, or -1 when not counted
    double sizeFactor = 1.0; // a graduated style's class: its symbol's size relative to the others
};

// Per-draw state handed to the layers by the renderer.
struct RenderContext {
    const MapSettings &settings;
    MapToPixel toPixel;
    Feedback &feedback;
    // True when drawing into a raster image: layers may blit cached symbol images and skip
    // points hidden under others. Vector outputs (PDF) get real vector symbols.
    bool rasterTarget = true;

    double px(double size96) const { return size96 * settings.pixelScale(); }
};

class MapLayer {
public:
    virtual ~MapLayer() = default;

    // Stable id used in MapSettings::visibleLayers, the CLI's --layers and saved settings.
    virtual QString id() const = 0;
    // Name shown to the user, in the UI language.
    virtual QString title() const = 0;
    // Draws the layer; returns an error (as data) when it cannot. Polls context.feedback and
    // returns early when canceled.
    virtual Status draw(QPainter &painter, const RenderContext &context) const = 0;
    // Draws the layer's labels. The renderer calls this after every layer's draw(), so names stay
    // readable above dense point layers.
    virtual void drawLabels(QPainter &painter, const RenderContext &context) const
    {
        Q_UNUSED(painter);
        Q_UNUSED(context);
    }
    virtual std::vector<LegendItem> legendItems() const { return {}; }
    // Number of features, shown next to the title; -1 when not meaningful.
    virtual std::int64_t featureCount() const { return -1; }
};

} // namespace lb::render
