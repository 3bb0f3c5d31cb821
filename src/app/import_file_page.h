#pragma once

// The import wizard's first page: the file (chosen through the DialogService or dropped on the
// main window), which of its layers or sheets to read, and what kind of records it holds. The
// file is probed on a worker; the page shows its format, encoding, size and columns with sample
// values so the user can tell they picked the right one.
//
// GUI thread only; owned by the wizard, shares the wizard's ImportContext.

#include "app/import_tasks.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace lb::app {

struct ImportContext;

class ImportFilePage : public QWizardPage {
    Q_OBJECT
public:
    ImportFilePage(ImportContext *context, QWidget *parent = nullptr);
    ~ImportFilePage() override;

    // Chooses and probes a file.
    void setFile(const QString &path);
    bool isProbing() const { return m_probing; }
    void setKind(io::ImportKind kind);
    io::ImportKind kind() const;

    QComboBox *layerCombo() const { return m_layer; }
    QPushButton *browseButton() const { return m_browse; }
    QLabel *infoLabel() const { return m_info; }

    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();
    void onProbed();
    void showLayer();

    ImportContext *m_ctx;
    QFutureWatcher<ProbeOutcome> m_probe;
    QString m_probingPath;
    bool m_probing = false; // from the start of a probe until its result is shown
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_info = nullptr;
    QLabel *m_layerLabel = nullptr;
    QComboBox *m_layer = nullptr;
    QButtonGroup *m_kinds = nullptr;
    QTableWidget *m_columns = nullptr;
    bool m_kindChosen = false; // the user picked a kind; a new file no longer proposes one
};

} // namespace lb::app
