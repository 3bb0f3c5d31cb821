#include "app/base_map_controller.h"

#include "app/base_map_dialog.h"
#include "app/dialog_service.h"
#include "app/layer_panel.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "app/shared_store.h"
#include "app/store_watcher.h"
#include "render/base_map_layer.h"
#include "report/base_map_sources.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

namespace lb::app {

BaseMapController::BaseMapController(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("baseMapController"));
}

BaseMapController *BaseMapController::install(MainWindow *window)
{
    auto *controller = new BaseMapController(window);
    // Other parts of the program may add to the same Layer menu.
    QMenu *menu = window->menuBar()->findChild<QMenu *>(QStringLiteral("layerMenu"));
    if (!menu) {
        menu = window->menuBar()->addMenu(tr("&Layer"));
        menu->setObjectName(QStringLiteral("layerMenu"));
    }
    QAction *add = menu->addAction(tr("Add &background map…"), controller, &BaseMapController::chooseAndAdd);
    add->setObjectName(QStringLiteral("addBaseMapAction"));
    add->setEnabled(false);
    connect(window, &MainWindow::storeOpened, controller, [controller, add](const QString &path) {
        add->setEnabled(true);
        controller->load(path);
    });
    LayerPanel *panel = window->layerPanel();
    panel->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(panel, &QWidget::customContextMenuRequested, controller, &BaseMapController::showContextMenu);
    connect(panel, &LayerPanel::visibleLayersChanged, controller, &BaseMapController::onVisibleLayersChanged);
    return controller;
}

void BaseMapController::load(const QString &storePath)
{
    m_storePath = storePath;
    m_epsg = m_window->mapData() ? m_window->mapData()->epsg : 3006;
    m_entries.clear();
    m_sources.clear();
    if (auto st = store::Store::open(storePath, store::Store::Mode::ReadOnly))
        m_entries = render::readBaseMaps(**st, storePath);
    QStringList problems;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    for (const render::BaseMapEntry &e : m_entries) {
        auto source = report::openBaseMapSource(e, m_epsg);
        if (source)
            m_sources[e.layerId()] = *source;
        else
            problems << e.title + QStringLiteral(": ") + source.errorMessage();
    }
    QApplication::restoreOverrideCursor();
    // A missing map file is reported and kept in the list, so it returns when the file does.
    if (!problems.isEmpty())
        m_window->statusBar()->showMessage(tr("Background map not shown: %1").arg(problems.join(QStringLiteral("; "))));
    apply();
}

void BaseMapController::apply()
{
    render::LayerList base;
    for (const render::BaseMapEntry &e : m_entries)
        if (auto it = m_sources.find(e.layerId()); it != m_sources.end())
            base.push_back(std::make_shared<render::BaseMapLayer>(e, it->second));
    render::LayerList layers = m_window->canvas()->layers();
    render::insertBaseMapLayers(layers, base);
    QStringList visible = m_window->canvas()->visibleLayers();
    visible.removeIf([](const QString &id) { return render::isBaseMapLayerId(id); });
    for (const render::BaseMapEntry &e : m_entries)
        if (e.visible)
            visible << e.layerId();
    m_window->layerPanel()->setLayers(layers, visible);
    m_window->canvas()->setLayers(layers, m_epsg);
    m_window->canvas()->setVisibleLayers(visible);
    Q_EMIT baseMapsChanged();
}

void BaseMapController::save()
{
    if (isSharedStore(m_storePath)) {
        m_window->statusBar()->showMessage(
            tr("The background maps are kept for this session only: a shared store does not keep them yet."));
        return;
    }
    // The window's own write is not "a change by another program".
    m_window->storeWatcher()->suspend();
    Status written;
    {
        auto st = store::Store::open(m_storePath, store::Store::Mode::ReadWrite);
        written = st ? render::writeBaseMaps(**st, m_storePath, m_entries) : Status(st.error());
    }
    m_window->storeWatcher()->resume();
    if (!written)
        m_window->statusBar()->showMessage(
            tr("The background maps could not be saved: %1").arg(written.errorMessage()));
}

QString BaseMapController::addBaseMap(const render::BaseMapEntry &entry)
{
    if (m_storePath.isEmpty())
        return tr("Open a store first.");
    if (indexOf(entry.layerId()) >= 0)
        return tr("%1 is already a background map.").arg(entry.title);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto source = report::openBaseMapSource(entry, m_epsg);
    QApplication::restoreOverrideCursor();
    if (!source)
        return source.errorMessage();
    m_entries.push_back(entry);
    m_sources[entry.layerId()] = *source;
    save();
    apply();
    return {};
}

void BaseMapController::chooseAndAdd()
{
    BaseMapDialog dialog(m_window->dialogs(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString error = addBaseMap(dialog.entry());
    if (!error.isEmpty())
        m_window->dialogs()->showError(m_window, tr("Add a background map"), error);
}

void BaseMapController::removeBaseMap(const QString &layerId)
{
    const int i = indexOf(layerId);
    if (i < 0)
        return;
    m_entries.erase(m_entries.begin() + i);
    m_sources.erase(layerId);
    save();
    apply();
}

void BaseMapController::setOpacity(const QString &layerId, double opacity)
{
    const int i = indexOf(layerId);
    if (i < 0)
        return;
    m_entries[size_t(i)].opacity = std::clamp(opacity, 0.0, 1.0);
    save();
    apply();
}

void BaseMapController::move(const QString &layerId, int delta)
{
    const int i = indexOf(layerId);
    const int j = i + delta;
    if (i < 0 || j < 0 || j >= int(m_entries.size()))
        return;
    std::swap(m_entries[size_t(i)], m_entries[size_t(j)]);
    save();
    apply();
}

void BaseMapController::onVisibleLayersChanged(const QStringList &ids)
{
    bool changed = false;
    for (render::BaseMapEntry &e : m_entries) {
        const bool visible = ids.contains(e.layerId());
        if (m_sources.count(e.layerId()) && e.visible != visible) {
            e.visible = visible;
            changed = true;
        }
    }
    if (changed)
        save();
}

void BaseMapController::showContextMenu(const QPoint &pos)
{
    LayerPanel *panel = m_window->layerPanel();
    const QString id = panel->layerIdAt(pos);
    if (indexOf(id) < 0)
        return;
    QMenu menu(panel);
    QMenu *opacity = menu.addMenu(tr("Opacity"));
    for (int percent : {100, 75, 50, 25}) {
        QAction *a = opacity->addAction(QLocale().toString(percent) + QStringLiteral(" %"), this,
                                        [this, id, percent] { setOpacity(id, percent / 100.0); });
        a->setCheckable(true);
        a->setChecked(std::abs(m_entries[size_t(indexOf(id))].opacity * 100.0 - percent) < 1.0);
    }
    menu.addAction(tr("Move up"), this, [this, id] { move(id, +1); })
        ->setEnabled(indexOf(id) + 1 < int(m_entries.size()));
    menu.addAction(tr("Move down"), this, [this, id] { move(id, -1); })->setEnabled(indexOf(id) > 0);
    menu.addSeparator();
    menu.addAction(tr("Remove background map"), this, [this, id] { removeBaseMap(id); });
    menu.exec(panel->viewport()->mapToGlobal(pos));
}

int BaseMapController::indexOf(const QString &layerId) const
{
    for (size_t i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].layerId() == layerId)
            return int(i);
    return -1;
}

} // namespace lb::app
