#pragma once

// InterventionPanel: the dock listing the store's interventions (insatser), a form to add one
// (a point with a radius picked on the map, or districts), and the evaluation of the selected
// intervention: the sentences, warnings and the monthly chart (report::evaluateStoredIntervention
// on a worker with its own read-only store).
//
// GUI thread only. The panel borrows the canvas (the main window owns it) to pick points.

#include "report/intervention_evaluator.h"

#include <QDockWidget>
#include <QFutureWatcher>

#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTextBrowser;

namespace lb::app {

class MainWindow;
class MapCanvas;

class InterventionPanel : public QDockWidget {
    Q_OBJECT
public:
    explicit InterventionPanel(MapCanvas *canvas, QWidget *parent = nullptr);
    ~InterventionPanel() override;

    // Adds the panel, hidden, to the window's right dock area and follows the window's store.
    static InterventionPanel *install(MainWindow *window);

    void setStore(const QString &path);
    // Saves the form as a new intervention; false (and the reason in the status line) when it cannot.
    bool saveForm();
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

Q_SIGNALS:
    void evaluated(bool ok);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildForm();
    QWidget *buildEvaluation();
    void reload();
    void onEvaluated();
    std::vector<Intervention> m_interventions;

    MapCanvas *m_canvas = nullptr;
    QString m_path;
    std::optional<PointXY> m_picked;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_hasEnd = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_place = nullptr;
    QPushButton *m_pick = nullptr;
    QLabel *m_pickedLabel = nullptr;
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
