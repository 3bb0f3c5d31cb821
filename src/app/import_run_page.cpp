#include "app/import_run_page.h"

#include "app/import_context.h"
#include "app/import_rejects_dialog.h"

#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>
#include <QtConcurrent/QtConcurrentRun>

namespace lb::app {

ImportRunPage::ImportRunPage(ImportContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_ctx(context)
{
    setTitle(tr("Import"));
    setFinalPage(true);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 100);
    m_rate = new QLabel(this);
    m_rate->setObjectName(QStringLiteral("importRate"));
    m_rate->setWordWrap(true);
    m_cancel = new QPushButton(tr("Cancel the import"), this);
    m_cancel->setObjectName(QStringLiteral("importCancel"));
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("importResult"));
    m_result->setWordWrap(true);
    QFont big = m_result->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    m_result->setFont(big);
    m_result->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("importCounts"));
    m_counts->setTextFormat(Qt::RichText);

    m_reasons = new QTableWidget(0, 2, this);
    m_reasons->setObjectName(QStringLiteral("importReasonTable"));
    m_reasons->setHorizontalHeaderLabels({tr("Why rows were rejected"), tr("Rows")});
    m_reasons->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_reasons->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_reasons->verticalHeader()->hide();
    m_reasons->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_reasons->setSelectionMode(QAbstractItemView::NoSelection);
    m_unknown = new QLabel(this);
    m_unknown->setObjectName(QStringLiteral("importUnknownValues"));
    m_unknown->setWordWrap(true);
    m_showRejects = new QPushButton(tr("Show the rejected rows…"), this);
    m_showRejects->setObjectName(QStringLiteral("importShowRejects"));
    // The preview page commits the import, so the wizard offers no Back button here; this one
    // goes back explicitly once nothing was written.
    m_backToSettings = new QPushButton(tr("Back to the settings"), this);
    m_backToSettings->setObjectName(QStringLiteral("importBackToSettings"));
    m_backToSettings->setToolTip(tr("Change the file's settings or mapping and run the import again."));
    auto *rejectsRow = new QHBoxLayout;
    rejectsRow->addWidget(m_backToSettings);
    rejectsRow->addStretch(1);
    rejectsRow->addWidget(m_showRejects);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(progressRow);
    layout->addWidget(m_rate);
    layout->addSpacing(8);
    layout->addWidget(m_result);
    layout->addWidget(m_counts);
    layout->addWidget(m_reasons, 1);
    layout->addWidget(m_unknown);
    layout->addLayout(rejectsRow);
    // Keeps a short summary at the top; the reasons table, when shown, takes the space instead.
    layout->addStretch(0);

    m_poll = new QTimer(this);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (!m_feedback)
            return;
        m_progress->setValue(static_cast<int>(m_feedback->progress()));
        if (const QString message = m_feedback->message(); !message.isEmpty())
            m_rate->setText(message);
    });
    connect(m_cancel, &QPushButton::clicked, this, &ImportRunPage::cancel);
    connect(m_showRejects, &QPushButton::clicked, this, &ImportRunPage::showRejects);
    connect(m_backToSettings, &QPushButton::clicked, this, [this] {
        if (!m_running && wizard())
            wizard()->back();
    });
    connect(&m_run, &QFutureWatcher<RunOutcome>::finished, this, &ImportRunPage::onFinished);
}

ImportRunPage::~ImportRunPage()
{
    if (m_run.isRunning()) {
        m_feedback->cancel();
        m_run.waitForFinished();
    }
}

void ImportRunPage::initializePage()
{
    m_finished = false;
    m_outcome = {};
    setSubTitle(tr("Importing %1 into %2. You can cancel; nothing is written until the import has finished.")
                    .arg(QFileInfo(m_ctx->filePath).fileName(), QFileInfo(m_ctx->storePath).fileName()));
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_result, m_counts, m_reasons, m_unknown, m_showRejects, m_backToSettings})
        w->hide();
    m_progress->show();
    m_progress->setValue(0);
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_rate->setText(tr("Starting…"));
    m_feedback = std::make_shared<Feedback>();
    auto feedback = m_feedback;
    const QString store = m_ctx->storePath, file = m_ctx->filePath, profile = m_ctx->profileName;
    const io::FieldMapping mapping = m_ctx->mapping;
    const io::PersonalDataChoice personalData = m_ctx->personalData;
    m_running = true;
    m_run.setFuture(QtConcurrent::run([store, file, mapping, profile, personalData, feedback] {
        return runSourceImport(store, file, mapping, profile, personalData, *feedback);
    }));
    m_poll->start();
    Q_EMIT completeChanged();
}

void ImportRunPage::cancel()
{
    if (!m_running)
        return;
    m_feedback->cancel();
    m_cancel->setEnabled(false);
    m_rate->setText(tr("Canceling…"));
}

void ImportRunPage::onFinished()
{
    m_poll->stop();
    m_running = false;
    m_outcome = m_run.result();
    m_finished = true;
    m_progress->hide();
    m_cancel->hide();
    showSummary();
    Q_EMIT completeChanged();
    if (m_outcome.error.isEmpty() && !m_outcome.summary.canceled && m_outcome.summary.batchId > 0)
        Q_EMIT imported(m_outcome.summary.batchId);
    Q_EMIT runFinished();
}

void ImportRunPage::showSummary()
{
    const QLocale locale;
    const io::ImportSummary &s = m_outcome.summary;
    m_result->show();
    if (!m_outcome.error.isEmpty()) {
        setSubTitle(QString());
        m_result->setText(tr("The import failed and nothing was written: %1").arg(m_outcome.error));
        m_result->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_rate->clear();
        m_backToSettings->show();
        return;
    }
    if (s.canceled) {
        setSubTitle(QString());
        m_result->setText(tr("The import was canceled. Nothing was written to the store."));
        m_result->setStyleSheet(QString());
        m_rate->clear();
        m_backToSettings->show();
        return;
    }
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Imported %n record(s) as %1.", nullptr, static_cast<int>(s.accepted))
                          .arg(importKindLabel(m_ctx->mapping.kind).toLower()));
    m_rate->setText(
        tr("%1 rows in %2 s, %3 rows per second. Import batch %4; it can be undone under File › Import batches.")
            .arg(locale.toString(static_cast<qint64>(s.rowsRead)), locale.toString(s.seconds, 'f', 1),
                 locale.toString(static_cast<qint64>(s.rowsPerSecond)))
            .arg(s.batchId));
    if (!m_outcome.areaWarning.isEmpty())
        m_rate->setText(m_rate->text() + QLatin1Char('\n') + tr("Warning: %1").arg(m_outcome.areaWarning));
    const auto n = [&](std::int64_t v) {
        return locale.toString(static_cast<qint64>(v));
    };
    const QString line = QStringLiteral("<tr><td>%1</td><td align=right>%2</td></tr>");
    QString counts = QStringLiteral("<table cellspacing=4>") + line.arg(tr("Rows read"), n(s.rowsRead)) +
                     line.arg(tr("Imported"), QStringLiteral("<b>%1</b>").arg(n(s.accepted))) +
                     line.arg(tr("Already in the store"), n(s.duplicates)) +
                     line.arg(tr("Identical rows in this file (same reference id, not added again)"), n(s.identical)) +
                     line.arg(tr("Rejected"), n(s.rejected)) + QStringLiteral("</table>");
    if (s.copies > 0)
        counts += QStringLiteral("<p>%1</p>")
                      .arg(tr("%1 rows are identical to an earlier row but have no reference id; each is an incident "
                              "of its own, as in police open data, where several crimes share one anonymised place "
                              "and month.")
                               .arg(n(s.copies)));
    if (s.repeatOf > 0)
        counts += QStringLiteral("<p>%1</p>")
                      .arg(tr("The same file was imported with the same settings in import batch %1: its rows were "
                              "recognised without reading them again.")
                               .arg(s.repeatOf));
    m_counts->setText(counts);
    if (s.personalData.inMappedColumns())
        m_counts->setText(m_counts->text() +
                          QStringLiteral("<p>%1</p>")
                              .arg(s.personalDataChoice == io::PersonalDataChoice::Redact
                                       ? tr("Personal data: %n value(s) replaced with markers such as [personnummer].",
                                            nullptr, static_cast<int>(s.personalData.valuesRedacted))
                                       : tr("Personal data: kept as it was in the file, as chosen.")));
    if (s.repairedGeometries > 0)
        m_counts->setText(m_counts->text() + tr("%n invalid polygon(s) were repaired before they were imported.",
                                                nullptr, static_cast<int>(s.repairedGeometries)));
    m_counts->show();

    m_reasons->setRowCount(0);
    for (int r = 0; r < io::kRejectReasonCount; ++r) {
        const std::int64_t count = s.rejectedByReason[static_cast<size_t>(r)];
        if (count == 0)
            continue;
        const int row = m_reasons->rowCount();
        m_reasons->insertRow(row);
        m_reasons->setItem(row, 0, new QTableWidgetItem(io::label(static_cast<io::RejectReason>(r))));
        auto *rows = new QTableWidgetItem(n(count));
        rows->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_reasons->setItem(row, 1, rows);
    }
    m_reasons->setVisible(s.rejected > 0);
    m_showRejects->setVisible(s.rejected > 0);

    if (!s.unknownValues.isEmpty()) {
        QStringList values;
        for (auto it = s.unknownValues.begin(); it != s.unknownValues.end(); ++it)
            values << tr("“%1” (%n row(s))", nullptr, static_cast<int>(it.value())).arg(it.key());
        m_unknown->setText(tr("Values without a category: %1. Map them in a saved mapping and import the file again; "
                              "rows already imported are recognised and not added twice.")
                               .arg(values.join(QStringLiteral(", "))));
        m_unknown->show();
    }
}

void ImportRunPage::showRejects()
{
    auto *dialog = new ImportRejectsDialog(m_ctx->storePath, m_outcome.summary.batchId, m_ctx->dialogs, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

bool ImportRunPage::isComplete() const
{
    return m_finished;
}

} // namespace lb::app
