#pragma once

// MainWindow: the desktop program's window. The map canvas in the centre, the layer list in a
// dock, coordinates (SWEREF 99 TM E/N) and the scale in the status bar; File, View and Help menus.
// Without a store it shows the welcome page. Stores are read into an immutable MapData snapshot
// on a worker thread, and the demo store is built on a worker with a progress dialog, so the
// window never freezes. All dialogs go through the DialogService it is given.
//
// GUI thread only. The window does not own the DialogService passed in (the caller keeps it alive
// longer than the window); without one it makes and owns a WidgetDialogService.

#include "core/geometry.h"
#include "render/incident_style.h"
#include "render/map_data.h"
#include "render/map_filter.h"
#include "render/map_layer.h"

namespace lb::pgstore {
struct StoreChange;
}

#include <QFutureWatcher>
#include <QMainWindow>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

class QAction;
class QLabel;
class QStackedWidget;

namespace lb::app {

class DialogService;
class LayerPanel;
class StoreWatcher;
class SharedStoreListener;
class MapCanvas;
class WelcomeWidget;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(DialogService *dialogs = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Reads the store on a worker; storeOpened() or storeFailed() follows. `path` is a store file
    // or a shared store's postgresql:// connection string (asking for a password the server wants
    // and ~/.pgpass does not give).
    void openStore(const QString &path);
    // Shared stores (main_window_shared.cpp): File › Open shared store…; whether the open store is
    // one; a save of this window's own, so the notification it causes is not reported as another
    // user's change.
    void chooseSharedStore();
    bool isSharedStoreOpen() const;
    void noteOwnChange(const QString &table, std::int64_t id);
    SharedStoreListener *sharedListener() const { return m_sharedListener; }
    // Builds the demo store at `path` on a worker, then opens it; demoFailed() on an error.
    void createDemoStore(const QString &path);

    // The view to show when the next store has opened, instead of its full extent.
    void setStartExtent(const Extent &extent) { m_startExtent = extent; }

    // Import (defined in import_actions.cpp): the import wizard for the open store, with `file`
    // chosen when given; the list of import batches with undo; re-reading the map afterwards.
    void openImportWizard(const QString &file = {});
    void openImportBatches();
    void reloadAfterImport();
    // File › Fetch police events…: after the user confirms, downloads the police's current events
    // for the store's municipality and imports the new ones. The address is polisen.se's unless
    // set (tests point it at a local server).
    void fetchPoliceEvents();
    void setPoliceEventsUrl(const QString &url) { m_policeEventsUrl = url; }

    // Store troubles (main_window_store.cpp): upgrading an older store after asking, and offering
    // to reload when another program changed the open store.
    void upgradeStore(const QString &path);
    StoreWatcher *storeWatcher() const { return m_watcher; }
    // Why the open store is read-only; empty when it can be written.
    QString readOnlyReason() const { return m_readOnlyReason; }

    QString storePath() const { return m_storePath; }
    bool isBusy() const;
    MapCanvas *canvas() const { return m_canvas; }
    LayerPanel *layerPanel() const { return m_layers; }
    WelcomeWidget *welcome() const { return m_welcome; }
    std::shared_ptr<const render::MapData> mapData() const { return m_data; }
    // Shows a new snapshot of the open store (after an edit of its findings), keeping the view,
    // the filter and the overlays.
    void setMapData(std::shared_ptr<const render::MapData> snapshot);
    // Puts a tool's overlay (a selection ring, a measurement) on top of the map under `id`,
    // replacing the previous one of that id; a null layer removes it.
    void setOverlayLayer(const QString &id, std::shared_ptr<const render::MapLayer> layer);

    // The map filter (main_window_filter.cpp): redraws and recounts the incident layers, keeps the
    // analysis overlays, and says in the status bar how many incidents are shown.
    void setMapFilter(const lb::render::MapFilter &filter);
    const render::MapFilter &mapFilter() const { return m_filter; }
    // How the layers draw (incidents as points, clusters, hexagons or heat; the survey choropleth):
    // rebuilds the standard layers in place and shows or hides the choropleth with its round.
    // Emits mapStylesChanged, so the styles are kept in the store.
    void setMapStyles(const lb::render::MapStyles &styles);
    // The same without mapStylesChanged: the style dialog's live preview, and its Cancel.
    void previewMapStyles(const lb::render::MapStyles &styles);
    const render::MapStyles &mapStyles() const { return m_styles; }
    // Incidents the map shows under the filter: points, centre stacks and per-district counts.
    std::int64_t shownIncidentCount() const;
    // Rings these positions on the map (the selection of the attribute table); empty clears it.
    void setSelection(const std::vector<PointXY> &positions);
    DialogService *dialogs() const { return m_dialogs; }

Q_SIGNALS:
    void storeOpened(const QString &path);
    void storeFailed(const QString &message);
    // Another user imported or edited in the open shared store; the map has been read again and
    // `message` (who changed what) is in the status bar.
    void sharedStoreChanged(const QString &message);
    void demoFailed(const QString &message);
    void mapFilterChanged(const lb::render::MapFilter &filter);
    // The user changed how the layers draw (setMapStyles).
    void mapStylesChanged(const lb::render::MapStyles &styles);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct LoadOutcome {
        std::shared_ptr<const render::MapData> data;
        QString error;
        bool olderSchema = false; // refused because it must be upgraded first
        QStringList notes;        // said about the open: a cut-off write undone
        QString readOnlyReason;
        bool wantsSnapshot = false; // a large writable store without a valid map snapshot
        render::MapStyles styles;   // kept in the store
    };
    // Opens the store read-only, then reads the map snapshot; any thread.
    static LoadOutcome loadStore(const QString &path);
    // After a load: notes and the read-only state shown; false when the load failed and was handled.
    bool handleLoadNotes(const LoadOutcome &outcome);
    void onStoreChangedElsewhere();
    // Writes the open store's map snapshot in the background, so the next open reads that instead
    // of every row (store/point_snapshot.h).
    void writeMapSnapshot();
    void onSharedStoreChanged(const std::vector<lb::pgstore::StoreChange> &changes);

    void createActions();
    // Enables an action that works on store files only, with a tooltip on a shared store.
    void enableForFileStores(QAction *action) const;
    void createStatusBar();
    void chooseStore();
    void chooseDemoPath();
    void showAbout();
    void onStoreLoaded();
    void showCursorPosition(PointXY p);
    void showScale();
    void zoomBy(double factor);
    void showFilterStatus();
    // Rebuilds the store's standard layers from m_data and the filter, keeping the overlays.
    void rebuildStandardLayers();

    std::unique_ptr<DialogService> m_ownDialogs;
    DialogService *m_dialogs = nullptr;

    QStackedWidget *m_stack = nullptr;
    WelcomeWidget *m_welcome = nullptr;
    MapCanvas *m_canvas = nullptr;
    LayerPanel *m_layers = nullptr;
    QLabel *m_coordinates = nullptr;
    QLabel *m_scale = nullptr;
    QLabel *m_renderInfo = nullptr;
    QLabel *m_crs = nullptr;
    QAction *m_zoomFull = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;

    QFutureWatcher<LoadOutcome> m_loader;
    QFutureWatcher<QString> m_snapshotWriter;
    QString m_loadingPath;
    QString m_storePath;
    std::shared_ptr<const render::MapData> m_data;
    bool m_buildingDemo = false;
    std::optional<Extent> m_startExtent;
    StoreWatcher *m_watcher = nullptr;
    SharedStoreListener *m_sharedListener = nullptr;
    std::vector<std::pair<QString, std::int64_t>> m_ownChanges; // not yet heard back from the server
    QString m_changeMessage;                                    // said when the map has been read again after it
    bool m_reloadPending = false; // another user's change came while the store was being read
    QString m_readOnlyReason;
    QString m_policeEventsUrl;
    QObject *m_policeFetch = nullptr; // the running PoliceFetchTask, if any
    render::MapFilter m_filter;
    render::MapStyles m_styles;
    QLabel *m_filterStatus = nullptr;
};

} // namespace lb::app
