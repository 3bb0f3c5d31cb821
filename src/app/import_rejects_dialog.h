#pragma once

// ImportRejectsDialog: the rejected rows of one import batch — row number, reason, details and
// the row's raw values in their own columns — read from the store on a worker, with a button that
// exports them as CSV for whoever sent the file. The CSV is written through QSaveFile, so a
// failed export never leaves half a file.
//
// GUI thread only. The dialog does not own the DialogService, which must outlive it.

#include "app/import_tasks.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QPushButton;
class QTableWidget;

namespace lb::app {

class DialogService;

// Writes rejects as semicolon-separated UTF-8 with a byte order mark, which Excel on a Swedish
// Windows opens correctly. Returns an empty string or the error.
QString writeRejectsCsv(const QString &path, const std::vector<store::ImportReject> &rejects);

class ImportRejectsDialog : public QDialog {
    Q_OBJECT
public:
    ImportRejectsDialog(const QString &storePath, std::int64_t batchId, DialogService *dialogs,
                        QWidget *parent = nullptr);
    ~ImportRejectsDialog() override;

    bool isLoading() const { return m_loading; }
    QTableWidget *table() const { return m_table; }
    QPushButton *exportButton() const { return m_export; }
    void exportCsv();

private:
    void onLoaded();

    QString m_storePath;
    std::int64_t m_batchId = 0;
    DialogService *m_dialogs = nullptr;
    QFutureWatcher<RejectsOutcome> m_load;
    std::vector<store::ImportReject> m_rejects;
    bool m_loading = true;
    QLabel *m_info = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace lb::app
