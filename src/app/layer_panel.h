#pragma once

// LayerPanel: the layer list in its dock. One row per layer, top layer first, with a check box
// that shows or hides it, the number of features, and the layer's legend (symbols with labels and
// counts) as child rows. A layer is moved by dragging its row; background maps keep their own
// order below the data. GUI thread only; reads the immutable layers it is given.

#include "render/map_layers.h"

#include <QTreeWidget>

namespace lb::app {

class LayerPanel : public QTreeWidget {
    Q_OBJECT
public:
    explicit LayerPanel(QWidget *parent = nullptr);

    void setLayers(const render::LayerList &layers, const QStringList &visibleIds);
    QStringList visibleLayers() const;
    // Checks or unchecks a layer's box as a user would; emits visibleLayersChanged.
    void setLayerVisible(const QString &id, bool visible);
    QTreeWidgetItem *layerItem(const QString &id) const;
    // The id of the layer whose row (or legend row) is at `pos` in the viewport, or an empty string.
    QString layerIdAt(const QPoint &pos) const;
    // Layer ids, bottom to top, as the map draws them.
    QStringList layerOrder() const { return m_order; }
    // Moves a data layer to `index` in layerOrder() among the data layers it may pass (not below
    // or among the background maps); emits layerOrderChanged when the order changed.
    void moveLayer(const QString &id, int index);

Q_SIGNALS:
    void visibleLayersChanged(const QStringList &ids);
    // The user moved a layer; the new order, bottom to top.
    void layerOrderChanged(const QStringList &bottomToTop);

protected:
    void dropEvent(QDropEvent *event) override;

private:
    void onItemChanged(QTreeWidgetItem *item, int column);

    QStringList m_order; // layer ids, bottom to top
    bool m_updating = false;
};

} // namespace lb::app
