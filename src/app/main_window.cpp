#include "app/main_window.h"

#include "app/demo_task.h"
#include "app/dialog_service.h"
#include "app/import_context.h"
#include "app/layer_panel.h"
#include "app/map_canvas.h"
#include "app/shared_store.h"
#include "app/shared_store_listener.h"
#include "app/store_watcher.h"
#include "app/welcome_widget.h"
#include "pgstore/pg_store_reader.h"
#include "render/map_layers.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

#include <mutex>

namespace lb::app {

namespace {
QString storeFilter()
{
    return MainWindow::tr("Lägesbild stores (*.gpkg);;All files (*)");
}

bool isStoreUrl(const QUrl &url)
{
    return url.isLocalFile() &&
           QFileInfo(url.toLocalFile()).suffix().compare(QLatin1String("gpkg"), Qt::CaseInsensitive) == 0;
}
} // namespace

MainWindow::MainWindow(DialogService *dialogs, QWidget *parent)
    : QMainWindow(parent)
{
    if (!dialogs) {
        m_ownDialogs = std::make_unique<WidgetDialogService>();
        dialogs = m_ownDialogs.get();
    }
    m_dialogs = dialogs;
    // Shared stores open through the same reader interface as files (store_reader.h); set once,
    // before any worker reads a store.
    static std::once_flag serverStores;
    std::call_once(serverStores, [] { pgstore::enableServerStores(); });
    setWindowTitle(tr("Lägesbild"));
    setWindowIcon(QIcon(QStringLiteral(":/app/lagesbild.svg")));
    setAcceptDrops(true);
    resize(1400, 900);

    m_stack = new QStackedWidget(this);
    m_welcome = new WelcomeWidget(m_stack);
    m_canvas = new MapCanvas(m_stack);
    m_canvas->setObjectName(QStringLiteral("mapCanvas"));
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_canvas);
    setCentralWidget(m_stack);

    auto *dock = new QDockWidget(tr("Layers"), this);
    dock->setObjectName(QStringLiteral("layerDock"));
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    m_layers = new LayerPanel(dock);
    m_layers->setObjectName(QStringLiteral("layerPanel"));
    dock->setWidget(m_layers);
    dock->setMinimumWidth(260);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    resizeDocks({dock}, {300}, Qt::Horizontal);
    dock->hide();

    createActions();
    createStatusBar();

    connect(m_welcome, &WelcomeWidget::openRequested, this, &MainWindow::chooseStore);
    connect(m_welcome, &WelcomeWidget::createDemoRequested, this, &MainWindow::chooseDemoPath);
    connect(m_layers, &LayerPanel::visibleLayersChanged, m_canvas, &MapCanvas::setVisibleLayers);
    connect(m_canvas, &MapCanvas::cursorMoved, this, &MainWindow::showCursorPosition);
    connect(m_canvas, &MapCanvas::cursorLeft, m_coordinates, &QLabel::clear);
    connect(m_canvas, &MapCanvas::extentChanged, this, &MainWindow::showScale);
    connect(m_canvas, &MapCanvas::renderFinished, this,
            [this](qint64 ms) { m_renderInfo->setText(tr("Drawn in %1 ms").arg(ms)); });
    connect(&m_loader, &QFutureWatcher<LoadOutcome>::finished, this, &MainWindow::onStoreLoaded);
    // A snapshot that could not be written only leaves the next open as slow as this one.
    connect(&m_snapshotWriter, &QFutureWatcher<QString>::finished, this, [this] { m_watcher->resume(); });
    m_watcher = new StoreWatcher(this);
    connect(m_watcher, &StoreWatcher::changedElsewhere, this, &MainWindow::onStoreChangedElsewhere);
    m_sharedListener = new SharedStoreListener(this);
    connect(m_sharedListener, &SharedStoreListener::changed, this, &MainWindow::onSharedStoreChanged);
}

MainWindow::~MainWindow()
{
    m_loader.waitForFinished();
    m_snapshotWriter.waitForFinished();
}

void MainWindow::createStatusBar()
{
    m_coordinates = new QLabel(this);
    m_coordinates->setObjectName(QStringLiteral("statusCoordinates"));
    m_coordinates->setMinimumWidth(260);
    m_scale = new QLabel(this);
    m_scale->setObjectName(QStringLiteral("statusScale"));
    m_scale->setMinimumWidth(110);
    m_renderInfo = new QLabel(this);
    m_renderInfo->setObjectName(QStringLiteral("statusRender"));
    m_crs = new QLabel(this);
    m_crs->setObjectName(QStringLiteral("statusCrs"));
    statusBar()->addWidget(m_renderInfo, 1);
    statusBar()->addPermanentWidget(m_crs);
    statusBar()->addPermanentWidget(m_coordinates);
    statusBar()->addPermanentWidget(m_scale);
}

bool MainWindow::isBusy() const
{
    return m_loader.isRunning() || m_snapshotWriter.isRunning() || m_buildingDemo;
}

void MainWindow::chooseStore()
{
    const QString path = m_dialogs->openFileName(this, tr("Open a store"), QString(), storeFilter());
    if (!path.isEmpty())
        openStore(path);
}

void MainWindow::openStore(const QString &location)
{
    if (m_loader.isRunning())
        return;
    QString path = location;
    if (isSharedStore(location)) {
        QString error;
        path = connectSharedStore(this, m_dialogs, location, &error);
        if (path.isEmpty()) {
            const QString message = tr("Cannot open %1:\n%2").arg(storeLabel(location), error);
            m_dialogs->showError(this, tr("Open a shared store"), message);
            Q_EMIT storeFailed(message);
            return;
        }
    }
    m_loadingPath = path;
    statusBar()->showMessage(tr("Reading %1…").arg(storeLabel(path)));
    QApplication::setOverrideCursor(Qt::BusyCursor);
    m_watcher->suspend(); // its connection would keep a cut-off write from being undone
    m_loader.setFuture(QtConcurrent::run([path]() { return loadStore(path); }));
}

void MainWindow::onStoreLoaded()
{
    QApplication::restoreOverrideCursor();
    statusBar()->clearMessage();
    const LoadOutcome outcome = m_loader.result();
    if (!handleLoadNotes(outcome))
        return;
    if (!outcome.data) {
        const QString message = tr("Cannot open %1:\n%2").arg(storeLabel(m_loadingPath), outcome.error);
        m_dialogs->showError(this, tr("Open a store"), message);
        Q_EMIT storeFailed(message);
        return;
    }
    m_data = outcome.data;
    const bool sameStore = m_storePath == m_loadingPath;
    m_storePath = m_loadingPath;
    if (isSharedStore(m_storePath)) {
        // Another user's change is heard from the server; there is no file to watch.
        m_watcher->watch(QString());
        if (!sameStore || !m_sharedListener->isListening()) {
            m_ownChanges.clear();
            const QString error = m_sharedListener->listen(m_storePath);
            if (!error.isEmpty())
                statusBar()->showMessage(tr("Changes by other users will not show until the store is opened "
                                            "again: %1")
                                             .arg(error));
        }
        rememberSharedStore(m_storePath);
    } else {
        m_sharedListener->listen(QString());
        m_watcher->watch(m_storePath);
    }
    const QString name = !m_data->name.isEmpty()      ? m_data->name
                         : isSharedStore(m_storePath) ? storeLabel(m_storePath)
                                                      : QFileInfo(m_storePath).completeBaseName();
    setWindowTitle(tr("%1 — Lägesbild").arg(name));
    // How the layers draw is the store's (kept by LayerStateController), as after an import or an
    // undo; a choropleth round the store no longer has is dropped.
    m_styles = outcome.styles;
    if (std::none_of(m_data->surveys.begin(), m_data->surveys.end(),
                     [this](const Survey &s) { return s.id == m_styles.choroplethSurvey; }))
        m_styles.choroplethSurvey = 0;
    const render::LayerList layers = render::createStandardLayers(m_data, m_filter, m_styles);
    QStringList visible = render::standardLayerIds();
    if (m_styles.choroplethSurvey != 0)
        visible << QStringLiteral("survey_areas");
    m_layers->setLayers(layers, visible);
    m_canvas->setVisibleLayers(visible);
    m_canvas->setLayers(layers, m_data->epsg);
    m_stack->setCurrentWidget(m_canvas);
    findChild<QDockWidget *>(QStringLiteral("layerDock"))->show();
    for (QAction *a : {m_zoomFull, m_zoomIn, m_zoomOut})
        a->setEnabled(true);
    showFilterStatus();
    m_crs->setText(m_data->epsg == 3006 ? tr("SWEREF 99 TM") : tr("EPSG:%1").arg(m_data->epsg));
    if (m_startExtent) {
        m_canvas->setExtent(*m_startExtent);
        m_startExtent.reset();
    } else {
        m_zoomFull->trigger();
    }
    Q_EMIT storeOpened(m_storePath);
    if (outcome.wantsSnapshot)
        writeMapSnapshot();
    if (m_reloadPending) {
        m_reloadPending = false;
        reloadAfterImport();
    } else if (!m_changeMessage.isEmpty()) {
        const QString message = std::exchange(m_changeMessage, QString());
        statusBar()->showMessage(message, 15000);
        Q_EMIT sharedStoreChanged(message);
    }
}

void MainWindow::chooseDemoPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = m_dialogs->saveFileName(this, tr("Create the demo store"),
                                                 dir + QStringLiteral("/lagesbild-demo.gpkg"), storeFilter());
    if (!path.isEmpty())
        createDemoStore(path);
}

void MainWindow::createDemoStore(const QString &path)
{
    if (isBusy())
        return;
    m_buildingDemo = true;
    auto *task = new DemoTask(path, this);
    connect(task, &DemoTask::finished, this, [this, task, path](const QString &error) {
        m_buildingDemo = false;
        task->deleteLater();
        if (!error.isEmpty()) {
            m_dialogs->showError(this, tr("Create the demo store"), error);
            Q_EMIT demoFailed(error);
            return;
        }
        openStore(path);
    });
    task->start();
}

void MainWindow::showAbout()
{
    m_dialogs->showAbout(this, tr("About Lägesbild"),
                         tr("<h3>Lägesbild %1</h3><p>The local picture of crime and safety: incidents, "
                            "safety surveys and safety walks on a map of the municipality.</p>"
                            "<p>Your data stays in the store file on this computer.</p>")
                             .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::showCursorPosition(PointXY p)
{
    const QLocale locale;
    // SWEREF 99 TM and the other Swedish grids are written northing-first on paper, but the map
    // reads east then north, as the labels say.
    m_coordinates->setText(tr("E %1   N %2").arg(locale.toString(p.x, 'f', 0), locale.toString(p.y, 'f', 0)));
}

void MainWindow::showScale()
{
    const double scale = m_canvas->scaleDenominator();
    m_scale->setText(tr("1:%1").arg(QLocale().toString(qint64(std::llround(scale)))));
}

void MainWindow::zoomBy(double factor)
{
    const QPointF center(m_canvas->width() / 2.0, m_canvas->height() / 2.0);
    const Extent now = m_canvas->visibleExtent();
    const double upp = m_canvas->settings().mapUnitsPerPixel() / factor;
    const PointXY c = m_canvas->toMap(center);
    const double halfW = upp * m_canvas->settings().outputSize().width() / 2.0;
    const double halfH = upp * m_canvas->settings().outputSize().height() / 2.0;
    if (!now.isEmpty())
        m_canvas->setExtent({c.x - halfW, c.y - halfH, c.x + halfW, c.y + halfH});
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (std::any_of(urls.begin(), urls.end(), [](const QUrl &u) {
            return isStoreUrl(u) || (u.isLocalFile() && isImportableFile(u.toLocalFile()));
        }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        // A GeoPackage may be a store or data to import; anything else importable is data.
        if (isStoreUrl(url) && isLagesbildStore(url.toLocalFile())) {
            event->acceptProposedAction();
            openStore(url.toLocalFile());
            return;
        }
        if (url.isLocalFile() && isImportableFile(url.toLocalFile())) {
            event->acceptProposedAction();
            openImportWizard(url.toLocalFile());
            return;
        }
    }
}

} // namespace lb::app
