#include "app/layer_panel.h"

#include "render/base_map_layer.h"
#include "render/map_furniture.h"

#include <QDropEvent>
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
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragDropMode(QAbstractItemView::InternalMove);
    setDropIndicatorShown(true);
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
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable |
                       (render::isBaseMapLayerId(layer.id()) ? Qt::NoItemFlags : Qt::ItemIsDragEnabled));
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

void LayerPanel::moveLayer(const QString &id, int index)
{
    const auto from = m_order.indexOf(id);
    if (from < 0 || render::isBaseMapLayerId(id))
        return;
    // Data layers lie above every background map.
    int lowest = 0;
    while (lowest < m_order.size() && render::isBaseMapLayerId(m_order[lowest]))
        ++lowest;
    index = std::clamp(index, lowest, static_cast<int>(m_order.size()) - 1);
    if (index == from)
        return;
    m_order.move(from, index);
    Q_EMIT layerOrderChanged(m_order);
}

void LayerPanel::dropEvent(QDropEvent *event)
{
    // The panel is rebuilt from the reordered layers; Qt's own move of the row is not wanted.
    const QPoint pos = event->position().toPoint();
    const QString target = layerIdAt(pos);
    QTreeWidgetItem *dragged = currentItem();
    while (dragged && dragged->parent())
        dragged = dragged->parent();
    event->setDropAction(Qt::IgnoreAction);
    event->accept();
    if (!dragged || target.isEmpty())
        return;
    const QString id = dragged->data(0, idRole).toString();
    if (id == target)
        return;
    const int from = m_order.indexOf(id);
    int to = m_order.indexOf(target);
    // Rows list the top layer first: dropping on the upper half of a row puts the layer above it.
    QTreeWidgetItem *targetItem = layerItem(target);
    const bool above = pos.y() < visualItemRect(targetItem).center().y();
    if (above && to < from)
        ++to;
    else if (!above && to > from)
        --to;
    moveLayer(id, to);
}

void LayerPanel::onItemChanged(QTreeWidgetItem *item, int column)
{
    if (m_updating || column != 0 || item->parent())
        return;
    Q_EMIT visibleLayersChanged(visibleLayers());
}

} // namespace lb::app
