#pragma once

// LayerStyleMenu: the submenus of the layer list's context menu for how the data layers draw. On the incident
// layer: points, clusters with counts, hexagons, automatic or a heat map; on the survey layers:
// the per-district answers of a round as a choropleth, or none. Choices go to
// MainWindow::setMapStyles, so the map, its legend and the layer list follow. GUI thread; owned by
// the main window.

#include <QObject>

class QMenu;

namespace lb::app {

class MainWindow;

class LayerStyleMenu : public QObject {
    Q_OBJECT
public:
    static LayerStyleMenu *install(MainWindow *window);

    // The menu for the layer `layerId`, or nullptr when it has no style choices. The caller owns it.
    QMenu *menuFor(const QString &layerId, QWidget *parent) const;

private:
    explicit LayerStyleMenu(MainWindow *window);

    MainWindow *m_window;
};

} // namespace lb::app
