#include "app/layer_panel.h"

#include "render/map_furniture.h"

#include <QHeaderView>
#include <QLocale>
#include <QPainter>

namespace lb::app {

namespace {
constexpr int idRole = Qt::UserRole + 1;

QIcon legendIcon(const render::LegendItem &item, qreal dpr)
{
    QPixmap pixmap(QSize(22, 16) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    render::drawLegendSymbol(painter, item, QRectF(0, 0, 22, 16), 1.0);
    return QIcon(pixmap);
}
} // namespace

LayerPanel::LayerPanel(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(2);
    setHeaderLabels({tr("Layer"), tr("Count")});
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    setIconSize(QSize(22, 16));
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    setAlternatingRowColors(false);
    connect(this, &QTreeWidget::itemChanged, this, &LayerPanel::onItemChanged);
}

void LayerPanel::setLayers(const render::LayerList &layers, const QStringList &visibleIds)
{
    m_updating = true;
    clear();
    m_order.clear();
    const QLocale locale;
    // The top layer first, as it lies on the map.
    for (auto it = layers.rbegin(); it != layers.rend(); ++it) {
        const render::MapLayer &layer = **it;
        m_order.prepend(layer.id());
        auto *item = new QTreeWidgetItem(this);
        item->setText(0, layer.title());
        item->setData(0, idRole, layer.id());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(0, visibleIds.contains(layer.id()) ? Qt::Checked : Qt::Unchecked);
        if (layer.featureCount() >= 0)
            item->setText(1, locale.toString(layer.featureCount()));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        for (const render::LegendItem &legend : layer.legendItems()) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(0, legend.label);
            child->setIcon(0, legendIcon(legend, devicePixelRatioF()));
            child->setFlags(Qt::ItemIsEnabled);
            if (legend.count >= 0)
                child->setText(1, locale.toString(legend.count));
            child->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        }
        // Legends of the data layers open; the background map's stay folded away.
        const QString id = layer.id();
        item->setExpanded(id == QLatin1String("incidents") || id == QLatin1String("survey_pins") ||
                          id == QLatin1String("walks"));
    }
    m_updating = false;
}

QStringList LayerPanel::visibleLayers() const
{
    QStringList ids;
    for (const QString &id : m_order) {
        if (const QTreeWidgetItem *item = layerItem(id); item && item->checkState(0) == Qt::Checked)
            ids << id;
    }
    return ids;
}

void LayerPanel::setLayerVisible(const QString &id, bool visible)
{
    if (QTreeWidgetItem *item = layerItem(id))
        item->setCheckState(0, visible ? Qt::Checked : Qt::Unchecked);
}

QTreeWidgetItem *LayerPanel::layerItem(const QString &id) const
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->data(0, idRole).toString() == id)
            return topLevelItem(i);
    }
    return nullptr;
}

QString LayerPanel::layerIdAt(const QPoint &pos) const
{
    QTreeWidgetItem *item = itemAt(pos);
    while (item && item->parent())
        item = item->parent();
    return item ? item->data(0, idRole).toString() : QString();
}

void LayerPanel::onItemChanged(QTreeWidgetItem *item, int column)
{
    if (m_updating || column != 0 || item->parent())
        return;
    Q_EMIT visibleLayersChanged(visibleLayers());
}

} // namespace lb::app
