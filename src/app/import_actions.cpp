// The main window's import entry points — File › Import data…, File › Import batches…, File › Fetch
// police events…, data files dropped on the window — kept beside the import wizard they open, so the main window's own
// file carries only the menu entries and the drop test. GUI thread only.

#include "app/dialog_service.h"
#include "app/import_batches_dialog.h"
#include "app/import_context.h"
#include "app/import_wizard.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "app/police_fetch_task.h"
#include "app/shared_store.h"
#include "app/store_watcher.h"
#include "io/police_fetch.h"

#include <QFileInfo>
#include <QStatusBar>

namespace lb::app {

void MainWindow::openImportWizard(const QString &file)
{
    if (m_storePath.isEmpty()) {
        m_dialogs->showError(this, tr("Import data"),
                             tr("Open a store or create one first: imported records are added to the open store."));
        return;
    }
    if (isSharedStoreOpen()) { // a file dropped on the window of a shared store
        m_dialogs->showError(this, tr("Import data"), notOnSharedStore());
        return;
    }
    auto *wizard = new ImportWizard(m_storePath, m_dialogs, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, this, &MainWindow::reloadAfterImport);
    // The watcher's connection would keep a large import from using its faster bulk journal.
    m_watcher->suspend();
    connect(wizard, &QObject::destroyed, m_watcher, &StoreWatcher::resume);
    if (!file.isEmpty())
        wizard->setSourceFile(file);
    wizard->open();
}

void MainWindow::openImportBatches()
{
    if (m_storePath.isEmpty() || isSharedStoreOpen())
        return;
    auto *dialog = new ImportBatchesDialog(m_storePath, m_dialogs, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportBatchesDialog::batchUndone, this, &MainWindow::reloadAfterImport);
    dialog->open();
}

void MainWindow::fetchPoliceEvents()
{
    if (m_storePath.isEmpty() || m_policeFetch || isSharedStoreOpen())
        return;
    const QString url = m_policeEventsUrl.isEmpty() ? io::PoliceFetchOptions().baseUrl : m_policeEventsUrl;
    // The program's only use of the network: asked for each time.
    if (!m_dialogs->ask(this, tr("Fetch police events"),
                        tr("Download the police's current events for the store %1 from %2 and import the new ones?\n\n"
                           "This connects to the internet. Events the store already has are not added again.")
                            .arg(QFileInfo(m_storePath).completeBaseName(), url)))
        return;
    auto *task = new PoliceFetchTask(m_storePath, url, this);
    m_policeFetch = task;
    m_watcher->suspend();
    statusBar()->showMessage(tr("Fetching police events…"));
    connect(task, &PoliceFetchTask::finished, this, [this, task](const PoliceFetchOutcome &outcome) {
        m_policeFetch = nullptr;
        task->deleteLater();
        m_watcher->resume();
        statusBar()->clearMessage();
        if (!outcome.ok) {
            m_dialogs->showError(this, tr("Fetch police events"), outcome.message);
            return;
        }
        m_dialogs->showInformation(this, tr("Fetch police events"), outcome.message);
        if (outcome.accepted > 0)
            reloadAfterImport();
    });
    task->start();
}

void MainWindow::reloadAfterImport()
{
    // The map is an immutable snapshot of the store: read it again, keeping the user's view.
    if (m_storePath.isEmpty())
        return;
    setStartExtent(m_canvas->visibleExtent());
    openStore(m_storePath);
}

} // namespace lb::app
