// SelectionPanel's menu and tool bar, and the ways of choosing a district.

#include "app/main_window.h"
#include "app/map_canvas.h"
#include "app/selection_panel.h"
#include "app/sketch_tool.h"

#include <QAction>
#include <QActionGroup>
#include <QDialog>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QMenu>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace lb::app {

SelectionPanel *SelectionPanel::install(MainWindow *window, QMenu *menu)
{
    auto *panel = new SelectionPanel(window);
    window->addDockWidget(Qt::RightDockWidgetArea, panel);
    panel->hide();
    auto action = [&](const QString &text, const char *name, bool checkable) {
        QAction *a = menu->addAction(text);
        a->setObjectName(QLatin1String(name));
        a->setCheckable(checkable);
        a->setEnabled(false);
        return a;
    };
    panel->m_box = action(tr("Select by &box"), "actionSelectBox", true);
    panel->m_polygon = action(tr("Select by &polygon"), "actionSelectPolygon", true);
    panel->m_districtClick = action(tr("Select the district &under a click"), "actionSelectDistrictClick", true);
    panel->m_district = action(tr("Select &district…"), "actionSelectDistrict", false);
    menu->addSeparator();
    panel->m_zoom = action(tr("&Zoom to selection"), "actionZoomToSelection", false);
    panel->m_clear = action(tr("&Clear selection"), "actionClearSelection", false);
    menu->addSeparator();
    menu->addAction(panel->toggleViewAction());
    panel->m_box->setToolTip(tr("Drag a box on the map, or click two of its corners"));
    panel->m_polygon->setToolTip(tr("Click the polygon's corners on the map; double-click or Enter finishes"));

    // One way of selecting at a time; none is fine too.
    auto *modes = new QActionGroup(panel);
    modes->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    for (QAction *a : {panel->m_box, panel->m_polygon, panel->m_districtClick})
        modes->addAction(a);
    SketchTool *sketch = panel->m_sketch;
    for (auto [a, mode] :
         {std::pair{panel->m_box, SketchTool::Mode::Box}, {panel->m_polygon, SketchTool::Mode::Polygon}}) {
        connect(a, &QAction::toggled, panel, [sketch, mode](bool on) {
            if (on)
                sketch->start(mode);
            else if (sketch->isActive() && sketch->mode() == mode)
                sketch->cancel();
        });
    }
    connect(sketch, &SketchTool::activeChanged, panel, [panel](bool on) {
        if (!on) {
            panel->m_box->setChecked(false);
            panel->m_polygon->setChecked(false);
        }
    });
    connect(panel->m_districtClick, &QAction::toggled, panel, [window, panel](bool on) {
        window->canvas()->setClickTool(panel, on);
        if (on)
            window->statusBar()->showMessage(tr("Click inside a district to select it."));
    });
    connect(window->canvas(), &MapCanvas::clicked, panel, [window, panel](PointXY at) {
        if (!panel->m_districtClick->isChecked())
            return;
        if (!panel->selectDistrict(panel->districtAt(at))) {
            window->statusBar()->showMessage(tr("There is no district here."));
            return;
        }
        panel->m_districtClick->setChecked(false);
    });
    connect(panel->m_district, &QAction::triggered, panel, &SelectionPanel::chooseDistrict);
    connect(panel->m_zoom, &QAction::triggered, panel, &SelectionPanel::zoomToSelection);
    connect(panel->m_clear, &QAction::triggered, panel, &SelectionPanel::clearSelection);

    connect(window, &MainWindow::storeOpened, panel, [panel] {
        for (QAction *a : {panel->m_box, panel->m_polygon, panel->m_districtClick, panel->m_district})
            a->setEnabled(true);
        panel->m_sketch->cancel();
        panel->clearSelection();
    });
    // After the attribute table (installed earlier) has followed the same change.
    connect(window, &MainWindow::mapFilterChanged, panel, [panel] {
        if (panel->hasSelection())
            panel->reselect();
    });
    connect(window->canvas(), &MapCanvas::disclosureChanged, panel, [panel] {
        if (panel->hasSelection())
            panel->reselect();
    });

    QToolBar *bar = window->addToolBar(tr("Selection"));
    bar->setObjectName(QStringLiteral("selectionToolBar"));
    bar->setMovable(false);
    for (QAction *a : {panel->m_box, panel->m_polygon, panel->m_districtClick, panel->m_clear})
        bar->addAction(a);
    return panel;
}

QDialog *SelectionPanel::chooseDistrict()
{
    const auto snapshot = m_window->mapData();
    if (!snapshot)
        return nullptr;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("districtDialog"));
    dialog->setWindowTitle(tr("Select district"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *list = new QListWidget(dialog);
    list->setObjectName(QStringLiteral("districtList"));
    for (std::size_t i = 0; i < snapshot->districts.size(); ++i) {
        auto *item = new QListWidgetItem(snapshot->districts[i].name, list);
        item->setData(Qt::UserRole, int(i));
    }
    list->sortItems();
    if (list->count() > 0)
        list->setCurrentRow(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(list);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(list, &QListWidget::itemDoubleClicked, dialog, &QDialog::accept);
    connect(dialog, &QDialog::accepted, this, [this, list] {
        if (QListWidgetItem *item = list->currentItem())
            selectDistrict(item->data(Qt::UserRole).toInt());
    });
    dialog->resize(320, 400);
    dialog->open();
    return dialog;
}

} // namespace lb::app
