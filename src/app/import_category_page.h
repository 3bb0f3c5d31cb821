#pragma once

// The import wizard's category page: every distinct value of the category column (or, for walk
// findings, the kind column) with its number of rows and the taxonomy entry it becomes. Values
// that name a category's code or its Swedish or English label match by themselves; the others are
// flagged, and the user picks a category for them or leaves them unmapped, in which case their
// rows are rejected with the reason "unknown category". Choices go into the mapping's value table
// (and so into a saved profile).
//
// The values are counted on a worker over the whole file. GUI thread only; owned by the wizard.

#include "app/import_tasks.h"

#include <QFutureWatcher>
#include <QSet>
#include <QWizardPage>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace lb::app {

struct ImportContext;

class ImportCategoryPage : public QWizardPage {
    Q_OBJECT
public:
    ImportCategoryPage(ImportContext *context, QWidget *parent = nullptr);
    ~ImportCategoryPage() override;

    bool isScanning() const { return m_scanning; }
    QTableWidget *table() const { return m_table; }
    // Values still without a category.
    QStringList unmappedValues() const;
    // Chooses the code for a source value, as the user would in its row's combo.
    bool mapValue(const QString &value, const QString &code);

    QPushButton *newCategoryButton() const { return m_newCategory; }
    // Adds a category to the store's taxonomy and offers it in every row; empty or the error.
    QString addCategory(const Category &category);

    void initializePage() override;
    bool isComplete() const override;

private:
    void onScanned();
    void fillTable();
    void onChoice(int row);
    void updateSummary();
    void askNewCategory();
    void fillCodes();

    ImportContext *m_ctx;
    std::shared_ptr<Feedback> m_feedback;
    QFutureWatcher<ValueScanOutcome> m_scan;
    QString m_scannedFor;
    bool m_scanning = false;
    ValueScanOutcome m_values;
    QList<QPair<QString, QString>> m_codes; // code, label in the UI language
    QLabel *m_intro = nullptr;
    QProgressBar *m_progress = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_newCategory = nullptr;
    QSet<QString> m_proposed; // normalised values whose code is a proposal the user has not changed
};

} // namespace lb::app
