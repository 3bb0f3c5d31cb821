// MainWindow: the menus, their actions and the tool bar; the docks and tools they open install
// themselves here.

#include "app/main_window.h"

#include "app/analysis_panel.h"
#include "app/attribute_table_window.h"
#include "app/base_map_controller.h"
#include "app/bookmarks_panel.h"
#include "app/chart_dialog.h"
#include "app/demo_task.h"
#include "app/dialog_service.h"
#include "app/feature_panel.h"
#include "app/filter_panel.h"
#include "app/finding_panel.h"
#include "app/help_window.h"
#include "app/intervention_panel.h"
#include "app/layer_panel.h"
#include "app/layer_state_controller.h"
#include "app/layer_style_menu.h"
#include "app/map_canvas.h"
#include "app/measure_tool.h"
#include "app/new_store_dialog.h"
#include "app/preferences_dialog.h"
#include "app/print_dialog.h"
#include "app/report_dialog.h"
#include "app/selection_panel.h"
#include "app/shared_store.h"
#include "app/walk_panel.h"
#include "app/welcome_widget.h"
#include "render/base_map_layer.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenuBar>
#include <QToolBar>

namespace lb::app {

void MainWindow::enableForFileStores(QAction *action) const
{
    // Print, charts and the yearly report read a store file; a shared store is not yet theirs.
    action->setEnabled(!isSharedStoreOpen());
    action->setToolTip(isSharedStoreOpen() ? notOnSharedStore() : QString());
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open =
        file->addAction(QIcon(QStringLiteral(":/app/open.svg")), tr("&Open store…"), this, &MainWindow::chooseStore);
    open->setObjectName(QStringLiteral("actionOpenStore"));
    open->setShortcut(QKeySequence::Open);
    QAction *openShared = file->addAction(tr("Open &shared store…"), this, &MainWindow::chooseSharedStore);
    openShared->setObjectName(QStringLiteral("actionOpenSharedStore"));
    QAction *newStore = file->addAction(tr("&New store…"), this, [this] {
        qint64 districts = 0;
        const QString path = runNewStoreDialog(this, m_dialogs, &districts);
        if (path.isEmpty())
            return;
        // Districts come next: offer the import wizard once the new store is open, unless the
        // dialog imported them.
        if (districts == 0 &&
            m_dialogs->ask(this, tr("New store"),
                           tr("The store for %1 is ready. Import its districts (a file of areas) now?")
                               .arg(QFileInfo(path).completeBaseName())))
            connect(
                this, &MainWindow::storeOpened, this, [this] { openImportWizard(); }, Qt::SingleShotConnection);
        openStore(path);
    });
    newStore->setObjectName(QStringLiteral("actionNewStore"));
    newStore->setShortcut(QKeySequence::New);
    connect(m_welcome, &WelcomeWidget::newStoreRequested, newStore, &QAction::trigger);
    QAction *demo = file->addAction(tr("Create &demo store…"), this, &MainWindow::chooseDemoPath);
    demo->setObjectName(QStringLiteral("actionCreateDemo"));
    demo->setEnabled(demoAvailable());
    file->addSeparator();
    QAction *importData = file->addAction(tr("&Import data…"), this, [this] { openImportWizard(); });
    importData->setObjectName(QStringLiteral("actionImportData"));
    importData->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_I);
    QAction *importBatches = file->addAction(tr("Import &batches…"), this, &MainWindow::openImportBatches);
    importBatches->setObjectName(QStringLiteral("actionImportBatches"));
    QAction *police = file->addAction(tr("Fetch &police events…"), this, &MainWindow::fetchPoliceEvents);
    police->setObjectName(QStringLiteral("actionFetchPoliceEvents"));
    for (QAction *a : {importData, importBatches, police}) {
        a->setEnabled(false);
        // A store that cannot be written is shown, but takes no imports; a shared store takes them
        // from lagesbild-cli for now.
        connect(this, &MainWindow::storeOpened, a, [this, a, importBatches] {
            a->setEnabled(!isSharedStoreOpen() && (a == importBatches || m_readOnlyReason.isEmpty()));
            a->setToolTip(isSharedStoreOpen() ? notOnSharedStore() : QString());
        });
    }
    QAction *print = file->addAction(tr("&Print map…"), this, [this] {
        // A print waits for its background maps; the map on screen does not.
        PrintView view{m_storePath, m_data ? m_data->name : QString(), m_canvas->settings(),
                       render::withWholeBaseMaps(m_canvas->layers()), m_data ? m_data->fullExtent : Extent{}};
        PrintDialog(std::move(view), m_dialogs, this).exec();
    });
    print->setObjectName(QStringLiteral("actionPrintMap"));
    print->setShortcut(QKeySequence::Print);
    print->setEnabled(false);
    connect(this, &MainWindow::storeOpened, print, [this, print] { enableForFileStores(print); });
    QAction *charts =
        file->addAction(tr("&Charts…"), this, [this] { ChartDialog(m_storePath, m_dialogs, this).exec(); });
    charts->setObjectName(QStringLiteral("actionCharts"));
    charts->setEnabled(false);
    connect(this, &MainWindow::storeOpened, charts, [this, charts] { enableForFileStores(charts); });
    QAction *yearly =
        file->addAction(tr("Yearly &report…"), this, [this] { ReportDialog(m_storePath, m_dialogs, this).exec(); });
    yearly->setObjectName(QStringLiteral("actionYearlyReport"));
    yearly->setEnabled(false);
    connect(this, &MainWindow::storeOpened, yearly, [this, yearly] { enableForFileStores(yearly); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("menuEdit"));
    FindingPanel *findings = FindingPanel::install(this, edit);
    edit->addSeparator();
    edit->addAction(PreferencesDialog::createAction(this));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));
    m_zoomFull =
        view->addAction(QIcon(QStringLiteral(":/app/zoom-full.svg")), tr("Zoom to &full extent"), this, [this] {
            if (m_data)
                m_canvas->setExtent(m_data->fullExtent.buffered(
                    0.03 * std::max(m_data->fullExtent.width(), m_data->fullExtent.height())));
        });
    m_zoomFull->setObjectName(QStringLiteral("actionZoomFull"));
    m_zoomFull->setShortcut(Qt::CTRL | Qt::Key_0);
    m_zoomIn =
        view->addAction(QIcon(QStringLiteral(":/app/zoom-in.svg")), tr("Zoom &in"), this, [this] { zoomBy(2.0); });
    m_zoomIn->setShortcut(QKeySequence::ZoomIn);
    m_zoomOut =
        view->addAction(QIcon(QStringLiteral(":/app/zoom-out.svg")), tr("Zoom &out"), this, [this] { zoomBy(0.5); });
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    view->addSeparator();
    QDockWidget *dock = findChild<QDockWidget *>(QStringLiteral("layerDock"));
    QAction *toggleLayers = dock->toggleViewAction();
    toggleLayers->setText(tr("&Layers"));
    view->addAction(toggleLayers);
    view->addAction(FilterPanel::install(this)->toggleViewAction());
    view->addAction(FeaturePanel::install(this)->toggleViewAction());
    view->addAction(BookmarksPanel::install(this)->toggleViewAction());
    AttributeTableWindow::install(this);
    view->addAction(AnalysisPanel::install(this)->toggleViewAction());
    view->addAction(InterventionPanel::install(this)->toggleViewAction());
    view->addAction(findings->toggleViewAction());
    view->addAction(WalkPanel::install(this)->toggleViewAction());
    view->addAction((new MeasureTool(this))->action());
    BaseMapController::install(this);
    LayerStateController::install(this, view);
    LayerStyleMenu::install(this);
    view->addSeparator();
    // Off by default: sensitive incidents are counts per district until the user chooses otherwise,
    // and the map then says so in a red banner on screen and in every export.
    QAction *sensitive = view->addAction(tr("Show exact positions of &sensitive incidents"));
    sensitive->setObjectName(QStringLiteral("actionShowSensitivePoints"));
    sensitive->setCheckable(true);
    connect(sensitive, &QAction::toggled, this, [this](bool on) {
        DisclosureRules rules = m_canvas->settings().disclosure();
        rules.showSensitivePoints = on;
        m_canvas->setDisclosure(rules);
    });
    for (QAction *a : {m_zoomFull, m_zoomIn, m_zoomOut})
        a->setEnabled(false);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    addHelpActions(help, this);
    QAction *about = help->addAction(tr("&About Lägesbild"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));

    QToolBar *tools = addToolBar(tr("Map"));
    tools->setObjectName(QStringLiteral("mapToolBar"));
    tools->setMovable(false);
    tools->setIconSize(QSize(22, 22));
    tools->addAction(open);
    // Actions that are off on a shared store say why in their tooltips.
    file->setToolTipsVisible(true);
    tools->addSeparator();
    tools->addAction(m_zoomIn);
    tools->addAction(m_zoomOut);
    tools->addAction(m_zoomFull);

    // Selection on the map: its menu before Help, its tool bar after the map's.
    QMenu *selection = new QMenu(tr("&Selection"), this);
    selection->setObjectName(QStringLiteral("menuSelection"));
    menuBar()->insertMenu(help->menuAction(), selection);
    SelectionPanel::install(this, selection);
}

} // namespace lb::app
