#pragma once

// BaseMapController: the background maps of the open store in the desktop program. Reads them
// from the store when it opens, puts them in the map and the layer list under the data, and saves
// every change (added, removed, shown or hidden, opacity, order) back into the store. Adds the
// Layer menu's "Add background map…" and the layer list's context menu for base maps.
// GUI thread; owned by the main window.

#include "render/base_map_list.h"
#include "render/base_map_source.h"

#include <QObject>

#include <map>
#include <memory>

class QMenu;

namespace lb::app {

class MainWindow;

class BaseMapController : public QObject {
    Q_OBJECT
public:
    static BaseMapController *install(MainWindow *window);

    // Adds a base map above the others, saves it in the store and shows it. Returns an empty
    // string, or why it cannot be opened.
    QString addBaseMap(const render::BaseMapEntry &entry);
    void removeBaseMap(const QString &layerId);
    void setOpacity(const QString &layerId, double opacity);
    // Moves a base map up (+1) or down (-1) among the base maps.
    void move(const QString &layerId, int delta);

    const std::vector<render::BaseMapEntry> &entries() const { return m_entries; }
    // Asks what to add (BaseMapDialog) and adds it.
    void chooseAndAdd();

Q_SIGNALS:
    void baseMapsChanged();

private:
    explicit BaseMapController(MainWindow *window);
    void load(const QString &storePath);
    void apply();
    void save();
    void onVisibleLayersChanged(const QStringList &ids);
    void showContextMenu(const QPoint &pos);
    int indexOf(const QString &layerId) const;

    MainWindow *m_window;
    QString m_storePath;
    int m_epsg = 0;
    std::vector<render::BaseMapEntry> m_entries;                               // bottom to top
    std::map<QString, std::shared_ptr<const render::BaseMapSource>> m_sources; // by layer id; opened ones
};

} // namespace lb::app
