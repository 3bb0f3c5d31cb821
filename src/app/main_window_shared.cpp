// The main window and a shared store on a PostgreSQL/PostGIS server: File › Open shared store…,
// and reading the map again when another user imports or edits, with a status-bar message that
// says who changed what. GUI thread only.

#include "app/dialog_service.h"
#include "app/main_window.h"
#include "app/shared_store.h"
#include "app/shared_store_dialog.h"
#include "app/shared_store_listener.h"

#include <QStatusBar>

#include <algorithm>

namespace lb::app {

namespace {
QString describe(const pgstore::StoreChange &c)
{
    if (c.kind == QLatin1String("import"))
        return MainWindow::tr("%1 imported incidents (batch %2)").arg(c.user).arg(c.id);
    if (c.kind == QLatin1String("undo_import"))
        return MainWindow::tr("%1 undid the import of batch %2").arg(c.user).arg(c.id);
    if (c.table == QLatin1String("walk_findings"))
        return MainWindow::tr("%1 edited finding %2").arg(c.user).arg(c.id);
    if (c.table == QLatin1String("interventions"))
        return MainWindow::tr("%1 edited intervention %2").arg(c.user).arg(c.id);
    if (c.table == QLatin1String("walks"))
        return MainWindow::tr("%1 edited walk %2").arg(c.user).arg(c.id);
    if (c.table == QLatin1String("areas"))
        return MainWindow::tr("%1 edited area %2").arg(c.user).arg(c.id);
    return MainWindow::tr("%1 changed %2 %3").arg(c.user, c.table).arg(c.id);
}
} // namespace

void MainWindow::chooseSharedStore()
{
    SharedStoreDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    openStore(dialog.connectionString());
}

bool MainWindow::isSharedStoreOpen() const
{
    return isSharedStore(m_storePath);
}

void MainWindow::noteOwnChange(const QString &table, std::int64_t id)
{
    m_ownChanges.emplace_back(table, id);
}

void MainWindow::onSharedStoreChanged(const std::vector<pgstore::StoreChange> &changes)
{
    QStringList said;
    for (const pgstore::StoreChange &c : changes) {
        // The notification of this window's own save comes back once; it is not news.
        const auto own = std::find(m_ownChanges.begin(), m_ownChanges.end(), std::pair{c.table, c.id});
        if (own != m_ownChanges.end()) {
            m_ownChanges.erase(own);
            continue;
        }
        const QString text = describe(c);
        if (!said.contains(text))
            said << text;
    }
    if (said.isEmpty())
        return;
    const int shown = 3;
    QString message = said.mid(0, shown).join(QStringLiteral("; "));
    if (said.size() > shown)
        message += tr(" and %n more change(s)", nullptr, int(said.size() - shown));
    // Said once the map has been read again (the reading clears the status bar).
    m_changeMessage = tr("%1. The map has been updated.").arg(message);
    if (m_loader.isRunning())
        m_reloadPending = true;
    else
        reloadAfterImport();
}

} // namespace lb::app
