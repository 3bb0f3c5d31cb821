#pragma once

// LayerStateController: the user's arrangement of the map's data layers in the desktop program.
// When a store opens it restores the order, visibility and opacity kept in the store
// (render::readLayerStates), so they survive an import, an undo and reopening; every change the
// user makes (a tick, a dragged row, Move up/down or Opacity in the layer list's context menu) is
// written back, and so is every change of how the layers draw (MainWindow::mapStylesChanged: the
// incident style, the survey choropleth, a layer's style from Style… in the context menu, which
// opens the LayerStyleDialog). The main window reads the stored styles when it opens the store. Also the View menu's
// switch for a legend, title and north arrow on the map, for a projector. GUI thread; owned by the main window.

#include "render/layer_state.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;

namespace lb::app {

class MainWindow;

class LayerStateController : public QObject {
    Q_OBJECT
public:
    // Adds the projector switch to `viewMenu` and follows the window's store and layer list.
    static LayerStateController *install(MainWindow *window, QMenu *viewMenu);

    // As the context menu does: opacity 0..1, and a move by `steps` rows (+1: up, towards the top).
    void setOpacity(const QString &layerId, double opacity);
    void move(const QString &layerId, int steps);
    QAction *furnitureAction() const { return m_furniture; }

private:
    explicit LayerStateController(MainWindow *window);
    void load(const QString &storePath);
    void reorder(const QStringList &bottomToTop);
    void save();
    void saveStyles(const render::MapStyles &styles);
    // Writes with the store watcher suspended; false (and a word in the status bar) on failure.
    bool write(const std::function<Status(store::Store &)> &what);
    void openStyleDialog(const QString &layerId);
    void showContextMenu(const QPoint &pos);
    void updateFurniture();

    MainWindow *m_window;
    QString m_storePath;
    QAction *m_furniture = nullptr;
    bool m_loading = false;
};

} // namespace lb::app
