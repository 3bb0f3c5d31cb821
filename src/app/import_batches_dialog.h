#pragma once

// ImportBatchesDialog: every import into the store, newest first — when, which file, what kind,
// how many rows were read, imported, already present and rejected — with Undo, which deletes
// every record a batch added (after an inline confirmation, so no modal box blocks tests), and
// the rejected rows of a batch. Reading and undoing run on workers with their own Store.
//
// GUI thread only. The dialog does not own the DialogService, which must outlive it.

#include "app/import_tasks.h"

#include <QDialog>
#include <QFutureWatcher>

class QFrame;
class QLabel;
class QPushButton;
class QTableWidget;

namespace lb::app {

class DialogService;

class ImportBatchesDialog : public QDialog {
    Q_OBJECT
public:
    ImportBatchesDialog(const QString &storePath, DialogService *dialogs, QWidget *parent = nullptr);
    ~ImportBatchesDialog() override;

    void reload();
    bool isBusy() const { return m_loading || m_undoing != 0; }
    const std::vector<store::ImportBatch> &batches() const { return m_batches; }
    QTableWidget *table() const { return m_table; }
    QPushButton *undoButton() const { return m_undoButton; }
    QPushButton *confirmUndoButton() const { return m_confirm; }
    QPushButton *rejectsButton() const { return m_rejects; }
    // Selects the row of a batch, as a click would.
    bool selectBatch(std::int64_t batchId);

Q_SIGNALS:
    // A batch was undone; the map must be read again.
    void batchUndone(qint64 batchId);

private:
    void onLoaded();
    void onUndone();
    void updateButtons();
    void askUndo();
    void startUndo();
    const store::ImportBatch *selected() const;

    QString m_storePath;
    DialogService *m_dialogs = nullptr;
    QFutureWatcher<BatchesOutcome> m_load;
    QFutureWatcher<QString> m_undo;
    std::int64_t m_undoing = 0; // the batch being undone
    bool m_loading = false;
    std::vector<store::ImportBatch> m_batches;
    QLabel *m_info = nullptr;
    QTableWidget *m_table = nullptr;
    QFrame *m_confirmBar = nullptr;
    QLabel *m_confirmText = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_keep = nullptr;
    QPushButton *m_undoButton = nullptr;
    QPushButton *m_rejects = nullptr;
};

} // namespace lb::app
