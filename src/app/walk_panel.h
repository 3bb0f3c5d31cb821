#pragma once

// WalkPanel: the dock for planning and printing a safety walk (trygghetsvandring). Choose a walk,
// let the program propose its points (report::proposeForWalk, as `lagesbild-cli walk plan`), drop
// or reorder them, save them as the walk's plan (store::WalkStore) and print the walk map with
// its notes table (report::WalkPrinter, as `walk print`). Findings are recorded with the finding
// tools and their dock. GUI thread only; the form is ui/walk_panel.ui.

#include "core/records.h"
#include "core/walk_plan.h"

#include <QDockWidget>

#include <memory>
#include <vector>

namespace Ui {
class WalkPanelForm;
}

namespace lb::app {

class DialogService;
class MainWindow;

class WalkPanel : public QDockWidget {
    Q_OBJECT
public:
    explicit WalkPanel(DialogService *dialogs, QWidget *parent = nullptr);
    ~WalkPanel() override;

    // Adds the panel, hidden, to the window's right dock area and follows the window's store.
    static WalkPanel *install(MainWindow *window);

    void setStore(const QString &path);
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

    const WalkPlan &plan() const { return m_plan; }
    Ui::WalkPanelForm *form() const { return m_ui.get(); }

private:
    void reload();
    void showWalk();
    void showPlan(int selectRow = -1);
    const Walk *currentWalk() const;

    std::unique_ptr<Ui::WalkPanelForm> m_ui;
    DialogService *m_dialogs;
    QString m_path;
    std::vector<Walk> m_walks;
    std::vector<Area> m_areas;
    WalkPlan m_plan;
    bool m_dirty = false;
};

} // namespace lb::app
