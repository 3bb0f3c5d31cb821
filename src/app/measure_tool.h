#pragma once

// MeasureTool: View › Measure. While it is on, each click on the map adds a point; the map shows
// the line and, from three points, the area it closes, and the status bar says the length along
// the line and the area (in the store's projected CRS, metres). A right click or Esc ends the
// measurement (it stays shown until the next click starts a new one); turning the tool off
// clears it. The figures use the user's locale (1 234 m, 5,6 ha).
//
// GUI thread only. Borrows the main window's canvas; owned by the window (Qt parent).

#include "core/geometry.h"

#include <QObject>

class QAction;

namespace lb::app {

class MainWindow;

class MeasureTool : public QObject {
    Q_OBJECT
public:
    explicit MeasureTool(MainWindow *window);

    QAction *action() const { return m_action; }
    // Adds a point to the measurement (what a click does); starts anew after finish().
    void addPoint(PointXY p);
    void finish();
    void clear();
    const LineString &points() const { return m_points; }
    double length() const;
    double area() const; // 0 below three points
    // "Length 1 234 m · area 5,6 ha", as the status bar shows it.
    QString summary() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void show();

    MainWindow *m_window;
    QObject *m_canvas; // for the event filter, which also runs while the window is destroyed
    QAction *m_action = nullptr;
    LineString m_points;
    bool m_finished = false;
};

} // namespace lb::app
