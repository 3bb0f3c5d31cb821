#include "render/layer_state.h"

#include "render/base_map_layer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace lb::render {

namespace {
const QString metaKey = QStringLiteral("map_layers");

const LayerState *findState(const std::vector<LayerState> &states, const QString &id)
{
    const auto it = std::find_if(states.begin(), states.end(), [&](const LayerState &s) { return s.id == id; });
    return it == states.end() ? nullptr : &*it;
}

// The stored object. Stores written before styles were kept hold only the array of layer states.
// Either store kind has metaValue; Store and StoreReader share no base.
template <typename AnyStore> QJsonObject storedObject(const AnyStore &store)
{
    const std::optional<QString> text = store.metaValue(metaKey);
    if (!text)
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(text->toUtf8());
    if (doc.isArray())
        return QJsonObject{{QStringLiteral("layers"), doc.array()}};
    return doc.object();
}

Status writeObject(store::Store &store, const QJsonObject &object)
{
    return store.setMetaValue(metaKey, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}
} // namespace

std::vector<LayerState> readLayerStates(const store::Store &store)
{
    return readLayerStates(*store::readerFor(store));
}

std::vector<LayerState> readLayerStates(const store::StoreReader &store)
{
    std::vector<LayerState> out;
    for (const QJsonValue &v : storedObject(store).value(QStringLiteral("layers")).toArray()) {
        const QJsonObject o = v.toObject();
        LayerState s;
        s.id = o.value(QStringLiteral("id")).toString();
        s.visible = o.value(QStringLiteral("visible")).toBool(true);
        s.opacity = std::clamp(o.value(QStringLiteral("opacity")).toDouble(1.0), 0.0, 1.0);
        if (!s.id.isEmpty() && !isBaseMapLayerId(s.id) && !findState(out, s.id))
            out.push_back(s);
    }
    return out;
}

Status writeLayerStates(store::Store &store, const std::vector<LayerState> &states)
{
    QJsonArray list;
    for (const LayerState &s : states)
        list.append(QJsonObject{{QStringLiteral("id"), s.id},
                                {QStringLiteral("visible"), s.visible},
                                {QStringLiteral("opacity"), s.opacity}});
    QJsonObject object = storedObject(store);
    object.insert(QStringLiteral("layers"), list);
    return writeObject(store, object);
}

QJsonObject mapStylesToJson(const MapStyles &styles)
{
    QJsonObject layers;
    for (const auto &[id, style] : styles.layers)
        layers.insert(id, style.toJson());
    QJsonObject o{{QStringLiteral("incidents"), incidentStyleName(styles.incidents)},
                  {QStringLiteral("layers"), layers}};
    if (styles.choroplethSurvey != 0)
        o.insert(QStringLiteral("choropleth"),
                 QJsonObject{{QStringLiteral("survey"), QString::number(styles.choroplethSurvey)},
                             {QStringLiteral("indicator"), styles.choroplethIndicator}});
    return o;
}

MapStyles mapStylesFromJson(const QJsonObject &json)
{
    MapStyles styles;
    if (const auto s = incidentStyleFromName(json.value(QStringLiteral("incidents")).toString()))
        styles.incidents = *s;
    const QJsonObject choropleth = json.value(QStringLiteral("choropleth")).toObject();
    styles.choroplethSurvey = choropleth.value(QStringLiteral("survey")).toString().toLongLong();
    const QString indicator = choropleth.value(QStringLiteral("indicator")).toString();
    if (!indicator.isEmpty())
        styles.choroplethIndicator = indicator;
    const QJsonObject layers = json.value(QStringLiteral("layers")).toObject();
    for (const QString &id : styledLayerIds())
        if (layers.contains(id))
            styles.setLayerStyle(id, LayerStyle::fromJson(layers.value(id).toObject(), defaultLayerStyle(id)));
    return styles;
}

MapStyles readMapStyles(const store::Store &store)
{
    return mapStylesFromJson(storedObject(store).value(QStringLiteral("styles")).toObject());
}

MapStyles readMapStyles(const store::StoreReader &store)
{
    return mapStylesFromJson(storedObject(store).value(QStringLiteral("styles")).toObject());
}

Status writeMapStyles(store::Store &store, const MapStyles &styles)
{
    QJsonObject object = storedObject(store);
    object.insert(QStringLiteral("styles"), mapStylesToJson(styles));
    return writeObject(store, object);
}

std::vector<LayerState> captureLayerStates(const LayerList &layers, const QStringList &visibleIds,
                                           const QHash<QString, double> &opacities)
{
    std::vector<LayerState> out;
    for (const auto &layer : layers) {
        const QString id = layer->id();
        if (standardLayerIds().contains(id))
            out.push_back({id, visibleIds.contains(id), opacities.value(id, 1.0)});
    }
    return out;
}

void applyLayerOrder(LayerList &layers, const std::vector<LayerState> &states)
{
    auto rank = [&](const QString &id) {
        for (std::size_t i = 0; i < states.size(); ++i)
            if (states[i].id == id)
                return static_cast<long>(i);
        return -1L;
    };
    // The places held by named layers, and those layers in the stored order.
    std::vector<std::size_t> slots;
    LayerList named;
    for (std::size_t i = 0; i < layers.size(); ++i)
        if (rank(layers[i]->id()) >= 0) {
            slots.push_back(i);
            named.push_back(layers[i]);
        }
    std::stable_sort(named.begin(), named.end(),
                     [&](const auto &a, const auto &b) { return rank(a->id()) < rank(b->id()); });
    for (std::size_t k = 0; k < slots.size(); ++k)
        layers[slots[k]] = named[k];
}

QStringList applyLayerVisibility(const QStringList &visibleIds, const std::vector<LayerState> &states)
{
    QStringList out = visibleIds;
    for (const LayerState &s : states) {
        out.removeAll(s.id);
        if (s.visible)
            out << s.id;
    }
    return out;
}

QHash<QString, double> layerOpacities(const std::vector<LayerState> &states)
{
    QHash<QString, double> out;
    for (const LayerState &s : states)
        if (s.opacity < 1.0)
            out.insert(s.id, s.opacity);
    return out;
}

void applyLayerStates(const std::vector<LayerState> &states, LayerList &layers, MapSettings &settings,
                      bool keepVisibility)
{
    applyLayerOrder(layers, states);
    if (!keepVisibility)
        settings.setVisibleLayers(applyLayerVisibility(settings.visibleLayers(), states));
    settings.setLayerOpacities(layerOpacities(states));
}

} // namespace lb::render
