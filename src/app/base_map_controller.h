#pragma once

// BaseMapController: the background maps of the open store in the desktop program. Reads them
// from the store when it opens, puts them in the map and the layer list under the data, and saves
// every change (added, removed, shown or hidden, opacity, order, style) back into the store. Adds
// the Layer menu's "Add background map…" and the layer list's context menu for base maps.
//
// Nothing is read on the GUI thread: files are opened (vector files read whole) on a worker, and
// the map draws each base map through a render::AsyncBaseMapSource, which reads the view (warps a
// GeoTIFF, fetches tiles) on its own workers and asks for a new frame as more of it is ready.
// GUI thread; owned by the main window.

#include "render/async_base_map_source.h"
#include "render/base_map_list.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <map>
#include <memory>

class QMenu;

namespace lb::app {

class MainWindow;

class BaseMapController : public QObject {
    Q_OBJECT
public:
    static BaseMapController *install(MainWindow *window);
    ~BaseMapController() override;

    // Opens a base map on a worker; once open, adds it above the others, saves it in the store
    // and shows it (or says why it cannot be opened, through the window's DialogService).
    // Returns an empty string, or why it cannot even be tried (no store, already there).
    QString addBaseMap(const render::BaseMapEntry &entry);
    void removeBaseMap(const QString &layerId);
    void setOpacity(const QString &layerId, double opacity);
    // Moves a base map up (+1) or down (-1) among the base maps.
    void move(const QString &layerId, int delta);
    // How a vector base map is drawn.
    void setStyle(const QString &layerId, const render::BaseMapStyle &style);
    // Asks for the style (BaseMapStyleDialog) and sets it.
    void chooseStyle(const QString &layerId);

    // True while a base map is being opened or a view of one is being read.
    bool isLoading() const;

    const std::vector<render::BaseMapEntry> &entries() const { return m_entries; }
    // Asks what to add (BaseMapDialog) and adds it.
    void chooseAndAdd();

Q_SIGNALS:
    void baseMapsChanged();

private:
    using Opened = Result<std::shared_ptr<const render::BaseMapSource>>;
    explicit BaseMapController(MainWindow *window);
    void load(const QString &storePath);
    // Opens `entry` on a worker and calls `done` with the result on the GUI thread, unless
    // another store was opened meanwhile.
    void open(const render::BaseMapEntry &entry, std::function<void(Opened)> done);
    // The base map as the map draws it: through a source that never blocks a frame.
    void keepSource(const QString &layerId, std::shared_ptr<const render::BaseMapSource> source);
    void dropSource(const QString &layerId);
    // A base map has more of its view ready: a new frame, once the running one is done.
    void onSourceChanged();
    void apply();
    void save();
    void onVisibleLayersChanged(const QStringList &ids);
    void showContextMenu(const QPoint &pos);
    int indexOf(const QString &layerId) const;

    MainWindow *m_window;
    QString m_storePath;
    int m_epsg = 0;
    std::vector<render::BaseMapEntry> m_entries;                                    // bottom to top
    std::map<QString, std::shared_ptr<const render::AsyncBaseMapSource>> m_sources; // by layer id; opened ones
    int m_generation = 0; // counts opened stores, so a late open of the previous one is dropped
    int m_opening = 0;    // opens running on workers
    bool m_frameWanted = false;
    std::atomic<int> m_changesQueued{0}; // calls of onSourceChanged() on their way from loader threads
};

} // namespace lb::app
