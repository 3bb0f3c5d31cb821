#pragma once

// ReportDialog: the yearly lägesbild report from the open store — year, area, internal or public
// with its threshold k — previewed page by page as it will be printed, and saved as PDF or editable
// ODF text (.odt) by lb::report, the same builder as `lagesbild-cli report`. The report is built on
// a worker thread (its own store connection) with progress shown, and rebuilt when a choice
// changes; the preview paints report::ReportPages, the pages the PDF is written from. The form is
// ui/report_dialog.ui. File names are asked through the DialogService. GUI thread only.

#include <QDialog>
#include <QFutureWatcher>
#include <QImage>
#include <QThreadPool>
#include <QTimer>

#include <memory>

namespace Ui {
class ReportDialogForm;
}

namespace lb {
class Feedback;
}
namespace lb::report {
struct ReportSettings;
}

namespace lb::app {

class DialogService;

class ReportDialog : public QDialog {
    Q_OBJECT
public:
    ReportDialog(QString storePath, DialogService *dialogs, QWidget *parent = nullptr);
    ~ReportDialog() override;

    // Starts building the report with the current choices on the worker and returns at once; a
    // build already running is canceled and follows with the new choices.
    void rebuild();
    bool isBuilding() const { return m_building; }
    // Waits (handling events) until the report with the current choices is built; false, with the
    // error shown, when it could not be.
    bool waitForReport();
    // Writes the current report to `path` (.pdf or .odt), building it first when needed; shows an
    // error and returns false when it cannot.
    bool exportTo(const QString &path);

    // The preview: the built report's text, its pages, the page shown (from 0) and its image.
    QString previewText() const;
    int pageCount() const;
    int currentPage() const { return m_page; }
    void showPage(int index);
    QImage pageImage() const { return m_pageImage; }

Q_SIGNALS:
    void reportReady();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Built;
    static std::shared_ptr<Built> buildOnWorker(const QString &path, const report::ReportSettings &settings,
                                                Feedback &feedback, QThread *target);
    void onBuilt();
    void showProgress();
    void paintPage();
    void exportChosen();

    std::unique_ptr<Ui::ReportDialogForm> m_ui;
    QString m_storePath;
    DialogService *m_dialogs;
    QThreadPool m_pool; // one worker: a new build waits for the canceled one
    QFutureWatcher<std::shared_ptr<Built>> m_watcher;
    std::shared_ptr<Feedback> m_feedback;
    std::shared_ptr<Built> m_report;
    bool m_building = false;
    bool m_again = false; // the choices changed while building
    QTimer m_progressTimer;
    QTimer m_choiceTimer; // a choice changed: rebuild when the user pauses
    QTimer m_resizeTimer; // the preview changed width: repaint the page to fit
    int m_page = 0;
    QImage m_pageImage;
};

} // namespace lb::app
