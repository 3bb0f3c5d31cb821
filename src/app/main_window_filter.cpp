// MainWindow's part in the map filter: the filter panel's filter rebuilds the store's standard
// layers (their drawing, counts and titles follow it), keeps the analysis overlays, and the status
// bar says how many incidents the map shows.

#include "app/layer_panel.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "render/selection_layer.h"
#include "render/survey_choropleth_layer.h"

#include <QLabel>
#include <QLocale>
#include <QStatusBar>

namespace lb::app {

void MainWindow::setMapFilter(const render::MapFilter &filter)
{
    m_filter = filter;
    if (!m_data)
        return;
    rebuildStandardLayers();
    Q_EMIT mapFilterChanged(m_filter);
}

void MainWindow::rebuildStandardLayers()
{
    const render::LayerList fresh = render::createStandardLayers(m_data, m_filter, m_styles);
    render::LayerList layers;
    // The standard layers are replaced where they lie; overlays (heat maps, hot spots) stay.
    for (const auto &l : m_canvas->layers()) {
        const auto same = std::find_if(fresh.begin(), fresh.end(), [&](const auto &f) { return f->id() == l->id(); });
        layers.push_back(same != fresh.end() ? *same : l);
    }
    if (layers.empty())
        layers = fresh;
    const QStringList visible = m_canvas->visibleLayers();
    m_layers->setLayers(layers, visible);
    m_canvas->setLayers(layers, m_data->epsg);
    showFilterStatus();
}

void MainWindow::setMapStyles(const render::MapStyles &styles)
{
    previewMapStyles(styles);
    if (m_data)
        Q_EMIT mapStylesChanged(m_styles);
}

void MainWindow::previewMapStyles(const render::MapStyles &styles)
{
    m_styles = styles;
    if (!m_data)
        return;
    // The choropleth comes and goes with its round, under the district outlines; the standard
    // layers are then rebuilt where they lie.
    const QString choropleth = QStringLiteral("survey_areas");
    render::LayerList layers = m_canvas->layers();
    std::erase_if(layers, [&](const auto &l) { return l->id() == choropleth; });
    QStringList visible = m_canvas->visibleLayers();
    visible.removeAll(choropleth);
    if (m_styles.choroplethSurvey != 0) {
        const auto districts = std::find_if(layers.begin(), layers.end(),
                                            [](const auto &l) { return l->id() == QLatin1String("districts"); });
        layers.insert(districts, std::make_shared<render::SurveyChoroplethLayer>(m_data, m_styles.choroplethSurvey,
                                                                                 m_styles.choroplethIndicator));
        visible << choropleth;
    }
    m_canvas->setVisibleLayers(visible);
    m_canvas->setLayers(layers, m_data->epsg);
    rebuildStandardLayers();
}

void MainWindow::setMapData(std::shared_ptr<const render::MapData> snapshot)
{
    m_data = std::move(snapshot);
    if (m_data)
        rebuildStandardLayers();
}

void MainWindow::setSelection(const std::vector<PointXY> &positions)
{
    setOverlayLayer(QStringLiteral("selection"),
                    positions.empty() ? nullptr : std::make_shared<render::SelectionLayer>(positions));
}

std::int64_t MainWindow::shownIncidentCount() const
{
    std::int64_t n = 0;
    for (const auto &l : m_canvas->layers()) {
        const QString id = l->id();
        if (id == QLatin1String("incidents") || id == QLatin1String("incidents_centre") ||
            id == QLatin1String("incidents_sensitive"))
            n += std::max<std::int64_t>(0, l->featureCount());
    }
    return n;
}

void MainWindow::showFilterStatus()
{
    if (!m_filterStatus) {
        m_filterStatus = new QLabel(this);
        m_filterStatus->setObjectName(QStringLiteral("statusFilter"));
        statusBar()->addPermanentWidget(m_filterStatus);
    }
    if (!m_data) {
        m_filterStatus->clear();
        return;
    }
    const QString shown = m_filter.describe(m_data->timeZone);
    const QString count = QLocale().toString(shownIncidentCount());
    m_filterStatus->setText(shown.isEmpty() ? tr("%1 incidents").arg(count)
                                            : tr("%1 incidents (%2)").arg(count, shown));
}

void MainWindow::setOverlayLayer(const QString &id, std::shared_ptr<const render::MapLayer> layer)
{
    if (!m_data)
        return;
    render::LayerList layers;
    for (const auto &l : m_canvas->layers())
        if (l->id() != id)
            layers.push_back(l);
    QStringList visible = m_canvas->visibleLayers();
    visible.removeAll(id);
    if (layer) {
        layers.push_back(std::move(layer));
        visible << id;
    }
    m_layers->setLayers(layers, visible);
    m_canvas->setLayers(layers, m_data->epsg);
    m_canvas->setVisibleLayers(visible);
}

} // namespace lb::app
