#include "app/report_dialog.h"

#include "app/dialog_service.h"
#include "core/feedback.h"
#include "report/lagesbild_report.h"
#include "report/report_pages.h"
#include "store/store.h"

#include "ui_report_dialog.h"

#include <QCoreApplication>
#include <QDate>
#include <QEvent>
#include <QLocale>
#include <QPixmap>
#include <QScrollBar>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace lb::app {

struct ReportDialog::Built {
    report::ReportOutcome outcome;
    std::unique_ptr<report::ReportPages> pages;
    QString error;
};

ReportDialog::ReportDialog(QString storePath, DialogService *dialogs, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReportDialogForm>())
    , m_storePath(std::move(storePath))
    , m_dialogs(dialogs)
{
    m_ui->setupUi(this);
    m_pool.setMaxThreadCount(1);
    m_ui->reportArea->addItem(tr("Whole municipality"), QString());
    if (auto store = store::Store::open(m_storePath, store::Store::Mode::ReadOnly)) {
        const TimeSpan span = (*store)->incidentTimeSpan();
        m_ui->reportYear->setValue(span.isValid() ? toDateTime(span.end - 1, (*store)->timeZone()).date().year()
                                                  : QDate::currentDate().year());
        if (auto districts = (*store)->areas(QStringLiteral("district")))
            for (const Area &a : *districts)
                m_ui->reportArea->addItem(a.name, a.name);
    }

    m_choiceTimer.setSingleShot(true);
    m_choiceTimer.setInterval(400);
    connect(&m_choiceTimer, &QTimer::timeout, this, &ReportDialog::rebuild);
    const auto choiceChanged = [this] {
        m_choiceTimer.start();
    };
    connect(m_ui->reportYear, &QSpinBox::valueChanged, this, choiceChanged);
    connect(m_ui->reportK, &QSpinBox::valueChanged, this, choiceChanged);
    connect(m_ui->reportArea, &QComboBox::currentIndexChanged, this, choiceChanged);
    connect(m_ui->reportPublic, &QCheckBox::toggled, this, choiceChanged);

    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, &ReportDialog::showProgress);
    m_resizeTimer.setSingleShot(true);
    m_resizeTimer.setInterval(60);
    connect(&m_resizeTimer, &QTimer::timeout, this, &ReportDialog::paintPage);
    m_ui->previewScroll->viewport()->installEventFilter(this);
    connect(&m_watcher, &QFutureWatcher<std::shared_ptr<Built>>::finished, this, &ReportDialog::onBuilt);

    connect(m_ui->firstPageButton, &QPushButton::clicked, this, [this] { showPage(0); });
    connect(m_ui->previousPageButton, &QPushButton::clicked, this, [this] { showPage(m_page - 1); });
    connect(m_ui->nextPageButton, &QPushButton::clicked, this, [this] { showPage(m_page + 1); });
    connect(m_ui->lastPageButton, &QPushButton::clicked, this, [this] { showPage(pageCount() - 1); });
    connect(m_ui->exportButton, &QPushButton::clicked, this, &ReportDialog::exportChosen);
    rebuild();
}

ReportDialog::~ReportDialog()
{
    // The worker holds its own store connection; let it stop before the dialog goes.
    m_watcher.disconnect(this);
    if (m_feedback)
        m_feedback->cancel();
    m_pool.waitForDone();
}

void ReportDialog::rebuild()
{
    m_choiceTimer.stop();
    if (m_building) {
        m_feedback->cancel();
        m_again = true;
        return;
    }
    report::ReportSettings settings;
    settings.year = m_ui->reportYear->value();
    settings.district = m_ui->reportArea->currentData().toString();
    settings.isPublic = m_ui->reportPublic->isChecked();
    settings.rules.minCount = m_ui->reportK->value();
    m_feedback = std::make_shared<Feedback>();
    m_building = true;
    m_ui->exportButton->setEnabled(false);
    m_ui->reportProgress->setValue(0);
    m_ui->reportProgress->show();
    m_ui->reportStatus->setText(tr("Building the report…"));
    m_progressTimer.start();
    m_watcher.setFuture(
        QtConcurrent::run(&m_pool, [path = m_storePath, settings, feedback = m_feedback, gui = thread()] {
            return buildOnWorker(path, settings, *feedback, gui);
        }));
}

void ReportDialog::showProgress()
{
    if (!m_feedback)
        return;
    m_ui->reportProgress->setValue(int(m_feedback->progress()));
    const QString message = m_feedback->message();
    if (!message.isEmpty())
        m_ui->reportStatus->setText(message + QStringLiteral("…"));
}

void ReportDialog::onBuilt()
{
    m_progressTimer.stop();
    m_building = false;
    std::shared_ptr<Built> built = m_watcher.result();
    if (m_again) {
        m_again = false; // this one is out of date
        rebuild();
        return;
    }
    m_ui->reportProgress->hide();
    if (!built->pages && built->error.isEmpty()) {
        m_ui->reportStatus->clear(); // canceled: nothing to show
    } else if (!built->error.isEmpty()) {
        // No stale pages for choices that could not be built.
        m_report.reset();
        m_pageImage = QImage();
        m_ui->pageView->clear();
        paintPage();
        m_ui->reportStatus->setText(built->error);
        m_dialogs->showError(this, windowTitle(), built->error);
    } else {
        m_report = std::move(built);
        const report::ReportOutcome &r = m_report->outcome;
        QString status = r.footer;
        if (m_ui->reportPublic->isChecked())
            status += QStringLiteral(" · ") + tr("%n values and rows suppressed", nullptr, r.suppressed);
        m_ui->reportStatus->setText(status);
        m_ui->exportButton->setEnabled(true);
        m_page = std::min(m_page, pageCount() - 1);
        paintPage();
    }
    Q_EMIT reportReady();
}

bool ReportDialog::waitForReport()
{
    if (m_choiceTimer.isActive())
        rebuild();
    while (m_building)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    return m_report != nullptr;
}

QString ReportDialog::previewText() const
{
    return m_report ? m_report->outcome.document->toPlainText() : QString();
}

int ReportDialog::pageCount() const
{
    return m_report ? m_report->pages->pageCount() : 0;
}

void ReportDialog::showPage(int index)
{
    if (!m_report)
        return;
    const int page = std::clamp(index, 0, pageCount() - 1);
    if (page == m_page && !m_pageImage.isNull())
        return;
    m_page = page;
    paintPage();
    m_ui->previewScroll->verticalScrollBar()->setValue(0);
}

void ReportDialog::paintPage()
{
    const int n = pageCount();
    m_ui->pageInfo->setText(n > 0 ? tr("Page %1 of %2").arg(QLocale().toString(m_page + 1), QLocale().toString(n))
                                  : QString());
    m_ui->firstPageButton->setEnabled(m_page > 0);
    m_ui->previousPageButton->setEnabled(m_page > 0);
    m_ui->nextPageButton->setEnabled(m_page + 1 < n);
    m_ui->lastPageButton->setEnabled(m_page + 1 < n);
    if (!m_report)
        return;
    // Fit the page to the width of the view, at the screen's own resolution.
    const int width = std::max(300, m_ui->previewScroll->viewport()->width() - 16); // the label's padding
    const double ratio = devicePixelRatioF();
    m_pageImage = m_report->pages->pageImage(m_page, int(width * ratio));
    QPixmap pixmap = QPixmap::fromImage(m_pageImage);
    pixmap.setDevicePixelRatio(ratio);
    m_ui->pageView->setPixmap(pixmap);
}

bool ReportDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->previewScroll->viewport() && event->type() == QEvent::Resize && m_report)
        m_resizeTimer.start();
    return QDialog::eventFilter(watched, event);
}

bool ReportDialog::exportTo(const QString &path)
{
    if ((!m_report || m_building || m_choiceTimer.isActive()) && (rebuild(), !waitForReport()))
        return false;
    const Status s = report::writeReport(m_report->outcome, path, m_report->pages.get());
    if (!s)
        m_dialogs->showError(this, tr("Export report"), s.errorMessage());
    return s.ok();
}

void ReportDialog::exportChosen()
{
    const QString path = m_dialogs->saveFileName(this, tr("Export report"), QString(),
                                                 tr("PDF document (*.pdf);;OpenDocument text (*.odt)"));
    if (!path.isEmpty())
        exportTo(path);
}

// On the worker: its own read-only store connection, the report, and its pages laid out, all handed
// to `target` (the GUI thread) before they are returned.
std::shared_ptr<ReportDialog::Built> ReportDialog::buildOnWorker(const QString &path,
                                                                 const report::ReportSettings &settings,
                                                                 Feedback &feedback, QThread *target)
{
    auto out = std::make_shared<Built>();
    auto store = store::Store::open(path, store::Store::Mode::ReadOnly);
    if (!store) {
        out->error = store.errorMessage();
        return out;
    }
    auto built = report::buildReport(**store, settings, feedback);
    if (feedback.isCanceled())
        return out;
    if (!built) {
        out->error = built.errorMessage();
        return out;
    }
    feedback.setProgress(97.0, tr("Laying out the pages"));
    out->pages = std::make_unique<report::ReportPages>(*built->document, built->footer);
    out->pages->moveToThread(target);
    built->document->moveToThread(target);
    out->outcome = std::move(*built);
    feedback.setProgress(100.0);
    return out;
}

} // namespace lb::app
