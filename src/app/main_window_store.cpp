// The main window and the store file's troubles: what an open found (a cut-off write undone, a
// file that cannot be written), the upgrade of an older store after asking, and the offer to
// reload when another program changed the open store. GUI thread only, but loadStore.

#include "app/dialog_service.h"
#include "app/main_window.h"
#include "app/shared_store.h"
#include "app/store_watcher.h"
#include "render/layer_state.h"
#include "store/point_snapshot.h"
#include "store/store.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

namespace lb::app {

MainWindow::LoadOutcome MainWindow::loadStore(const QString &path)
{
    LoadOutcome outcome;
    if (isSharedStore(path)) {
        // The server keeps its own integrity; what the program cannot yet write there is off.
        outcome.readOnlyReason = notOnSharedStore();
    } else {
        // Opened once on its own first: it undoes a cut-off write and says why a refused store
        // was refused; the map snapshot below opens it again, cleanly.
        store::OpenRefusal refusal;
        auto opened = store::Store::open(path, store::Store::Mode::ReadOnly, &refusal);
        if (!opened) {
            outcome.error = opened.errorMessage();
            outcome.olderSchema = refusal.kind == store::OpenRefusal::Kind::OlderSchema;
            return outcome;
        }
        outcome.notes = (*opened)->openNotes();
        outcome.readOnlyReason = (*opened)->readOnlyReason();
        outcome.wantsSnapshot = outcome.readOnlyReason.isEmpty() && store::wantsPointSnapshot(**opened);
        outcome.styles = render::readMapStyles(**opened);
    }
    Feedback feedback;
    auto loaded = render::loadMapData(path, feedback);
    if (loaded)
        outcome.data = *loaded;
    else
        outcome.error = loaded.errorMessage();
    return outcome;
}

bool MainWindow::handleLoadNotes(const LoadOutcome &outcome)
{
    if (!outcome.notes.isEmpty())
        m_dialogs->showInformation(this, tr("Open a store"), outcome.notes.join(QStringLiteral("\n\n")));
    if (outcome.data) {
        m_readOnlyReason = outcome.readOnlyReason;
        // On a shared store the reason is in the tooltips of what is off; the status bar stays free
        // for other users' changes.
        if (!m_readOnlyReason.isEmpty() && !isSharedStore(m_loadingPath))
            statusBar()->showMessage(m_readOnlyReason);
        return true;
    }
    m_watcher->resume(); // the store shown before, if any
    if (!outcome.olderSchema)
        return true; // the caller reports the error
    const QString path = m_loadingPath;
    if (m_dialogs->ask(this, tr("Upgrade the store"),
                       tr("%1\n\nUpgrade it now? A copy of the old file is kept beside it first, so a "
                          "colleague's older Lägesbild can still open that copy.")
                           .arg(outcome.error)))
        upgradeStore(path);
    return false;
}

void MainWindow::upgradeStore(const QString &path)
{
    QApplication::setOverrideCursor(Qt::BusyCursor);
    auto opened = store::Store::open(path, store::Store::Mode::ReadWrite);
    QApplication::restoreOverrideCursor();
    if (!opened) {
        m_dialogs->showError(this, tr("Upgrade the store"), opened.errorMessage());
        Q_EMIT storeFailed(opened.errorMessage());
        return;
    }
    if (!(*opened)->isReadOnly() && (*opened)->upgradeBackup().isEmpty()) {
        opened->reset();
        openStore(path);
        return;
    }
    const QStringList notes = (*opened)->openNotes();
    opened->reset();
    m_dialogs->showInformation(this, tr("Upgrade the store"), notes.join(QStringLiteral("\n\n")));
    openStore(path);
}

void MainWindow::writeMapSnapshot()
{
    if (m_snapshotWriter.isRunning() || m_storePath.isEmpty())
        return;
    // This window's own write: the watcher takes the store's state afterwards as its baseline.
    m_watcher->suspend();
    const QString path = m_storePath;
    m_snapshotWriter.setFuture(QtConcurrent::run([path]() -> QString {
        auto opened = store::Store::open(path, store::Store::Mode::ReadWrite);
        if (!opened)
            return opened.errorMessage();
        if ((*opened)->isReadOnly() || !store::wantsPointSnapshot(**opened))
            return {};
        return store::writePointSnapshot(**opened).errorMessage();
    }));
}

void MainWindow::onStoreChangedElsewhere()
{
    // The window's own imports and undos reload on their own; their dialogs are open meanwhile.
    const auto dialogs = findChildren<QDialog *>();
    if (isBusy() || std::any_of(dialogs.begin(), dialogs.end(), [](QDialog *d) { return d->isVisible(); }))
        return;
    m_watcher->suspend();
    const bool reload = m_dialogs->ask(this, tr("The store has changed"),
                                       tr("%1 was changed by another program (an import, perhaps). Read it again to "
                                          "show the changes?")
                                           .arg(m_storePath));
    if (reload)
        reloadAfterImport();
    else
        m_watcher->resume();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        m_watcher->check();
}

} // namespace lb::app
