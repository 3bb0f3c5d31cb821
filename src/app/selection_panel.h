#pragma once

// SelectionPanel: Selection on the map. The Selection menu and tool bar select the incidents the
// map shows inside a box or a polygon drawn with a SketchTool, inside a district chosen from a
// list or clicked on the map; Clear empties the selection. The selection goes into the attribute
// table's selection (which rings it on the map), or rings it directly when there is no table. The
// dock says how many incidents are selected, per category, and how many of sensitive categories
// lie inside (counted only, as on the map); it zooms to the selection. A new map filter or
// disclosure choice selects anew inside the same shape.
//
// GUI thread only. A dock owned by the main window.

#include "app/selection_query.h"

#include <QDockWidget>

class QAction;
class QDialog;
class QLabel;
class QMenu;
class QPushButton;
class QTableWidget;

namespace lb::app {

class AttributeTableWindow;
class MainWindow;
class SketchTool;
struct SketchGeometry;

class SelectionPanel : public QDockWidget {
    Q_OBJECT
public:
    explicit SelectionPanel(MainWindow *window);

    // Makes the dock, puts its actions in `menu` and in a tool bar of the window.
    static SelectionPanel *install(MainWindow *window, QMenu *menu);

    // Selects what the map shows inside `shape`; `what` names it in the dock ("Box", a district).
    void selectInside(const MultiPolygon &shape, const QString &what);
    // Selects inside the snapshot's district of this index; false when there is none.
    bool selectDistrict(int index);
    // The index of the district containing `p`, -1 outside every district.
    int districtAt(PointXY p) const;
    // The list of districts to choose from (window-modal, not blocking); accepting selects.
    QDialog *chooseDistrict();
    void clearSelection();
    void zoomToSelection();

    const SelectionResult &result() const { return m_result; }
    bool hasSelection() const { return !m_shape.empty(); }
    SketchTool *sketchTool() const { return m_sketch; }
    QAction *boxAction() const { return m_box; }
    QAction *polygonAction() const { return m_polygon; }
    QAction *districtClickAction() const { return m_districtClick; }
    // "Selected incidents: 12", as the dock shows it.
    QString summaryText() const;

private:
    void reselect();
    void showResult();
    void onSketched(const SketchGeometry &geometry);
    AttributeTableWindow *table() const;

    MainWindow *m_window;
    SketchTool *m_sketch;
    QAction *m_box = nullptr;
    QAction *m_polygon = nullptr;
    QAction *m_district = nullptr;
    QAction *m_districtClick = nullptr;
    QAction *m_clear = nullptr;
    QAction *m_zoom = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_categories = nullptr;
    QLabel *m_sensitive = nullptr;
    QPushButton *m_zoomButton = nullptr;
    QPushButton *m_clearButton = nullptr;

    MultiPolygon m_shape; // what was drawn or chosen; empty when nothing is selected
    QString m_what;
    SelectionResult m_result;
};

} // namespace lb::app
