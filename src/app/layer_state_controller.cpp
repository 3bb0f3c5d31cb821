#include "app/layer_state_controller.h"

#include "app/layer_panel.h"
#include "app/layer_style_dialog.h"
#include "app/layer_style_menu.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "app/shared_store.h"
#include "app/store_watcher.h"
#include "render/base_map_layer.h"
#include "render/map_data.h"

#include <QAction>
#include <QLocale>
#include <QMenu>
#include <QStatusBar>

#include <cmath>

namespace lb::app {

LayerStateController::LayerStateController(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("layerStateController"));
}

LayerStateController *LayerStateController::install(MainWindow *window, QMenu *viewMenu)
{
    auto *c = new LayerStateController(window);
    c->m_furniture = viewMenu->addAction(tr("Legend, title and north arrow on the map"));
    c->m_furniture->setObjectName(QStringLiteral("actionMapFurniture"));
    c->m_furniture->setCheckable(true);
    c->m_furniture->setToolTip(tr("For a projector: the map shows its legend, the store's name with the filter, "
                                  "and a north arrow."));
    connect(c->m_furniture, &QAction::toggled, c, &LayerStateController::updateFurniture);
    connect(window, &MainWindow::mapFilterChanged, c, &LayerStateController::updateFurniture);
    connect(window, &MainWindow::storeOpened, c, &LayerStateController::load);
    LayerPanel *panel = window->layerPanel();
    panel->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(panel, &QWidget::customContextMenuRequested, c, &LayerStateController::showContextMenu);
    connect(panel, &LayerPanel::visibleLayersChanged, c, &LayerStateController::save);
    connect(panel, &LayerPanel::layerOrderChanged, c, &LayerStateController::reorder);
    connect(window, &MainWindow::mapStylesChanged, c, &LayerStateController::saveStyles);
    return c;
}

void LayerStateController::load(const QString &storePath)
{
    m_storePath = storePath;
    std::vector<render::LayerState> states;
    if (auto st = store::Store::open(storePath, store::Store::Mode::ReadOnly))
        states = render::readLayerStates(**st);
    MapCanvas *canvas = m_window->canvas();
    canvas->setLayerOpacities(render::layerOpacities(states));
    if (!states.empty()) {
        render::LayerList layers = canvas->layers();
        render::applyLayerOrder(layers, states);
        const QStringList visible = render::applyLayerVisibility(canvas->visibleLayers(), states);
        m_loading = true; // restoring is not a change to save
        m_window->layerPanel()->setLayers(layers, visible);
        canvas->setLayers(layers, m_window->mapData() ? m_window->mapData()->epsg : 3006);
        canvas->setVisibleLayers(visible);
        m_loading = false;
    }
    updateFurniture();
}

void LayerStateController::reorder(const QStringList &bottomToTop)
{
    MapCanvas *canvas = m_window->canvas();
    render::LayerList layers = canvas->layers();
    std::stable_sort(layers.begin(), layers.end(), [&](const auto &a, const auto &b) {
        return bottomToTop.indexOf(a->id()) < bottomToTop.indexOf(b->id());
    });
    m_window->layerPanel()->setLayers(layers, canvas->visibleLayers());
    canvas->setLayers(layers, m_window->mapData() ? m_window->mapData()->epsg : 3006);
    save();
}

void LayerStateController::move(const QString &layerId, int steps)
{
    LayerPanel *panel = m_window->layerPanel();
    const auto at = panel->layerOrder().indexOf(layerId);
    if (at >= 0)
        panel->moveLayer(layerId, static_cast<int>(at) + steps);
}

void LayerStateController::setOpacity(const QString &layerId, double opacity)
{
    MapCanvas *canvas = m_window->canvas();
    QHash<QString, double> opacities = canvas->settings().layerOpacities();
    if (opacity >= 1.0)
        opacities.remove(layerId);
    else
        opacities.insert(layerId, std::clamp(opacity, 0.05, 1.0));
    canvas->setLayerOpacities(opacities);
    save();
}

void LayerStateController::save()
{
    // A shared store does not keep one user's layer order yet; it lasts for the session.
    if (m_loading || m_storePath.isEmpty() || isSharedStore(m_storePath))
        return;
    MapCanvas *canvas = m_window->canvas();
    // The panel's ticks: the canvas may learn of a changed tick only after this slot.
    const auto states = render::captureLayerStates(canvas->layers(), m_window->layerPanel()->visibleLayers(),
                                                   canvas->settings().layerOpacities());
    if (!write([&states](store::Store &st) { return render::writeLayerStates(st, states); }))
        return;
}

void LayerStateController::saveStyles(const render::MapStyles &styles)
{
    if (m_storePath.isEmpty())
        return;
    write([&styles](store::Store &st) { return render::writeMapStyles(st, styles); });
}

bool LayerStateController::write(const std::function<Status(store::Store &)> &what)
{
    // The window's own write is not "a change by another program".
    m_window->storeWatcher()->suspend();
    Status written;
    {
        auto st = store::Store::open(m_storePath, store::Store::Mode::ReadWrite);
        written = st ? what(**st) : Status(st.error());
    }
    m_window->storeWatcher()->resume();
    if (!written)
        m_window->statusBar()->showMessage(tr("The layer order could not be saved: %1").arg(written.errorMessage()));
    return bool(written);
}

void LayerStateController::openStyleDialog(const QString &layerId)
{
    auto *dialog = new LayerStyleDialog(m_window, layerId);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void LayerStateController::showContextMenu(const QPoint &pos)
{
    LayerPanel *panel = m_window->layerPanel();
    const QString id = panel->layerIdAt(pos);
    if (id.isEmpty() || render::isBaseMapLayerId(id)) // background maps have their own menu
        return;
    const QStringList order = panel->layerOrder();
    const auto at = order.indexOf(id);
    QMenu menu(panel);
    QMenu *opacity = menu.addMenu(tr("Opacity"));
    const double now = m_window->canvas()->settings().layerOpacity(id);
    for (int percent : {100, 75, 50, 25}) {
        QAction *a = opacity->addAction(QLocale().toString(percent) + QStringLiteral(" %"), this,
                                        [this, id, percent] { setOpacity(id, percent / 100.0); });
        a->setCheckable(true);
        a->setChecked(std::abs(now * 100.0 - percent) < 1.0);
    }
    menu.addAction(tr("Move up"), this, [this, id] { move(id, +1); })->setEnabled(at + 1 < order.size());
    menu.addAction(tr("Move down"), this, [this, id] { move(id, -1); })
        ->setEnabled(at > 0 && !render::isBaseMapLayerId(order[at - 1]));
    if (render::styledLayerIds().contains(id)) {
        menu.addSeparator();
        QAction *style = menu.addAction(tr("Style…"), this, [this, id] { openStyleDialog(id); });
        style->setObjectName(QStringLiteral("actionLayerStyle"));
    }
    // How the layer draws (incident styles, the survey choropleth), where it has a choice.
    if (const auto *styles = m_window->findChild<LayerStyleMenu *>())
        if (QMenu *style = styles->menuFor(id, &menu)) {
            menu.addSeparator();
            menu.addMenu(style);
        }
    menu.exec(panel->viewport()->mapToGlobal(pos));
}

void LayerStateController::updateFurniture()
{
    QString title;
    if (const auto data = m_window->mapData()) {
        title = data->name;
        const QString filter = m_window->mapFilter().describe(data->timeZone);
        if (!filter.isEmpty())
            title += QStringLiteral(" · ") + filter;
    }
    m_window->canvas()->setFurniture(m_furniture->isChecked(), title);
}

} // namespace lb::app
