#pragma once

// How the incident layer draws its points, and the other per-layer choices of the map's standard
// layers, as one plain value. The desktop program keeps one for the open store, the CLI's render
// and print fill one from their options, so every output draws the same way. Copyable; any thread.

#include "render/layer_style.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <map>
#include <optional>

namespace lb::render {

enum class IncidentStyle {
    Points,    // one symbol per incident (hidden under an earlier one on the same pixel)
    Clusters,  // one circle with the count per patch of the screen; a lone incident as its point
    Hexagons,  // hexagonal bins filled by the number of incidents in them
    Automatic, // points when few enough for the view, clusters otherwise
    Heat,      // a kernel density of the shown points at screen resolution
};

// The CLI's names: points, clusters, hex, auto, heat.
QString incidentStyleName(IncidentStyle style);
std::optional<IncidentStyle> incidentStyleFromName(const QString &name);
QStringList incidentStyleNames();
// What the layer panel's menu calls it, in the UI language.
QString incidentStyleLabel(IncidentStyle style);

struct MapStyles {
    IncidentStyle incidents = IncidentStyle::Points;
    // The survey round (Survey::id) whose per-district answers are drawn as a choropleth below the
    // incidents; 0 draws none.
    std::int64_t choroplethSurvey = 0;
    // The indicator of the choropleth: the share answering yes, e.g. feeling unsafe in the evening.
    QString choroplethIndicator = QStringLiteral("unsafe_evening");
    // The symbols and labels of the point layers (styledLayerIds()) that differ from their defaults.
    std::map<QString, LayerStyle> layers;

    // The style of `layerId`: the one set, or defaultLayerStyle(layerId).
    LayerStyle layerStyle(const QString &layerId) const
    {
        const auto it = layers.find(layerId);
        return it == layers.end() ? defaultLayerStyle(layerId) : it->second;
    }
    void setLayerStyle(const QString &layerId, const LayerStyle &style)
    {
        if (style == defaultLayerStyle(layerId))
            layers.erase(layerId);
        else
            layers[layerId] = style;
    }

    friend bool operator==(const MapStyles &, const MapStyles &) = default;
};

} // namespace lb::render
