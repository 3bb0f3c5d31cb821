#include "app/import_batches_dialog.h"

#include "app/dialog_service.h"
#include "app/import_context.h"
#include "app/import_rejects_dialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace lb::app {

namespace {
enum Column {
    DateColumn,
    FileColumn,
    KindColumn,
    ReadColumn,
    AcceptedColumn,
    DuplicateColumn,
    IdenticalColumn,
    RejectedColumn,
    StateColumn
};
constexpr int kIdRole = Qt::UserRole + 1;

QString localTime(const QString &isoUtc)
{
    QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODate);
    if (!t.isValid())
        return isoUtc;
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeZone(QTimeZone::utc()); // the store writes UTC, with or without the Z
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

ImportBatchesDialog::ImportBatchesDialog(const QString &storePath, DialogService *dialogs, QWidget *parent)
    : QDialog(parent)
    , m_storePath(storePath)
    , m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("importBatchesDialog"));
    setWindowTitle(tr("Import batches — %1").arg(QFileInfo(storePath).completeBaseName()));
    resize(1000, 480);

    m_info = new QLabel(this);
    m_info->setWordWrap(true);
    m_table = new QTableWidget(0, 9, this);
    m_table->setObjectName(QStringLiteral("importBatchesTable"));
    m_table->setHorizontalHeaderLabels({tr("Imported"), tr("File"), tr("Kind"), tr("Read"), tr("Added"),
                                        tr("Already there"), tr("Identical in file"), tr("Rejected"), tr("Status")});
    m_table->horizontalHeaderItem(IdenticalColumn)
        ->setToolTip(tr("Rows with the same reference id as an earlier row of the same file, not added again"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);

    m_confirmBar = new QFrame(this);
    m_confirmBar->setObjectName(QStringLiteral("importUndoConfirmBar"));
    m_confirmBar->setFrameShape(QFrame::StyledPanel);
    m_confirmBar->setStyleSheet(
        QStringLiteral("#importUndoConfirmBar { background: #fff4e5; border: 1px solid #f0c36d; }"));
    m_confirmText = new QLabel(m_confirmBar);
    m_confirmText->setWordWrap(true);
    m_confirm = new QPushButton(tr("Undo the import"), m_confirmBar);
    m_confirm->setObjectName(QStringLiteral("importUndoConfirm"));
    m_keep = new QPushButton(tr("Keep it"), m_confirmBar);
    auto *confirmLayout = new QHBoxLayout(m_confirmBar);
    confirmLayout->addWidget(m_confirmText, 1);
    confirmLayout->addWidget(m_confirm);
    confirmLayout->addWidget(m_keep);
    m_confirmBar->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_undoButton = buttons->addButton(tr("&Undo…"), QDialogButtonBox::ActionRole);
    m_undoButton->setObjectName(QStringLiteral("importUndo"));
    m_rejects = buttons->addButton(tr("&Rejected rows…"), QDialogButtonBox::ActionRole);
    m_rejects->setObjectName(QStringLiteral("importBatchRejects"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_info);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_confirmBar);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_confirmBar->hide();
        updateButtons();
    });
    connect(m_undoButton, &QPushButton::clicked, this, &ImportBatchesDialog::askUndo);
    connect(m_confirm, &QPushButton::clicked, this, &ImportBatchesDialog::startUndo);
    connect(m_keep, &QPushButton::clicked, m_confirmBar, &QWidget::hide);
    connect(m_rejects, &QPushButton::clicked, this, [this] {
        if (const store::ImportBatch *b = selected()) {
            auto *dialog = new ImportRejectsDialog(m_storePath, b->id, m_dialogs, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
        }
    });
    connect(&m_load, &QFutureWatcher<BatchesOutcome>::finished, this, &ImportBatchesDialog::onLoaded);
    connect(&m_undo, &QFutureWatcher<QString>::finished, this, &ImportBatchesDialog::onUndone);
    reload();
}

ImportBatchesDialog::~ImportBatchesDialog()
{
    m_load.waitForFinished();
    m_undo.waitForFinished();
}

void ImportBatchesDialog::reload()
{
    if (m_loading)
        return;
    m_loading = true;
    m_info->setText(tr("Reading the import history…"));
    const QString path = m_storePath;
    m_load.setFuture(QtConcurrent::run([path] { return readImportBatches(path); }));
    updateButtons();
}

void ImportBatchesDialog::onLoaded()
{
    m_loading = false;
    BatchesOutcome outcome = m_load.result();
    if (!outcome.error.isEmpty()) {
        m_info->setText(tr("The import history cannot be read: %1").arg(outcome.error));
        return;
    }
    const std::int64_t keep = selected() ? selected()->id : 0;
    m_batches.assign(outcome.batches.rbegin(), outcome.batches.rend()); // newest first
    m_info->setText(m_batches.empty() ? tr("Nothing has been imported into this store yet.")
                                      : tr("Every import into this store. Undoing one deletes the records it added."));
    const QLocale locale;
    const QSignalBlocker block(m_table);
    m_table->clearSelection();
    m_table->setRowCount(static_cast<int>(m_batches.size()));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const store::ImportBatch &b = m_batches[static_cast<size_t>(row)];
        const auto kind = io::importKindFromString(b.kind);
        const auto number = [&](std::int64_t v) {
            auto *item = new QTableWidgetItem(locale.toString(static_cast<qint64>(v)));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            return item;
        };
        auto *date = new QTableWidgetItem(localTime(b.startedAt));
        date->setData(kIdRole, static_cast<qlonglong>(b.id));
        auto *file = new QTableWidgetItem(QFileInfo(b.sourceFile).fileName());
        file->setToolTip(QDir::toNativeSeparators(b.sourceFile) +
                         (b.profile.isEmpty() ? QString() : QLatin1Char('\n') + tr("Mapping: %1").arg(b.profile)));
        m_table->setItem(row, DateColumn, date);
        m_table->setItem(row, FileColumn, file);
        m_table->setItem(row, KindColumn, new QTableWidgetItem(kind ? importKindLabel(*kind) : b.kind));
        m_table->setItem(row, ReadColumn, number(b.rowsRead));
        m_table->setItem(row, AcceptedColumn, number(b.rowsAccepted));
        m_table->setItem(row, DuplicateColumn, number(b.rowsDuplicate));
        m_table->setItem(row, IdenticalColumn, number(b.rowsIdentical));
        m_table->setItem(row, RejectedColumn, number(b.rowsRejected));
        // Rejects that a later import of the same file replaced are kept for the record, not as open work.
        const QString state = !b.undoneAt.isEmpty() ? tr("Undone %1").arg(localTime(b.undoneAt))
                              : b.supersededBy > 0
                                  ? tr("Rejected rows superseded by batch %1").arg(QLocale().toString(b.supersededBy))
                                  : QString();
        m_table->setItem(row, StateColumn, new QTableWidgetItem(state));
        if (!b.undoneAt.isEmpty())
            for (int c = 0; c < m_table->columnCount(); ++c)
                m_table->item(row, c)->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    if (keep)
        selectBatch(keep);
    updateButtons();
}

const store::ImportBatch *ImportBatchesDialog::selected() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const int row = items.front()->row();
    return row >= 0 && row < static_cast<int>(m_batches.size()) ? &m_batches[static_cast<size_t>(row)] : nullptr;
}

bool ImportBatchesDialog::selectBatch(std::int64_t batchId)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, DateColumn)->data(kIdRole).toLongLong() == batchId) {
            m_table->selectRow(row);
            return true;
        }
    return false;
}

void ImportBatchesDialog::updateButtons()
{
    const store::ImportBatch *b = selected();
    const bool idle = !isBusy();
    m_undoButton->setEnabled(idle && b && b->undoneAt.isEmpty());
    m_rejects->setEnabled(idle && b && b->rowsRejected > 0);
    m_confirm->setEnabled(idle);
}

void ImportBatchesDialog::askUndo()
{
    const store::ImportBatch *b = selected();
    if (!b)
        return;
    m_confirmText->setText(tr("Undo the import of %1 from %2? This deletes the %n record(s) it added.", nullptr,
                              static_cast<int>(b->rowsAccepted))
                               .arg(QFileInfo(b->sourceFile).fileName(), localTime(b->startedAt)));
    m_confirmBar->show();
}

void ImportBatchesDialog::startUndo()
{
    const store::ImportBatch *b = selected();
    if (!b || isBusy())
        return;
    m_undoing = b->id;
    m_confirmBar->hide();
    m_info->setText(tr("Undoing the import…"));
    const QString path = m_storePath;
    const std::int64_t id = m_undoing;
    m_undo.setFuture(QtConcurrent::run([path, id] { return undoBatch(path, id); }));
    updateButtons();
}

void ImportBatchesDialog::onUndone()
{
    const QString error = m_undo.result();
    const std::int64_t id = m_undoing;
    m_undoing = 0;
    reload();
    if (!error.isEmpty())
        m_dialogs->showError(this, tr("Undo the import"), error);
    else
        Q_EMIT batchUndone(id);
}

} // namespace lb::app
