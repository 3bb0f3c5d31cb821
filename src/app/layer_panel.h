#pragma once

// LayerPanel: the layer list in its dock. One row per layer, top layer first, with a check box
// that shows or hides it, the number of features, and the layer's legend (symbols with labels and
// counts) as child rows. GUI thread only; reads the immutable layers it is given.

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

Q_SIGNALS:
    void visibleLayersChanged(const QStringList &ids);

private:
    void onItemChanged(QTreeWidgetItem *item, int column);

    QStringList m_order; // layer ids, bottom to top
    bool m_updating = false;
};

} // namespace lb::app
