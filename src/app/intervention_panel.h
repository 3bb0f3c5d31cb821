#pragma once

// InterventionPanel: the dock listing the store's interventions (insatser), a form to add one
// (a point with a radius picked on the map, districts, or a route or an area drawn on the map with
// a SketchTool) or to change the selected one (its route or area can be drawn anew), removal
// of the selected one after a question, and the evaluation of the selected
// intervention: the sentences, warnings and the monthly chart (report::evaluateStoredIntervention
// on a worker with its own read-only store).
//
// GUI thread only. The panel borrows the canvas (the main window owns it) to pick points.

#include "core/records.h"
#include "render/map_layer.h"
#include "report/intervention_evaluator.h"

#include <QDockWidget>
#include <QFutureWatcher>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTextBrowser;

namespace lb::app {

class DialogService;
class MainWindow;
class MapCanvas;
class SketchTool;
struct SketchGeometry;

class InterventionPanel : public QDockWidget {
    Q_OBJECT
public:
    explicit InterventionPanel(MapCanvas *canvas, QWidget *parent = nullptr);
    ~InterventionPanel() override;

    // Adds the panel, hidden, to the window's right dock area and follows the window's store.
    static InterventionPanel *install(MainWindow *window);

    void setStore(const QString &path);
    // Where conflicts on a shared store are shown; install() gives the window's.
    void setDialogs(DialogService *dialogs) { m_dialogs = dialogs; }
    // Called after each save of the panel's own on a shared store, with the intervention's id.
    void setOwnChangeNote(std::function<void(std::int64_t id)> note) { m_noteOwnChange = std::move(note); }
    // Saves the form as a new intervention, or as the changed one after editSelected(); false (and
    // the reason in the status line) when it cannot.
    bool saveForm();
    // Loads the selected intervention into the form to change it; saveForm() then updates it.
    void editSelected();
    // Leaves the form for a new intervention again.
    void cancelEdit();
    // Removes the selected intervention when `confirm` (asked with its name) says yes.
    bool removeSelected();
    // Asks the user before a removal; without one, nothing is removed.
    void setConfirm(std::function<bool(const QString &question)> confirm) { m_confirm = std::move(confirm); }
    // Where the panel puts the map layer of the store's interventions each time it reads them.
    void setShowOnMap(std::function<void(std::shared_ptr<const render::MapLayer>)> show)
    {
        m_showOnMap = std::move(show);
    }
    std::int64_t editingId() const { return m_editing ? m_editing->id : 0; }
    // Evaluates the selected intervention on a worker; evaluated() follows.
    void evaluateSelected();
    bool isBusy() const { return m_watcher.isRunning(); }

    QTableWidget *table() const { return m_table; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *kindCombo() const { return m_kind; }
    QDateEdit *fromEdit() const { return m_from; }
    QComboBox *placeCombo() const { return m_place; }
    QDoubleSpinBox *radiusSpin() const { return m_radius; }
    QListWidget *districtList() const { return m_districts; }
    QComboBox *comparisonCombo() const { return m_comparison; }
    QTextBrowser *resultView() const { return m_result; }
    QLabel *chartLabel() const { return m_chart; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *pickedLabel() const { return m_pickedLabel; }
    QPushButton *pickButton() const { return m_pick; }
    void setPickedPoint(PointXY p);
    // The tool that draws a route or an area ("Draw on the map"); install() gives the window's.
    void setSketchTool(SketchTool *tool);
    QPushButton *drawButton() const { return m_draw; }
    QLabel *drawnLabel() const { return m_drawnLabel; }
    // What was drawn (or loaded for a change) for the route or the area.
    const LineString &drawnRoute() const { return m_drawnRoute; }
    const MultiPolygon &drawnArea() const { return m_drawnArea; }

Q_SIGNALS:
    void evaluated(bool ok);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildForm();
    QWidget *buildEvaluation();
    void reload();
    void onEvaluated();
    void fillForm(const Intervention &i);
    void selectId(std::int64_t id);
    void onPlaceChanged();
    void onDrawn(const SketchGeometry &geometry);
    void showDrawn();
    // A shared store on a server (intervention_panel_shared.cpp): read with row versions; a change
    // of what an intervention says is saved only over the version it was read at, and a conflict
    // is shown; adding, removing, reshaping and evaluating are off there for now.
    bool isShared() const;
    void readShared(Result<std::vector<Intervention>> &all, Result<std::vector<InterventionKind>> &kinds,
                    Result<std::vector<Area>> &districts);
    bool saveShared(const Intervention &changed);
    void updateSharedState();
    std::vector<Intervention> m_interventions;
    std::map<std::int64_t, std::int64_t> m_versions; // row version of each, on a shared store
    DialogService *m_dialogs = nullptr;
    std::function<void(std::int64_t)> m_noteOwnChange;
    bool m_sharedStateShown = false; // the buttons are set for a shared store

    MapCanvas *m_canvas = nullptr;
    QString m_path;
    std::optional<PointXY> m_picked;
    std::optional<Intervention> m_editing; // the intervention the form changes; none: a new one
    std::function<bool(const QString &)> m_confirm;
    std::function<void(std::shared_ptr<const render::MapLayer>)> m_showOnMap;
    QGroupBox *m_formBox = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancelEdit = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_hasEnd = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_place = nullptr;
    QPushButton *m_pick = nullptr;
    QLabel *m_pickedLabel = nullptr;
    SketchTool *m_sketch = nullptr;
    QPushButton *m_draw = nullptr;
    QLabel *m_drawnLabel = nullptr;
    LineString m_drawnRoute;
    MultiPolygon m_drawnArea;
    QDoubleSpinBox *m_radius = nullptr;
    QListWidget *m_districts = nullptr;
    QLineEdit *m_organisation = nullptr;
    QDoubleSpinBox *m_cost = nullptr;
    QLineEdit *m_description = nullptr;
    QComboBox *m_comparison = nullptr;
    QDoubleSpinBox *m_buffer = nullptr;
    QSpinBox *m_months = nullptr;
    QPushButton *m_evaluate = nullptr;
    QTextBrowser *m_result = nullptr;
    QLabel *m_chart = nullptr;
    QLabel *m_status = nullptr;
    struct Outcome {
        QString error; // empty when evaluated
        report::EvaluationReport report;
    };
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace lb::app
