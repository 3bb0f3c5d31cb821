// WalkPanel: the walk's route, drawn on the map with a SketchTool in line mode and saved with the
// walk, as `walk create --route` gives it. Proposals then look within 150 m of the route instead
// of in the district.

#include "app/edit_author.h"
#include "app/sketch_tool.h"
#include "app/walk_panel.h"
#include "app/walk_point_tool.h"
#include "store/store.h"
#include "store/walk_store.h"

#include "ui_walk_panel.h"

#include <QLocale>

#include <cmath>

namespace lb::app {

namespace {
double lengthOf(const LineString &line)
{
    double sum = 0.0;
    for (std::size_t i = 1; i < line.size(); ++i)
        sum += std::hypot(line[i].x - line[i - 1].x, line[i].y - line[i - 1].y);
    return sum;
}
} // namespace

void WalkPanel::setSketchTool(SketchTool *tool)
{
    m_sketch = tool;
    if (tool) {
        connect(m_ui->routeButton, &QPushButton::toggled, tool, [this](bool on) {
            if (on == m_sketch->isActive())
                return;
            if (on) {
                if (m_pointTool)
                    m_pointTool->setActive(false); // one tool takes the map's clicks at a time
                m_sketch->start(SketchTool::Mode::Line);
                m_ui->statusLabel->setText(tr("Click the route's points on the map; a double click, Enter or a "
                                              "right click ends it, Esc gives up."));
            } else {
                m_sketch->cancel();
            }
        });
        connect(tool, &SketchTool::activeChanged, this, [this](bool on) {
            const QSignalBlocker block(m_ui->routeButton);
            m_ui->routeButton->setChecked(on);
        });
        connect(tool, &SketchTool::finished, this, [this](const SketchGeometry &geometry) {
            if (geometry.kind == SketchGeometry::Kind::Line)
                setRoute(geometry.vertices);
        });
        connect(tool, &SketchTool::cancelled, this, [this] { m_ui->statusLabel->setText(tr("No route drawn.")); });
    }
    updateRouteButton();
}

void WalkPanel::updateRouteButton()
{
    const bool can = m_sketch && currentWalk();
    if (!can)
        stopRouteSketch();
    m_ui->routeButton->setEnabled(can);
}

void WalkPanel::stopRouteSketch()
{
    if (m_sketch && m_sketch->isActive())
        m_sketch->cancel();
}

bool WalkPanel::setRoute(const LineString &route)
{
    const Walk *shown = currentWalk();
    auto store = store::Store::open(m_path, store::Store::Mode::ReadWrite);
    if (!shown || !store) {
        m_ui->statusLabel->setText(store ? tr("Choose a walk first.") : store.errorMessage());
        return false;
    }
    store::WalkStore walks(**store);
    auto walk = walks.walk(shown->id);
    if (!walk) {
        m_ui->statusLabel->setText(walk.errorMessage());
        return false;
    }
    walk->route = route;
    if (Status s = walks.update(*walk, editAuthor()); !s) {
        m_ui->statusLabel->setText(s.errorMessage());
        return false;
    }
    for (Walk &w : m_walks)
        if (w.id == walk->id)
            w.route = route;
    m_ui->statusLabel->setText(tr("Saved the walk's route (%1 m); Propose points now looks within 150 m of it.")
                                   .arg(QLocale().toString(lengthOf(route), 'f', 0)));
    Q_EMIT planChanged(); // the map shows the new route with the plan
    return true;
}

} // namespace lb::app
