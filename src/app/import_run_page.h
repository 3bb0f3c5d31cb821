#pragma once

// The import wizard's last page: runs the import on a worker thread — which opens the store
// read-write for itself, as importer.h asks — with a progress bar, the rows per second and a
// Cancel button (a canceled import rolls back and leaves the store unchanged). Then it sums up:
// rows read, imported, already in the store, rejected per reason, values without a category, and
// the rejected rows to look at and export as CSV. After a failed or canceled import, a button
// leads back to the preview (and from there to the mapping), so that a correction does not mean
// starting over.
//
// GUI thread only; owned by the wizard. The worker holds no pointer to the page.

#include "app/import_tasks.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace lb::app {

struct ImportContext;

class ImportRunPage : public QWizardPage {
    Q_OBJECT
public:
    ImportRunPage(ImportContext *context, QWidget *parent = nullptr);
    ~ImportRunPage() override;

    bool isRunning() const { return m_running; }
    bool isFinished() const { return m_finished; }
    void cancel();
    const RunOutcome &outcome() const { return m_outcome; }

    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *showRejectsButton() const { return m_showRejects; }
    QPushButton *backToSettingsButton() const { return m_backToSettings; }
    QTableWidget *reasonTable() const { return m_reasons; }
    QLabel *resultLabel() const { return m_result; }

    void initializePage() override;
    bool isComplete() const override;

Q_SIGNALS:
    void imported(qint64 batchId);
    void runFinished();

private:
    void onFinished();
    void showSummary();
    void showRejects();

    ImportContext *m_ctx;
    std::shared_ptr<Feedback> m_feedback;
    QFutureWatcher<RunOutcome> m_run;
    RunOutcome m_outcome;
    bool m_running = false; // until the outcome is shown
    bool m_finished = false;
    QTimer *m_poll = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_rate = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_counts = nullptr;
    QTableWidget *m_reasons = nullptr;
    QLabel *m_unknown = nullptr;
    QPushButton *m_showRejects = nullptr;
    QPushButton *m_backToSettings = nullptr;
};

} // namespace lb::app
