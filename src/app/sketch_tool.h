#pragma once

// SketchTool: draws a line, a polygon or a box on the map for another part of the program (a
// selection, an intervention's route or area, a walk route). start(mode) turns it on; each click
// on the map adds a vertex, the shape so far is drawn as an overlay on the map and a rubber band
// follows the cursor. A double click, Enter or a right click finishes (a line needs two vertices,
// a polygon three: the status bar says so when there are too few), Backspace removes the last
// vertex, Esc cancels. A box is drawn by pressing and dragging, or by clicking two corners.
// finished(geometry) or cancelled() follows, and the tool is off again.
//
// While it is on the tool takes the canvas's clicks (MapCanvas::setClickTool), so they do not
// also identify. Several tools may exist (one per consumer); starting one does not stop another,
// so the consumer stops its own tool when it changes its mind.
//
// GUI thread only. Owned by its Qt parent (by default the window); borrows the window's canvas.

#include "core/geometry.h"

#include <QObject>
#include <QPointF>
#include <QPointer>

#include <optional>

namespace lb::app {

class MainWindow;
class MapCanvas;

// What the user drew, in the store's projected CRS.
struct SketchGeometry {
    enum class Kind { Line, Polygon, Box };
    Kind kind = Kind::Line;
    // The vertices in the order they were clicked. A polygon's ring is not closed here (its first
    // vertex is not repeated); a box gives its four corners counter-clockwise from the lower left.
    LineString vertices;

    // Polygon and box: the closed outer ring; a line gives an empty polygon.
    Polygon polygon() const;
    Extent extent() const { return extentOf(vertices); }
};

class SketchTool : public QObject {
    Q_OBJECT
public:
    using Mode = SketchGeometry::Kind;

    // `parent` owns the tool; the window when null.
    explicit SketchTool(MainWindow *window, QObject *parent = nullptr);
    ~SketchTool() override;

    // Turns the tool on for a new shape; a sketch in progress is dropped without a signal.
    void start(Mode mode);
    // Drops the sketch and turns the tool off; emits cancelled() when it was on.
    void cancel();
    // Ends the sketch (what a double click does): emits finished() and turns the tool off, or,
    // with too few vertices, says so in the status bar, keeps drawing and returns false.
    bool finish();

    bool isActive() const { return m_active; }
    Mode mode() const { return m_mode; }
    // The vertices so far (a box: its first corner once pressed or clicked).
    const LineString &vertices() const { return m_vertices; }
    // What clicks and Backspace do, for callers that build a shape from known points.
    void addVertex(PointXY p);
    void removeLastVertex();

    // The overlay's layer id on the map while a sketch is shown.
    static QString layerId();

Q_SIGNALS:
    void finished(const lb::app::SketchGeometry &geometry);
    void cancelled();
    // On when started, off when finished or cancelled (for a consumer's checkable action).
    void activeChanged(bool active);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool handleBoxMouse(QEvent *event);
    void setCursorPoint(QPointF widgetPos);
    void stop();
    void updateBand();
    void showSketch();
    void showHint();
    void showMessage(const QString &text);
    LineString boxCorners(PointXY a, PointXY b) const;

    QPointer<MainWindow> m_window;
    // Kept for the event filter, which must not ask the window (it may be half destroyed).
    QPointer<MapCanvas> m_canvas;
    QObject *m_canvasObject = nullptr; // the same canvas, for the event filter's comparison
    QPointer<QWidget> m_band;          // the rubber band, a transparent child of the canvas
    bool m_active = false;
    Mode m_mode = Mode::Line;
    LineString m_vertices;
    std::optional<PointXY> m_cursor; // the map point under the cursor, for the rubber band
    bool m_boxPressed = false;       // the left button is down after a box's first corner
    QPointF m_boxPressPos;           // where, in widget pixels
    bool m_boxFirstPress = false;    // that press set the first corner
};

} // namespace lb::app

Q_DECLARE_METATYPE(lb::app::SketchGeometry)
