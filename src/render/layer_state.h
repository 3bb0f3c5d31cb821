#pragma once

// The user's arrangement of the store's own map layers (districts, incidents, survey pins,
// walks...): their order, whether each is shown, and its opacity; and how they draw (MapStyles:
// the incident style, the survey choropleth's round, each point layer's symbols and labels). Kept
// in the store itself (the lb_meta table, key "map_layers", as one JSON object), so it survives an
// import, an undo and reopening the file, and `lagesbild-cli render` and `print` draw the map as
// the desktop program shows it.
// Background maps keep their own list (base_map_list.h) and are not part of it. Call the store
// functions on the thread that owns the store.

#include "core/result.h"
#include "render/map_layers.h"
#include "render/map_settings.h"
#include "store/store.h"
#include "store/store_reader.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace lb::render {

struct LayerState {
    QString id;
    bool visible = true;
    double opacity = 1.0; // 0..1
    friend bool operator==(const LayerState &, const LayerState &) = default;
};

// Bottom to top; empty when the store has none (the program's default arrangement then).
std::vector<LayerState> readLayerStates(const store::Store &store);
std::vector<LayerState> readLayerStates(const store::StoreReader &store);
Status writeLayerStates(store::Store &store, const std::vector<LayerState> &states);

// The styles kept in the store; the defaults when it keeps none.
MapStyles readMapStyles(const store::Store &store);
MapStyles readMapStyles(const store::StoreReader &store);
// Writes the styles, keeping the stored layer states (and writeLayerStates keeps the styles).
Status writeMapStyles(store::Store &store, const MapStyles &styles);
// The styles as JSON and back (the "styles" part of the stored object).
QJsonObject mapStylesToJson(const MapStyles &styles);
MapStyles mapStylesFromJson(const QJsonObject &json);

// The states of the store's own layers in `layers` (render::standardLayerIds(), bottom to top);
// background maps, analysis results and tool overlays are left out.
std::vector<LayerState> captureLayerStates(const LayerList &layers, const QStringList &visibleIds,
                                           const QHash<QString, double> &opacities);

// Puts the layers named in `states` into the stored order, within the places they occupy in
// `layers`; the others (background maps, layers the store does not name) keep their places.
void applyLayerOrder(LayerList &layers, const std::vector<LayerState> &states);
// `visibleIds` with the stored visibility of every layer `states` names.
QStringList applyLayerVisibility(const QStringList &visibleIds, const std::vector<LayerState> &states);
// The opacities below 1 that `states` holds, by layer id.
QHash<QString, double> layerOpacities(const std::vector<LayerState> &states);

// A map about to be drawn (by `render` or `print`) as the desktop program shows it: the stored
// order and opacities, and the stored visibility unless the caller chose the layers itself.
void applyLayerStates(const std::vector<LayerState> &states, LayerList &layers, MapSettings &settings,
                      bool keepVisibility);

} // namespace lb::render
