#pragma once

// ChartDialog: choose one of the council charts (incidents per year, change, hour × weekday,
// survey, walk follow-up), internal or public with its threshold, see it previewed, and export it
// as PNG, SVG or PDF. The chart is built by lb::report from the store, so the preview, the file
// and the CLI's `chart` command are the same picture. The file name is asked through the
// DialogService. GUI thread only.

#include "report/chart.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace lb::app {

class DialogService;

class ChartDialog : public QDialog {
    Q_OBJECT
public:
    ChartDialog(QString storePath, DialogService *dialogs, QWidget *parent = nullptr);

    // The chart currently shown (for tests).
    const report::Chart &chart() const { return m_chart; }
    // Writes the current chart to `path` (.png, .svg or .pdf); shows an error and returns false
    // when it cannot.
    bool exportTo(const QString &path);

public Q_SLOTS:
    void rebuild();

private:
    void exportChosen();

    QString m_storePath;
    DialogService *m_dialogs;
    QComboBox *m_kind = nullptr;
    QCheckBox *m_public = nullptr;
    QSpinBox *m_k = nullptr;
    QLabel *m_preview = nullptr;
    report::Chart m_chart;
};

} // namespace lb::app
