// InterventionPanel: the place of an intervention drawn on the map, a route or an area.

#include "app/intervention_panel.h"

#include "app/sketch_tool.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>

#include <cmath>

namespace lb::app {

void InterventionPanel::setSketchTool(SketchTool *tool)
{
    m_sketch = tool;
    connect(m_draw, &QPushButton::toggled, m_sketch, [this](bool on) {
        const bool route = m_place->currentData().toInt() == static_cast<int>(InterventionShape::Route);
        if (on)
            m_sketch->start(route ? SketchTool::Mode::Line : SketchTool::Mode::Polygon);
        else
            m_sketch->cancel();
    });
    connect(m_sketch, &SketchTool::finished, this, &InterventionPanel::onDrawn);
    connect(m_sketch, &SketchTool::activeChanged, m_draw, [this](bool on) {
        if (!on)
            m_draw->setChecked(false);
    });
    onPlaceChanged();
}

void InterventionPanel::onPlaceChanged()
{
    const auto shape = static_cast<InterventionShape>(m_place->currentData().toInt());
    m_pick->setEnabled(shape == InterventionShape::Point);
    // Around the point, or either side of the route.
    m_radius->setEnabled(shape == InterventionShape::Point || shape == InterventionShape::Route);
    m_districts->setEnabled(shape == InterventionShape::Districts);
    const bool drawn = shape == InterventionShape::Route || shape == InterventionShape::Polygon;
    if (m_sketch && m_sketch->isActive())
        m_sketch->cancel(); // a sketch of the other shape would be saved as the wrong one
    m_draw->setEnabled(drawn && m_sketch);
    m_drawnLabel->setVisible(drawn);
    showDrawn();
}

void InterventionPanel::onDrawn(const SketchGeometry &geometry)
{
    if (geometry.kind == SketchGeometry::Kind::Line)
        m_drawnRoute = geometry.vertices;
    else
        m_drawnArea = {geometry.polygon()};
    showDrawn();
}

void InterventionPanel::showDrawn()
{
    const QLocale locale;
    const auto shape = static_cast<InterventionShape>(m_place->currentData().toInt());
    if (shape == InterventionShape::Route) {
        double metres = 0.0;
        for (std::size_t i = 1; i < m_drawnRoute.size(); ++i)
            metres += std::hypot(m_drawnRoute[i].x - m_drawnRoute[i - 1].x, m_drawnRoute[i].y - m_drawnRoute[i - 1].y);
        m_drawnLabel->setText(m_drawnRoute.size() < 2 ? tr("No route drawn yet")
                                                      : tr("Route: %1 points, %2 m")
                                                            .arg(locale.toString(qint64(m_drawnRoute.size())),
                                                                 locale.toString(metres, 'f', 0)));
    } else if (shape == InterventionShape::Polygon) {
        const std::size_t corners = m_drawnArea.empty() || m_drawnArea.front().rings.empty()
                                        ? 0
                                        : m_drawnArea.front().rings.front().size() - 1; // the ring is closed
        const double squareMetres = area(m_drawnArea);
        const QString count = locale.toString(qint64(corners));
        m_drawnLabel->setText(
            m_drawnArea.empty() ? tr("No area drawn yet")
            : squareMetres >= 1e6
                ? tr("Area: %1 corners, %2 km²").arg(count, locale.toString(squareMetres / 1e6, 'f', 2))
                : tr("Area: %1 corners, %2 ha").arg(count, locale.toString(squareMetres / 1e4, 'f', 2)));
    }
}

} // namespace lb::app
