#include "app/import_rejects_dialog.h"

#include "app/dialog_service.h"
#include "io/excel_csv.h"
#include "io/reject_reason.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace lb::app {

namespace {
QJsonObject rawObject(const store::ImportReject &r)
{
    return QJsonDocument::fromJson(r.rawValues.toUtf8()).object();
}

// The raw columns in the order they first appear.
QStringList rawColumns(const std::vector<store::ImportReject> &rejects)
{
    QStringList columns;
    for (const store::ImportReject &r : rejects)
        for (const QString &k : rawObject(r).keys())
            if (!columns.contains(k))
                columns << k;
    return columns;
}

} // namespace

QString writeRejectsCsv(const QString &path, const std::vector<store::ImportReject> &rejects)
{
    const QStringList raw = rawColumns(rejects);
    io::OfficeTable table;
    table.header = QStringList{ImportRejectsDialog::tr("row"), ImportRejectsDialog::tr("reason_code"),
                               ImportRejectsDialog::tr("reason"), ImportRejectsDialog::tr("details")} +
                   raw;
    // Only the row number is a number: the rejected values stay exactly as they were read.
    table.numericColumns = {0};
    for (const store::ImportReject &r : rejects) {
        const QJsonObject o = rawObject(r);
        QStringList fields = {QString::number(r.rowNumber), r.reasonCode, io::labelForCode(r.reasonCode), r.reason};
        for (const QString &c : raw)
            fields << o.value(c).toVariant().toString();
        table.rows.push_back(fields);
    }
    const Status written = io::writeExcelCsv(path, table);
    return written ? QString() : written.errorMessage();
}

ImportRejectsDialog::ImportRejectsDialog(const QString &storePath, std::int64_t batchId, DialogService *dialogs,
                                         QWidget *parent)
    : QDialog(parent)
    , m_storePath(storePath)
    , m_batchId(batchId)
    , m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("importRejectsDialog"));
    setWindowTitle(tr("Rejected rows of import %1").arg(batchId));
    resize(960, 560);
    m_info = new QLabel(tr("Reading the rejected rows…"), this);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("importRejectsTable"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("Export as CSV…"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("importRejectsExport"));
    m_export->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_info);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &ImportRejectsDialog::exportCsv);
    connect(&m_load, &QFutureWatcher<RejectsOutcome>::finished, this, &ImportRejectsDialog::onLoaded);
    m_load.setFuture(QtConcurrent::run([storePath, batchId] { return readImportRejects(storePath, batchId); }));
}

ImportRejectsDialog::~ImportRejectsDialog()
{
    m_load.waitForFinished();
}

void ImportRejectsDialog::onLoaded()
{
    m_loading = false;
    RejectsOutcome outcome = m_load.result();
    if (!outcome.error.isEmpty()) {
        m_info->setText(tr("The rejected rows cannot be read: %1").arg(outcome.error));
        return;
    }
    m_rejects = std::move(outcome.rejects);
    m_info->setText(
        tr("%n rejected row(s). Hover over a reason for the details.", nullptr, static_cast<int>(m_rejects.size())));
    const QStringList raw = rawColumns(m_rejects);
    m_table->setColumnCount(static_cast<int>(3 + raw.size()));
    m_table->setHorizontalHeaderLabels(QStringList{tr("Row"), tr("Reason"), tr("Details")} + raw);
    m_table->setRowCount(static_cast<int>(m_rejects.size()));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const store::ImportReject &r = m_rejects[static_cast<size_t>(row)];
        auto *number = new QTableWidgetItem;
        number->setData(Qt::DisplayRole, static_cast<qlonglong>(r.rowNumber));
        auto *reason = new QTableWidgetItem(io::labelForCode(r.reasonCode));
        reason->setToolTip(r.reason);
        m_table->setItem(row, 0, number);
        m_table->setItem(row, 1, reason);
        m_table->setItem(row, 2, new QTableWidgetItem(r.reason));
        const QJsonObject o = rawObject(r);
        for (int c = 0; c < raw.size(); ++c)
            m_table->setItem(row, 3 + c, new QTableWidgetItem(o.value(raw[c]).toVariant().toString()));
    }
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_table->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 300));
    m_export->setEnabled(!m_rejects.empty());
}

void ImportRejectsDialog::exportCsv()
{
    const QString path =
        m_dialogs->saveFileName(this, tr("Export the rejected rows"), tr("rejected-rows-import-%1.csv").arg(m_batchId),
                                tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const QString error = writeRejectsCsv(path, m_rejects); !error.isEmpty())
        m_dialogs->showError(this, tr("Export the rejected rows"), error);
    else
        m_info->setText(tr("Exported %n row(s) to %1.", nullptr, static_cast<int>(m_rejects.size()))
                            .arg(QDir::toNativeSeparators(path)));
}

} // namespace lb::app
