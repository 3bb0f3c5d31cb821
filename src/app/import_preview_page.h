#pragma once

// The import wizard's preview: the first rows of the file as they will be stored — position in
// the store's CRS, time in UTC, category code — or marked as already in the store, or rejected
// with the reason, using the same conversion as the import itself (Importer::preview). It also
// says which coordinate system the importer settled on and why. The Import button on this page
// starts the import; nothing is written before.
//
// The preview is made on a worker with its own read-only Store. GUI thread only; owned by the wizard.

#include "app/import_tasks.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QTableWidget;

namespace lb::app {

struct ImportContext;

class ImportPreviewPage : public QWizardPage {
    Q_OBJECT
public:
    static constexpr int kPreviewRows = 100;

    ImportPreviewPage(ImportContext *context, QWidget *parent = nullptr);
    ~ImportPreviewPage() override;

    bool isLoading() const { return m_loading; }
    const PreviewOutcome &outcome() const { return m_outcome; }
    QTableWidget *table() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }

    void initializePage() override;
    bool isComplete() const override;

private:
    void onPreview();
    void fillTable();

    ImportContext *m_ctx;
    QFutureWatcher<PreviewOutcome> m_preview;
    PreviewOutcome m_outcome;
    bool m_loading = false;
    QLabel *m_crs = nullptr;
    QLabel *m_summary = nullptr;
    QCheckBox *m_onlyRejected = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace lb::app
