#include "app/base_map_controller.h"

#include "app/base_map_dialog.h"
#include "app/base_map_style_dialog.h"
#include "app/dialog_service.h"
#include "app/layer_panel.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "app/shared_store.h"
#include "app/store_watcher.h"
#include "render/base_map_layer.h"
#include "report/base_map_sources.h"

#include <QAction>
#include <QFutureWatcher>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

namespace lb::app {

BaseMapController::BaseMapController(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    setObjectName(QStringLiteral("baseMapController"));
    connect(m_window->canvas(), &MapCanvas::renderFinished, this, [this] {
        if (m_frameWanted) {
            m_frameWanted = false;
            m_window->canvas()->refresh();
        }
    });
}

BaseMapController::~BaseMapController()
{
    // The sources may outlive this in a running render job; they must not call back.
    for (const auto &[id, source] : m_sources)
        source->detach();
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
    // The same store read again (after an import, an undo) keeps the base maps it has open.
    std::map<QString, std::shared_ptr<const render::AsyncBaseMapSource>> kept;
    if (storePath == m_storePath)
        kept.swap(m_sources);
    for (const auto &[id, source] : m_sources)
        source->detach();
    m_sources.clear();
    m_storePath = storePath;
    m_epsg = m_window->mapData() ? m_window->mapData()->epsg : 3006;
    ++m_generation;
    m_entries.clear();
    if (auto st = store::Store::open(storePath, store::Store::Mode::ReadOnly))
        m_entries = render::readBaseMaps(**st, storePath);
    for (const render::BaseMapEntry &e : m_entries) {
        if (auto it = kept.find(e.layerId()); it != kept.end()) {
            m_sources.insert(kept.extract(it));
            continue;
        }
        open(e, [this, e](Opened source) {
            if (indexOf(e.layerId()) < 0)
                return;
            // A missing map file is reported and kept in the list, so it returns when the file does.
            if (!source) {
                m_window->statusBar()->showMessage(
                    tr("Background map not shown: %1").arg(e.title + QStringLiteral(": ") + source.errorMessage()));
                return;
            }
            keepSource(e.layerId(), *source);
            apply();
        });
    }
    for (const auto &[id, source] : kept)
        source->detach();
    apply();
}

void BaseMapController::open(const render::BaseMapEntry &entry, std::function<void(Opened)> done)
{
    auto *watcher = new QFutureWatcher<Opened>(this);
    const int generation = m_generation;
    ++m_opening;
    const QString message = tr("Opening background map %1…").arg(entry.title);
    m_window->statusBar()->showMessage(message);
    connect(watcher, &QFutureWatcher<Opened>::finished, this,
            [this, watcher, generation, message, done = std::move(done)] {
                watcher->deleteLater();
                --m_opening;
                if (generation != m_generation)
                    return;
                if (m_window->statusBar()->currentMessage() == message)
                    m_window->statusBar()->clearMessage();
                done(watcher->result());
            });
    watcher->setFuture(
        QtConcurrent::run([entry, epsg = m_epsg]() -> Opened { return report::openBaseMapSource(entry, epsg); }));
}

void BaseMapController::keepSource(const QString &layerId, std::shared_ptr<const render::BaseMapSource> source)
{
    dropSource(layerId);
    // Called on a loader thread; the call is queued to this object's (the GUI) thread.
    m_sources[layerId] = std::make_shared<render::AsyncBaseMapSource>(std::move(source), [this] {
        ++m_changesQueued;
        QMetaObject::invokeMethod(this, &BaseMapController::onSourceChanged, Qt::QueuedConnection);
    });
}

void BaseMapController::dropSource(const QString &layerId)
{
    if (auto it = m_sources.find(layerId); it != m_sources.end()) {
        it->second->detach();
        m_sources.erase(it);
    }
}

void BaseMapController::onSourceChanged()
{
    --m_changesQueued;
    // A frame in progress is let finish (a new one would cancel it, and tiles arriving every
    // few hundred milliseconds could then keep a slow map from ever being drawn).
    if (m_window->canvas()->isRendering())
        m_frameWanted = true;
    else
        m_window->canvas()->refresh();
}

bool BaseMapController::isLoading() const
{
    return m_opening > 0 || m_frameWanted || m_changesQueued > 0 ||
           std::any_of(m_sources.begin(), m_sources.end(), [](const auto &s) { return s.second->isLoading(); });
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
    open(entry, [this, entry](Opened source) {
        if (!source) {
            m_window->dialogs()->showError(m_window, tr("Add a background map"), source.errorMessage());
            return;
        }
        if (indexOf(entry.layerId()) >= 0)
            return;
        m_entries.push_back(entry);
        keepSource(entry.layerId(), *source);
        save();
        apply();
    });
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
    dropSource(layerId);
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

void BaseMapController::setStyle(const QString &layerId, const render::BaseMapStyle &style)
{
    const int i = indexOf(layerId);
    if (i < 0 || m_entries[size_t(i)].style == style)
        return;
    m_entries[size_t(i)].style = style;
    save();
    apply();
}

void BaseMapController::chooseStyle(const QString &layerId)
{
    const int i = indexOf(layerId);
    if (i < 0)
        return;
    const render::BaseMapEntry &e = m_entries[size_t(i)];
    BaseMapStyleDialog dialog(e.title, e.style, m_window);
    if (dialog.exec() == QDialog::Accepted)
        setStyle(layerId, dialog.style());
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
    if (auto it = m_sources.find(id); it != m_sources.end() && it->second->features())
        menu.addAction(tr("Style…"), this, [this, id] { chooseStyle(id); });
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
