#include "app/map_canvas.h"

#include "render/map_furniture.h"
#include "render/map_style.h"
#include "render/render_job.h"

#include <QFontMetricsF>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace lb::app {

namespace {
// Wheel steps arrive in bursts; waiting this long after the last one renders once per gesture.
constexpr int wheelRefreshDelayMs = 150;
// One notch of the wheel zooms by this factor.
constexpr double zoomPerNotch = 1.3;
} // namespace

MapCanvas::MapCanvas(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    setCursor(Qt::OpenHandCursor);
    m_settings.setBackgroundColor(render::style::outsideColor());
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &MapCanvas::startRender);
}

MapCanvas::~MapCanvas() = default;

void MapCanvas::setLayers(render::LayerList layers, int epsg)
{
    m_layers = std::move(layers);
    m_settings.setEpsg(epsg);
    refresh();
}

void MapCanvas::clear()
{
    m_layers.clear();
    m_image = QImage();
    if (m_job)
        m_job->cancel();
    update();
}

void MapCanvas::setVisibleLayers(const QStringList &ids)
{
    if (ids == m_settings.visibleLayers())
        return;
    m_settings.setVisibleLayers(ids);
    refresh();
}

void MapCanvas::setLayerOpacities(const QHash<QString, double> &opacities)
{
    if (opacities == m_settings.layerOpacities())
        return;
    m_settings.setLayerOpacities(opacities);
    refresh();
}

void MapCanvas::setFurniture(bool on, const QString &title)
{
    m_furniture = on;
    m_title = title;
    update();
}

void MapCanvas::setDisclosure(const DisclosureRules &rules)
{
    if (rules == m_settings.disclosure())
        return;
    m_settings.setDisclosure(rules);
    refresh();
    Q_EMIT disclosureChanged();
}

void MapCanvas::setExtent(const Extent &extent)
{
    m_fitExtent = extent;
    render::MapSettings s = m_settings;
    s.setOutputSize(size() * devicePixelRatioF());
    s.setOutputDpi(96.0 * devicePixelRatioF());
    s.setExtent(extent);
    // Store the widened extent, so later resizes keep the same centre and resolution.
    s.setExtent(s.visibleExtent());
    setView(s, 0);
}

double MapCanvas::scaleDenominator() const
{
    return m_settings.scaleDenominator();
}

void MapCanvas::refresh()
{
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start(0);
}

void MapCanvas::setClickTool(const QObject *tool, bool on)
{
    if (on)
        m_clickTools.insert(tool);
    else
        m_clickTools.remove(tool);
}

PointXY MapCanvas::toMap(QPointF widgetPos) const
{
    return m_settings.toMap(toDevice(widgetPos));
}

QPointF MapCanvas::toDevice(QPointF widgetPos) const
{
    return widgetPos * devicePixelRatioF();
}

void MapCanvas::setView(const render::MapSettings &settings, int refreshDelayMs)
{
    m_settings = settings;
    update();
    Q_EMIT extentChanged();
    m_refreshTimer.start(refreshDelayMs);
}

void MapCanvas::startRender()
{
    if (m_layers.empty() || !m_settings.isValid())
        return;
    if (m_job) {
        // The running job is stale: let it stop early and clean up after itself.
        m_job->cancel();
        disconnect(m_job, nullptr, this, nullptr);
        connect(m_job, &render::RenderJob::finished, m_job, &QObject::deleteLater);
        m_job = nullptr;
    }
    m_job = new render::RenderJob(m_settings, m_layers, this);
    render::RenderJob *job = m_job;
    connect(job, &render::RenderJob::finished, this, [this, job] { onJobFinished(job); });
    job->start();
    Q_EMIT renderStarted();
}

void MapCanvas::onJobFinished(render::RenderJob *job)
{
    job->deleteLater();
    if (job != m_job)
        return;
    m_job = nullptr;
    if (job->result().canceled)
        return;
    m_image = job->image();
    m_image.setDevicePixelRatio(devicePixelRatioF());
    m_imageSettings = job->settings();
    m_lastRenderMs = job->result().elapsedMs;
    ++m_renderCount;
    update();
    Q_EMIT renderFinished(m_lastRenderMs);
}

void MapCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), m_settings.backgroundColor());
    if (!m_image.isNull() && m_imageSettings.isValid()) {
        // Where the last image's extent lies in the current view; identity when nothing moved.
        const QRectF target = m_settings.toPixel(m_imageSettings.visibleExtent());
        const double dpr = devicePixelRatioF();
        const QRectF widgetTarget(target.topLeft() / dpr, target.size() / dpr);
        painter.drawImage(widgetTarget, m_image, QRectF(QPointF(0, 0), QSizeF(m_image.size())));
    }
    if (!m_layers.empty() && m_settings.isValid()) {
        // The scale bar follows the view at once, even before the new image arrives.
        render::MapSettings logical = m_settings;
        logical.setOutputSize(size());
        render::drawScaleBar(painter, logical, QPointF(14, height() - 14), 1.0);
        if (m_furniture)
            drawFurniture(painter, logical);
    }
}

void MapCanvas::drawFurniture(QPainter &painter, const render::MapSettings &logical) const
{
    const double margin = 14.0;
    double top = margin;
    if (!m_title.isEmpty()) {
        QFont font = this->font();
        font.setPointSizeF(font.pointSizeF() * 1.6);
        font.setBold(true);
        const QFontMetricsF fm(font, this);
        const double w = std::min(fm.horizontalAdvance(m_title) + 24.0, width() - 2 * margin);
        const QRectF box((width() - w) / 2.0, margin, w, fm.height() + 12.0);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 235));
        painter.drawRoundedRect(box, 4, 4);
        painter.setPen(Qt::black);
        painter.setFont(font);
        painter.drawText(box, Qt::AlignCenter, fm.elidedText(m_title, Qt::ElideRight, w - 24.0));
        top = box.bottom() + 8.0;
    }
    render::drawLegend(painter, logical, m_layers, QPointF(margin, top), 1.0);
    render::drawNorthArrow(painter, QRectF(width() - margin - 34.0, top, 34.0, 46.0), 1.0);
}

void MapCanvas::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const QSize device = size() * devicePixelRatioF();
    if (m_fitExtent) {
        const Extent fit = *m_fitExtent;
        setExtent(fit);
        return;
    }
    if (!m_settings.isValid()) {
        m_settings.setOutputSize(device);
        m_settings.setOutputDpi(96.0 * devicePixelRatioF());
        return;
    }
    // Keep the centre and the resolution: resizing the window shows more or less map, it does not zoom.
    const double upp = m_settings.mapUnitsPerPixel();
    const PointXY c = m_settings.visibleExtent().center();
    render::MapSettings s = m_settings;
    s.setOutputSize(device);
    s.setOutputDpi(96.0 * devicePixelRatioF());
    setView(s.withCenterAndResolution(c, upp), wheelRefreshDelayMs);
}

void MapCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_dragging = true;
    m_dragStart = event->position();
    m_dragStartSettings = m_settings;
    m_fitExtent.reset();
    setCursor(Qt::ClosedHandCursor);
}

void MapCanvas::mouseMoveEvent(QMouseEvent *event)
{
    Q_EMIT cursorMoved(toMap(event->position()));
    if (!m_dragging)
        return;
    // Pan from the press position, not step by step, so rounding never accumulates.
    m_settings = m_dragStartSettings.panned(toDevice(event->position() - m_dragStart));
    m_refreshTimer.stop();
    update();
    Q_EMIT extentChanged();
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_dragging)
        return;
    m_dragging = false;
    setCursor(Qt::OpenHandCursor);
    const QPointF moved = event->position() - m_dragStart;
    // A press and release within a few pixels is a click (identify), not a pan.
    if (moved.manhattanLength() <= 3.0) {
        m_settings = m_dragStartSettings;
        update();
        Q_EMIT clicked(toMap(event->position()));
        return;
    }
    m_settings = m_dragStartSettings.panned(toDevice(moved));
    setView(m_settings, 0);
}

void MapCanvas::wheelEvent(QWheelEvent *event)
{
    if (!m_settings.isValid())
        return;
    // Touchpads send small deltas; they add up to whole notches of 120.
    m_wheelRemainder += event->angleDelta().y();
    const double notches = m_wheelRemainder / 120.0;
    m_wheelRemainder = 0.0;
    if (notches == 0.0)
        return;
    const double factor = std::pow(zoomPerNotch, notches);
    m_fitExtent.reset();
    // Do not zoom past a street corner (0.05 m per pixel) or out past the whole country.
    const double upp = m_settings.mapUnitsPerPixel() / factor;
    if (upp < 0.05 || upp > 5000.0)
        return;
    setView(m_settings.zoomedAt(toDevice(event->position()), factor), wheelRefreshDelayMs);
    event->accept();
}

void MapCanvas::leaveEvent(QEvent *event)
{
    QWidget::leaveEvent(event);
    Q_EMIT cursorLeft();
}

} // namespace lb::app
