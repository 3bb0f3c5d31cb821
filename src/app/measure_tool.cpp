#include "app/measure_tool.h"

#include "app/layer_panel.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "render/map_layer.h"

#include <QAction>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStatusBar>

#include <cmath>

namespace lb::app {

namespace {
const QString kLayerId = QStringLiteral("measure");

class MeasureLayer final : public render::MapLayer {
public:
    explicit MeasureLayer(LineString points)
        : m_points(std::move(points))
    {}
    QString id() const override { return kLayerId; }
    QString title() const override { return MeasureTool::tr("Measurement"); }
    Status draw(QPainter &painter, const render::RenderContext &ctx) const override
    {
        QPolygonF line;
        for (const PointXY &p : m_points)
            line << ctx.toPixel(p);
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing);
        if (line.size() >= 3) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(255, 140, 0, 50));
            painter.drawPolygon(line);
        }
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(QColor(0, 0, 0, 170), ctx.px(4.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPolyline(line);
        painter.setPen(QPen(QColor(255, 140, 0), ctx.px(2.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPolyline(line);
        painter.setBrush(Qt::white);
        painter.setPen(QPen(Qt::black, ctx.px(1.2)));
        for (const QPointF &p : line)
            painter.drawEllipse(p, ctx.px(3.5), ctx.px(3.5));
        painter.restore();
        return {};
    }
    std::int64_t featureCount() const override { return 1; }

private:
    LineString m_points;
};
} // namespace

MeasureTool::MeasureTool(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_canvas(window->canvas())
{
    setObjectName(QStringLiteral("measureTool"));
    m_action = new QAction(tr("&Measure distance and area"), this);
    m_action->setObjectName(QStringLiteral("actionMeasure"));
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_action->setToolTip(tr("Click points on the map; right-click or Esc ends the measurement"));
    connect(m_action, &QAction::toggled, this, [this](bool on) {
        m_window->canvas()->setClickTool(this, on);
        if (!on)
            clear();
        else
            m_window->statusBar()->showMessage(tr("Click points on the map to measure."));
    });
    connect(m_window->canvas(), &MapCanvas::clicked, this, [this](PointXY p) {
        if (m_action->isChecked())
            addPoint(p);
    });
    m_window->canvas()->installEventFilter(this);
}

double MeasureTool::length() const
{
    double sum = 0.0;
    for (std::size_t i = 1; i < m_points.size(); ++i)
        sum += std::hypot(m_points[i].x - m_points[i - 1].x, m_points[i].y - m_points[i - 1].y);
    return sum;
}

double MeasureTool::area() const
{
    if (m_points.size() < 3)
        return 0.0;
    double twice = 0.0; // the shoelace formula over the closed ring
    for (std::size_t i = 0; i < m_points.size(); ++i) {
        const PointXY &a = m_points[i];
        const PointXY &b = m_points[(i + 1) % m_points.size()];
        twice += a.x * b.y - b.x * a.y;
    }
    return std::abs(twice) / 2.0;
}

QString MeasureTool::summary() const
{
    const QLocale locale;
    const double metres = length();
    QString text = metres >= 10000.0 ? tr("Length %1 km").arg(locale.toString(metres / 1000.0, 'f', 2))
                                     : tr("Length %1 m").arg(locale.toString(metres, 'f', 0));
    if (m_points.size() >= 3) {
        const double a = area();
        text += QStringLiteral(" · ") + (a >= 1e6 ? tr("area %1 km²").arg(locale.toString(a / 1e6, 'f', 2))
                                                  : tr("area %1 ha").arg(locale.toString(a / 1e4, 'f', 2)));
    }
    return text;
}

void MeasureTool::addPoint(PointXY p)
{
    if (m_finished) {
        m_points.clear();
        m_finished = false;
    }
    m_points.push_back(p);
    show();
}

void MeasureTool::finish()
{
    m_finished = true;
    if (!m_points.empty())
        m_window->statusBar()->showMessage(summary());
}

void MeasureTool::clear()
{
    m_points.clear();
    m_finished = false;
    show();
    m_window->statusBar()->clearMessage();
}

void MeasureTool::show()
{
    m_window->setOverlayLayer(kLayerId, m_points.empty() ? nullptr : std::make_shared<MeasureLayer>(m_points));
    if (!m_points.empty())
        m_window->statusBar()->showMessage(summary());
}

bool MeasureTool::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_canvas && m_action->isChecked()) {
        if (event->type() == QEvent::MouseButtonPress &&
            static_cast<QMouseEvent *>(event)->button() == Qt::RightButton) {
            finish();
            return true;
        }
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            finish();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace lb::app
