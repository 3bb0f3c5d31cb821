// SketchTool's input: mouse and keys on the canvas, through an event filter.

#include "app/map_canvas.h"
#include "app/sketch_tool.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QWidget>

namespace lb::app {

void SketchTool::setCursorPoint(QPointF widgetPos)
{
    m_cursor = m_canvas->toMap(widgetPos);
    updateBand();
}

// The canvas is compared as a plain QObject: the filter also sees the canvas's last events while
// it is being destroyed, when it is no longer a MapCanvas. It is used as one only for the resize and
// input events below, which never come then.
bool SketchTool::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_canvasObject)
        return QObject::eventFilter(watched, event);
    if (event->type() == QEvent::Resize) {
        if (QWidget *band = m_band.data())
            band->setGeometry(static_cast<QWidget *>(watched)->rect());
        return QObject::eventFilter(watched, event);
    }
    if (!m_active)
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseMove:
        setCursorPoint(static_cast<QMouseEvent *>(event)->position());
        return false; // the canvas still reports the cursor position
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::RightButton) {
            finish();
            return true;
        }
        if (mouse->button() != Qt::LeftButton)
            return false;
        if (m_mode == Mode::Box)
            return handleBoxMouse(event);
        if (event->type() == QEvent::MouseButtonDblClick) {
            finish(); // the double click's first press and release already added the vertex
            return true;
        }
        return false; // the canvas tells a click from a pan and emits clicked()
    }
    case QEvent::MouseButtonRelease: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::RightButton)
            return true;
        return m_mode == Mode::Box && mouse->button() == Qt::LeftButton && handleBoxMouse(event);
    }
    case QEvent::ContextMenu:
        return true;
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress: {
        auto *key = static_cast<QKeyEvent *>(event);
        const int k = key->key();
        if (k != Qt::Key_Escape && k != Qt::Key_Return && k != Qt::Key_Enter && k != Qt::Key_Backspace)
            return false;
        if (event->type() == QEvent::ShortcutOverride) {
            event->accept(); // these keys belong to the sketch, not to a window shortcut
            return true;
        }
        if (k == Qt::Key_Escape)
            cancel();
        else if (k == Qt::Key_Backspace)
            removeLastVertex();
        else
            finish();
        return true;
    }
    default:
        return QObject::eventFilter(watched, event);
    }
}

// A box: the first press sets one corner; the release sets the other when the mouse was dragged,
// otherwise the next click does.
bool SketchTool::handleBoxMouse(QEvent *event)
{
    auto *mouse = static_cast<QMouseEvent *>(event);
    const PointXY at = m_canvas->toMap(mouse->position());
    if (event->type() != QEvent::MouseButtonRelease) {
        m_boxPressed = true;
        m_boxPressPos = mouse->position();
        m_boxFirstPress = m_vertices.empty();
        if (m_boxFirstPress)
            addVertex(at);
        m_cursor = at;
        return true;
    }
    if (!m_boxPressed)
        return true;
    m_boxPressed = false;
    const bool dragged = (mouse->position() - m_boxPressPos).manhattanLength() > 3.0;
    if (dragged || !m_boxFirstPress)
        addVertex(at);
    return true;
}

} // namespace lb::app
