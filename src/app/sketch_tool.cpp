#include "app/sketch_tool.h"

#include "app/main_window.h"
#include "app/map_canvas.h"
#include "render/map_layer.h"

#include <QPainter>
#include <QStatusBar>

namespace lb::app {

namespace {
const QColor kSketchColor(0, 110, 220);

// The shape so far, drawn by the renderer like any overlay.
class SketchLayer final : public render::MapLayer {
public:
    SketchLayer(LineString vertices, bool closed, bool box)
        : m_vertices(std::move(vertices))
        , m_closed(closed)
        , m_box(box)
    {}
    QString id() const override { return SketchTool::layerId(); }
    QString title() const override { return SketchTool::tr("Sketch"); }
    Status draw(QPainter &painter, const render::RenderContext &ctx) const override
    {
        QPolygonF line;
        for (const PointXY &p : m_vertices)
            line << ctx.toPixel(p);
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing);
        if (m_closed && line.size() >= 3) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(kSketchColor.red(), kSketchColor.green(), kSketchColor.blue(), 50));
            painter.drawPolygon(line);
        }
        if (m_closed && line.size() >= 3 && m_box)
            line << line.front(); // a polygon's closing edge is the rubber band's until it is done
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(QColor(255, 255, 255, 200), ctx.px(4.5), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPolyline(line);
        painter.setPen(QPen(kSketchColor, ctx.px(2.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPolyline(line);
        painter.setBrush(Qt::white);
        painter.setPen(QPen(kSketchColor, ctx.px(1.5)));
        for (std::size_t i = 0; i < m_vertices.size(); ++i)
            painter.drawEllipse(line[qsizetype(i)], ctx.px(3.5), ctx.px(3.5));
        painter.restore();
        return {};
    }
    std::int64_t featureCount() const override { return 1; }

private:
    LineString m_vertices;
    bool m_closed;
    bool m_box;
};

// The rubber band from the last vertex to the cursor, painted straight onto the canvas so it
// follows the mouse without a render. A transparent child that lets every event through.
class RubberBand final : public QWidget {
public:
    explicit RubberBand(MapCanvas *canvas)
        : QWidget(canvas)
        , m_canvas(canvas)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
        setGeometry(canvas->rect());
    }
    void setPoints(LineString points)
    {
        m_points = std::move(points);
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        if (m_points.size() < 2)
            return;
        const double dpr = m_canvas->devicePixelRatioF();
        QPolygonF line;
        for (const PointXY &p : m_points)
            line << m_canvas->settings().toPixel(p) / dpr;
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(kSketchColor, 1.5, Qt::DashLine));
        painter.drawPolyline(line);
    }

private:
    MapCanvas *m_canvas;
    LineString m_points;
};
} // namespace

Polygon SketchGeometry::polygon() const
{
    if (kind == Kind::Line || vertices.size() < 3)
        return {};
    LinearRing ring = vertices;
    ring.push_back(vertices.front());
    return Polygon{{std::move(ring)}};
}

SketchTool::SketchTool(MainWindow *window, QObject *parent)
    : QObject(parent ? parent : window)
    , m_window(window)
    , m_canvas(window->canvas())
    , m_canvasObject(window->canvas())
{
    setObjectName(QStringLiteral("sketchTool"));
    qRegisterMetaType<SketchGeometry>();
    connect(m_canvas, &MapCanvas::clicked, this, [this](PointXY p) {
        if (m_active && m_mode != Mode::Box)
            addVertex(p);
    });
    connect(m_canvas, &MapCanvas::extentChanged, this, [this] {
        if (m_band)
            m_band->update();
    });
    m_canvas->installEventFilter(this);
}

SketchTool::~SketchTool()
{
    if (m_active && m_canvas)
        m_canvas->setClickTool(this, false); // or the canvas would never identify again
    delete m_band;                           // the canvas owns it otherwise; it may outlive the tool
}

QString SketchTool::layerId()
{
    return QStringLiteral("sketch");
}

void SketchTool::start(Mode mode)
{
    const bool wasActive = m_active;
    m_mode = mode;
    m_vertices.clear();
    m_cursor.reset();
    m_boxPressed = false;
    m_active = true;
    m_canvas->setClickTool(this, true);
    if (!m_band)
        m_band = new RubberBand(m_canvas);
    m_band->show();
    m_band->raise();
    m_canvas->setFocus();
    showSketch();
    showHint();
    if (!wasActive)
        Q_EMIT activeChanged(true);
}

void SketchTool::cancel()
{
    if (!m_active)
        return;
    stop();
    if (m_window)
        m_window->statusBar()->clearMessage();
    Q_EMIT cancelled();
    Q_EMIT activeChanged(false);
}

bool SketchTool::finish()
{
    if (!m_active)
        return false;
    const std::size_t needed = m_mode == Mode::Line ? 2 : m_mode == Mode::Polygon ? 3 : 2;
    if (m_vertices.size() < needed) {
        showMessage(m_mode == Mode::Line      ? tr("A line needs at least two points.")
                    : m_mode == Mode::Polygon ? tr("A polygon needs at least three points.")
                                              : tr("Click or drag the second corner of the box."));
        return false;
    }
    SketchGeometry geometry{m_mode, m_vertices};
    if (m_mode == Mode::Box) {
        const Extent e = extentOf(m_vertices);
        if (e.width() <= 0.0 || e.height() <= 0.0) {
            m_vertices.resize(1);
            showSketch();
            showMessage(tr("A box needs two different corners."));
            return false;
        }
        geometry.vertices = boxCorners(m_vertices[0], m_vertices[1]);
    }
    stop();
    if (m_window)
        m_window->statusBar()->clearMessage();
    Q_EMIT finished(geometry);
    Q_EMIT activeChanged(false);
    return true;
}

void SketchTool::addVertex(PointXY p)
{
    if (!m_active)
        return;
    m_vertices.push_back(p);
    showSketch();
    if (m_mode == Mode::Box && m_vertices.size() == 2)
        finish();
}

void SketchTool::removeLastVertex()
{
    if (!m_active || m_vertices.empty())
        return;
    m_vertices.pop_back();
    m_boxPressed = false;
    showSketch();
}

void SketchTool::stop()
{
    m_active = false;
    m_vertices.clear();
    m_cursor.reset();
    m_boxPressed = false;
    if (m_canvas)
        m_canvas->setClickTool(this, false);
    if (m_band)
        m_band->hide();
    if (m_window)
        m_window->setOverlayLayer(layerId(), nullptr);
}

LineString SketchTool::boxCorners(PointXY a, PointXY b) const
{
    const Extent e = Extent::fromCorners(a.x, a.y, b.x, b.y);
    return {{e.minX, e.minY}, {e.maxX, e.minY}, {e.maxX, e.maxY}, {e.minX, e.maxY}};
}

void SketchTool::updateBand()
{
    // From the last vertex to the cursor, and back to the first for a polygon.
    LineString band;
    if (m_active && m_cursor && !m_vertices.empty()) {
        if (m_mode == Mode::Box) {
            band = boxCorners(m_vertices.front(), *m_cursor);
            band.push_back(band.front());
        } else {
            band = {m_vertices.back(), *m_cursor};
            if (m_mode == Mode::Polygon && m_vertices.size() >= 2)
                band.push_back(m_vertices.front());
        }
    }
    if (auto *widget = qobject_cast<QWidget *>(m_band.data()))
        static_cast<RubberBand *>(widget)->setPoints(std::move(band));
}

void SketchTool::showSketch()
{
    updateBand();
    if (!m_window)
        return;
    LineString shape = m_vertices;
    if (m_mode == Mode::Box && m_vertices.size() == 2)
        shape = boxCorners(m_vertices[0], m_vertices[1]);
    m_window->setOverlayLayer(
        layerId(),
        shape.empty() ? nullptr : std::make_shared<SketchLayer>(shape, m_mode != Mode::Line, m_mode == Mode::Box));
}

void SketchTool::showHint()
{
    // Short enough for the status bar; Backspace is in the user guide.
    switch (m_mode) {
    case Mode::Line:
        showMessage(tr("Click the line's points; double-click or Enter finishes, Esc cancels."));
        break;
    case Mode::Polygon:
        showMessage(tr("Click the polygon's corners; double-click or Enter finishes, Esc cancels."));
        break;
    case Mode::Box:
        showMessage(tr("Drag a box, or click two of its corners; Esc cancels."));
        break;
    }
}

void SketchTool::showMessage(const QString &text)
{
    if (m_window)
        m_window->statusBar()->showMessage(text);
}

} // namespace lb::app
