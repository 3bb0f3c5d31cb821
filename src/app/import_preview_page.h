#pragma once

// The import wizard's preview: the first rows of the file as they will be stored — position in
// the store's CRS, time in UTC, category code — or marked as already in the store, or rejected
// with the reason, using the same conversion as the import itself (Importer::preview). It also
// says which coordinate system the importer settled on and why. The Import button on this page
// starts the import; nothing is written before. When the file holds personal data (personal
// identity numbers, phone numbers, e-mail addresses), the page lists per column what was found,
// masked, and asks whether the imported columns' values are replaced with markers or kept.
//
// The preview is made on a worker with its own read-only Store. GUI thread only; owned by the wizard.

#include "app/import_tasks.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QCheckBox;
class QGroupBox;
class QLabel;
class QRadioButton;
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
    QGroupBox *personalDataBox() const { return m_personal; }
    QLabel *personalDataLabel() const { return m_personalText; }
    QRadioButton *redactButton() const { return m_redact; }
    QRadioButton *keepButton() const { return m_keep; }

    void initializePage() override;
    bool isComplete() const override;

private:
    void onPreview();
    void fillTable();
    void showPersonalData();

    ImportContext *m_ctx;
    QFutureWatcher<PreviewOutcome> m_preview;
    PreviewOutcome m_outcome;
    bool m_loading = false;
    QLabel *m_crs = nullptr;
    QLabel *m_summary = nullptr;
    QCheckBox *m_onlyRejected = nullptr;
    QTableWidget *m_table = nullptr;
    QGroupBox *m_personal = nullptr;
    QLabel *m_personalText = nullptr;
    QRadioButton *m_redact = nullptr;
    QRadioButton *m_keep = nullptr;
};

} // namespace lb::app
