#pragma once

// AttributeTableWindow: the incidents the map shows as a table (form: ui/attribute_table.ui),
// following the map filter. Selecting rows rings the incidents on the map; a click on the map
// (identify) selects its incidents in the table. The selection is counted by category, can be
// zoomed to, and the selection or all rows can be exported as CSV for Swedish Excel or as XLSX.
//
// GUI thread only. A separate top-level window owned by the main window.

#include "app/incident_table_model.h"

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
    explicit AttributeTableWindow(MainWindow *window);
    ~AttributeTableWindow() override;

    // Makes the window and the View › Attribute table action, and connects it to the main window.
    static AttributeTableWindow *install(MainWindow *window);

    IncidentTableModel *model() const { return m_model; }
    Ui::AttributeTableForm *form() const { return m_ui.get(); }
    // The selected rows, top to bottom.
    std::vector<int> selectedRows() const;
    // Selects the rows of these ids (those the filter shows) and scrolls to the first.
    void selectIds(const std::vector<FeatureId> &ids);
    void zoomToSelection();
    // Writes the selected rows (or all) to `path`: .xlsx as a workbook, anything else as CSV.
    Status exportRows(const QString &path, bool selectionOnly) const;

private:
    void refresh();
    void onSelectionChanged();
    void chooseExport(bool selectionOnly);

    MainWindow *m_window;
    std::unique_ptr<Ui::AttributeTableForm> m_ui;
    IncidentTableModel *m_model;
};

} // namespace lb::app
