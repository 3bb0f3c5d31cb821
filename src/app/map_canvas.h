#pragma once

// MapCanvas: the interactive map. It never draws layers on the GUI thread: a RenderJob draws the
// view into a QImage on a worker, and until the new image arrives the canvas shows the last one,
// moved and scaled to where it belongs in the current view (so dragging and wheel-zooming respond
// at once). Refresh requests are merged: many calls to refresh() within one event-loop turn, or
// wheel steps in quick succession, start one render; a new render cancels a running one.
//
// Pan by dragging with the left button, zoom with the wheel around the cursor.
// GUI thread only. The canvas shares the immutable layers with its jobs.

#include "render/map_layers.h"
#include "render/map_settings.h"

#include <QElapsedTimer>
#include <QImage>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <optional>

namespace lb::render {
class RenderJob;
}

namespace lb::app {

class MapCanvas : public QWidget {
    Q_OBJECT
public:
    explicit MapCanvas(QWidget *parent = nullptr);
    ~MapCanvas() override;

    // New data: the layers to draw and the CRS of their store. Keeps the view.
    void setLayers(render::LayerList layers, int epsg);
    const render::LayerList &layers() const { return m_layers; }
    // Removes all layers and the last image (no store open).
    void clear();

    void setVisibleLayers(const QStringList &ids);
    // How opaque each layer is drawn (render::MapSettings::layerOpacity); redraws when it changes.
    void setLayerOpacities(const QHash<QString, double> &opacities);
    // For a projector: the legend of the visible layers, `title` and a north arrow drawn over the
    // map (the scale bar is always there). Off by default.
    void setFurniture(bool on, const QString &title = {});
    bool showsFurniture() const { return m_furniture; }
    // What the map may reveal of sensitive incidents; redraws when it changes.
    void setDisclosure(const DisclosureRules &rules);
    QStringList visibleLayers() const { return m_settings.visibleLayers(); }

    // Shows `extent` whole, widened to the canvas's aspect ratio.
    void setExtent(const Extent &extent);
    Extent visibleExtent() const { return m_settings.visibleExtent(); }
    double scaleDenominator() const;
    // The settings of the current view, in device pixels.
    const render::MapSettings &settings() const { return m_settings; }

    // Asks for a redraw; merged with other requests in the same event-loop turn.
    void refresh();
    bool isRendering() const { return m_job != nullptr; }
    // The last finished render and how long it took.
    QImage renderedImage() const { return m_image; }
    qint64 lastRenderMs() const { return m_lastRenderMs; }
    int renderCount() const { return m_renderCount; }

    // The map point under a widget position.
    PointXY toMap(QPointF widgetPos) const;

    // A tool that takes the map's clicks (measuring, adding a finding, picking a point) says so
    // while it is on; a click then does not also identify what lies under it.
    void setClickTool(const QObject *tool, bool on);
    bool identifiesOnClick() const { return m_clickTools.isEmpty(); }

Q_SIGNALS:
    void renderStarted();
    void renderFinished(qint64 milliseconds);
    void cursorMoved(lb::PointXY mapPoint);
    void cursorLeft();
    // The left button was pressed and released without dragging the map.
    void clicked(lb::PointXY mapPoint);
    // The disclosure rules changed (sensitive points shown or not).
    void disclosureChanged();
    void extentChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void startRender();
    void onJobFinished(render::RenderJob *job);
    void setView(const render::MapSettings &settings, int refreshDelayMs);
    QPointF toDevice(QPointF widgetPos) const;
    void drawFurniture(QPainter &painter, const render::MapSettings &logical) const;

    render::MapSettings m_settings; // the view now, in device pixels
    render::LayerList m_layers;
    QSet<const QObject *> m_clickTools;
    QImage m_image;                      // the last finished render
    render::MapSettings m_imageSettings; // the view m_image was drawn for
    render::RenderJob *m_job = nullptr;  // the render in progress, child of this
    QTimer m_refreshTimer;
    qint64 m_lastRenderMs = 0;
    int m_renderCount = 0;

    bool m_dragging = false;
    QPointF m_dragStart;
    render::MapSettings m_dragStartSettings;
    double m_wheelRemainder = 0.0;
    // The extent last asked for with setExtent(), until the user pans or zooms: while the window
    // is still being laid out, each resize fits it again instead of keeping the resolution.
    std::optional<Extent> m_fitExtent;
    bool m_furniture = false;
    QString m_title;
};

} // namespace lb::app
