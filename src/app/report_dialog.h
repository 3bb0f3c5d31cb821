#pragma once

// ReportDialog: the yearly lägesbild report from the open store — year, area, internal or public
// with its threshold — previewed as a document and exported as PDF or editable ODF text (.odt)
// by lb::report, the same builder as `lagesbild-cli report`. File names are asked through the
// DialogService. GUI thread only.

#include "report/lagesbild_report.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;
class QTextBrowser;

namespace lb::app {

class DialogService;

class ReportDialog : public QDialog {
    Q_OBJECT
public:
    ReportDialog(QString storePath, DialogService *dialogs, QWidget *parent = nullptr);

    // Builds the report with the current choices and shows it; false (and an error) on failure.
    bool rebuild();
    // Writes the current report to `path` (.pdf or .odt); shows an error and returns false when
    // it cannot.
    bool exportTo(const QString &path);
    QString previewText() const;

private:
    void exportChosen();

    QString m_storePath;
    DialogService *m_dialogs;
    QSpinBox *m_year = nullptr;
    QComboBox *m_area = nullptr;
    QCheckBox *m_public = nullptr;
    QSpinBox *m_k = nullptr;
    QTextBrowser *m_preview = nullptr;
    report::ReportOutcome m_report;
};

} // namespace lb::app
