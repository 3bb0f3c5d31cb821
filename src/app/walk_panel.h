#pragma once

// WalkPanel: the dock for planning and printing a safety walk (trygghetsvandring). Choose a walk,
// let the program propose its points (report::proposeForWalk, as `lagesbild-cli walk plan`), drop
// or reorder them, save them as the walk's plan (store::WalkStore) and print the walk map with
// its notes table (report::WalkPrinter, as `walk print`) after a preview of its pages. A point can be added by hand:
// type why, press "Add point on the map" and click the map (WalkPointTool; `walk points-edit --add`). Findings are
// recorded with the finding tools and their dock. GUI thread only; the form is ui/walk_panel.ui.

#include "core/records.h"
#include "core/walk_plan.h"
#include "report/walk_print.h"

#include <QDockWidget>

#include <memory>
#include <optional>
#include <vector>

namespace Ui {
class WalkPanelForm;
}

namespace lb::app {

class DialogService;
class MainWindow;
class MapCanvas;
class WalkPointTool;
class SketchTool;
class WalkPrintPreview;

class WalkPanel : public QDockWidget {
    Q_OBJECT
public:
    explicit WalkPanel(DialogService *dialogs, QWidget *parent = nullptr);
    ~WalkPanel() override;

    // Adds the panel, hidden, to the window's right dock area and follows the window's store.
    static WalkPanel *install(MainWindow *window);

    void setStore(const QString &path);
    // The map whose clicks add points by hand; without one the panel cannot add points.
    void setCanvas(MapCanvas *canvas);
    WalkPointTool *pointTool() const { return m_pointTool; }
    // The tool that draws the walk's route (the panel does not own it); without one the route
    // cannot be drawn.
    void setSketchTool(SketchTool *tool);
    SketchTool *sketchTool() const { return m_sketch; }
    // Saves `route` as the chosen walk's route (in the edit log too); false, and why in the status
    // line, when there is no walk or the store refuses it.
    bool setRoute(const LineString &route);
    // Adds a point at `position` with the place and reason typed in the form, after the selected
    // point (or last), as a point added by hand; not saved yet. False when no walk is chosen or no
    // reason is typed.
    bool addPointAt(PointXY position);
    // Chooses the walk with this id; false when the store has none.
    bool chooseWalk(std::int64_t walkId);
    // Replaces the shown plan with the program's proposal (not saved yet).
    bool propose();
    // Moves the selected point one place earlier (-1) or later (+1), or removes it.
    void moveSelected(int step);
    void removeSelected();
    // Saves the shown plan as the walk's plan; false (and why in the status line) when it cannot.
    bool savePlan();
    // Writes the walk map and notes table to `path` (.pdf or .png).
    bool printTo(const QString &path);
    // The print preview of the shown plan (what the print button opens, deleted when closed);
    // null, and why in the status line, when there is nothing to print.
    WalkPrintPreview *createPrintPreview();

    const WalkPlan &plan() const { return m_plan; }
    Ui::WalkPanelForm *form() const { return m_ui.get(); }
    // The chosen walk's route (empty when it has none or no walk is chosen).
    LineString route() const;

Q_SIGNALS:
    // The shown plan changed (another walk, a proposal, an edit), saved or not.
    void planChanged();

private:
    void reload();
    void showWalk();
    void showPlan(int selectRow = -1);
    void updateAddButton();
    void updateRouteButton();
    void stopRouteSketch();
    const Walk *currentWalk() const;
    std::optional<report::WalkPrintInput> printInput();

    std::unique_ptr<Ui::WalkPanelForm> m_ui;
    DialogService *m_dialogs;
    WalkPointTool *m_pointTool = nullptr;
    SketchTool *m_sketch = nullptr;
    QString m_path;
    std::vector<Walk> m_walks;
    std::vector<Area> m_areas;
    WalkPlan m_plan;
    bool m_dirty = false;
};

} // namespace lb::app
