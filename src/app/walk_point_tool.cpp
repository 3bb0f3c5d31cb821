#include "app/walk_point_tool.h"

#include "app/map_canvas.h"

#include <QKeyEvent>

namespace lb::app {

WalkPointTool::WalkPointTool(MapCanvas *canvas, QObject *parent)
    : QObject(parent)
    , m_canvas(canvas)
    , m_canvasObject(canvas)
{
    setObjectName(QStringLiteral("walkPointTool"));
    if (!canvas)
        return;
    canvas->installEventFilter(this);
    connect(canvas, &MapCanvas::clicked, this, &WalkPointTool::onClicked);
}

WalkPointTool::~WalkPointTool()
{
    // Leave the canvas identifying again if it outlives the tool.
    if (m_canvas)
        m_canvas->setClickTool(this, false);
}

void WalkPointTool::setActive(bool on)
{
    if (on == m_active)
        return;
    if (on && !m_canvas)
        return;
    m_active = on;
    if (m_canvas)
        m_canvas->setClickTool(this, on);
    Q_EMIT activeChanged(on);
}

void WalkPointTool::onClicked(PointXY position)
{
    if (!m_active)
        return;
    // One click, one point: the tool is off before the panel asks anything or adds the point.
    setActive(false);
    Q_EMIT picked(position);
}

bool WalkPointTool::eventFilter(QObject *watched, QEvent *event)
{
    if (m_active && watched == m_canvasObject && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        setActive(false);
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace lb::app
