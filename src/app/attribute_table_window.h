#pragma once

// AttributeTableWindow: what one map layer shows as a table (form: ui/attribute_table.ui) —
// incidents, survey pins or walk findings — following the map filter. Selecting rows rings the
// features on the map; a click on the map selects its features in the table (incidents through
// identify, pins and findings by the nearest position). The selection is counted by category
// (rating, status), can be zoomed to, and the selection or all rows can be exported as CSV for
// Swedish Excel or as XLSX. Opened from the View menu or the layer list's context menu.
//
// GUI thread only. Separate top-level windows owned by the main window.

#include "app/feature_table_model.h"

#include <QWidget>

#include <memory>

namespace Ui {
class AttributeTableForm;
}

namespace lb::app {

class MainWindow;

class AttributeTableWindow : public QWidget {
    Q_OBJECT
public:
    enum class Kind { Incidents, SurveyPins, Findings };

    AttributeTableWindow(MainWindow *window, Kind kind);
    ~AttributeTableWindow() override;

    // Makes the three windows (object names attributeTable, attributeTableSurveyPins,
    // attributeTableFindings), their View menu actions and the layer list's context menu, and
    // connects them to the main window. Returns the incidents' window.
    static AttributeTableWindow *install(MainWindow *window);

    Kind kind() const { return m_kind; }
    // The map layer whose features the table lists.
    QString layerId() const;
    FeatureTableModel *model() const { return m_model; }
    Ui::AttributeTableForm *form() const { return m_ui.get(); }
    // The selected rows, top to bottom.
    std::vector<int> selectedRows() const;
    // Selects the rows of these ids (those the filter shows) and scrolls to the first.
    void selectIds(const std::vector<FeatureId> &ids);
    void zoomToSelection();
    // Writes the selected rows (or all) to `path`: .xlsx as a workbook, anything else as CSV.
    Status exportRows(const QString &path, bool selectionOnly) const;

private:
    void connectTo(QAction *open);
    void refresh();
    void onSelectionChanged();
    void chooseExport(bool selectionOnly);
    // Selects the features at the position nearest to a map click (pins and findings).
    void selectNear(PointXY at);

    MainWindow *m_window;
    Kind m_kind;
    std::unique_ptr<Ui::AttributeTableForm> m_ui;
    FeatureTableModel *m_model;
    bool m_ringed = false;            // this table's selection is the one ringed on the map
    std::vector<FeatureId> m_keptIds; // the selection across a reset of the rows (a sort)
};

} // namespace lb::app
