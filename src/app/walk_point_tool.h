#pragma once

// WalkPointTool: the walk dock's "Add point on the map". While it is on, the next left click on
// the map is taken as the position of a walk point (picked()) and the tool turns itself off; Esc
// on the map, or turning it off, gives up without a point. The click does not also identify what
// lies under it (MapCanvas::setClickTool).
//
// GUI thread only. Borrows the canvas, which must outlive the tool or destroy it first; the event
// filter only compares against the kept canvas pointer and never reaches for the main window,
// which may be half destroyed when the canvas's last events arrive.

#include "core/geometry.h"

#include <QObject>
#include <QPointer>

namespace lb::app {

class MapCanvas;

class WalkPointTool : public QObject {
    Q_OBJECT
public:
    WalkPointTool(MapCanvas *canvas, QObject *parent = nullptr);
    ~WalkPointTool() override;

    void setActive(bool on);
    bool isActive() const { return m_active; }

Q_SIGNALS:
    // The map was clicked at `position` (store coordinates) while the tool was on.
    void picked(lb::PointXY position);
    void activeChanged(bool on);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onClicked(PointXY position);

    QPointer<MapCanvas> m_canvas;
    QObject *m_canvasObject = nullptr; // the same canvas, for the event filter, which also runs while
                                       // the canvas is destroyed and no longer a MapCanvas
    bool m_active = false;
};

} // namespace lb::app
