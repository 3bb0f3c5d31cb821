#include "app/import_preview_page.h"

#include "app/import_context.h"

#include <QCheckBox>
#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace lb::app {

namespace {
const QColor kRejected(253, 236, 234);
const QColor kRejectedText(179, 38, 30);
const QColor kDuplicate(238, 238, 238);

// The stored fields in reading order; the rest follow alphabetically.
const QStringList &fieldOrder()
{
    static const QStringList order = {QStringLiteral("occurred_at"),
                                      QStringLiteral("time_precision"),
                                      QStringLiteral("category"),
                                      QStringLiteral("kind"),
                                      QStringLiteral("name"),
                                      QStringLiteral("geom"),
                                      QStringLiteral("location_precision"),
                                      QStringLiteral("source"),
                                      QStringLiteral("source_ref"),
                                      QStringLiteral("survey_id"),
                                      QStringLiteral("area_id"),
                                      QStringLiteral("indicator"),
                                      QStringLiteral("share"),
                                      QStringLiteral("respondents"),
                                      QStringLiteral("rating"),
                                      QStringLiteral("time_of_day"),
                                      QStringLiteral("status"),
                                      QStringLiteral("walk_id"),
                                      QStringLiteral("responsible"),
                                      QStringLiteral("due_date"),
                                      QStringLiteral("fixed_date"),
                                      QStringLiteral("reason"),
                                      QStringLiteral("comment"),
                                      QStringLiteral("respondent"),
                                      QStringLiteral("description"),
                                      QStringLiteral("population"),
                                      QStringLiteral("extent")};
    return order;
}

// A stored time (ISO 8601 in UTC, with or without the Z) in the user's local time and date format.
QString shownTime(const QString &isoUtc)
{
    QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODate);
    if (!t.isValid())
        return isoUtc;
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeZone(QTimeZone::utc());
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

ImportPreviewPage::ImportPreviewPage(ImportContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_ctx(context)
{
    setTitle(tr("Check the first rows"));
    setSubTitle(tr("This is how the first rows will be stored, and which would be rejected and why. Go back to change "
                   "the mapping; press Import to import the whole file."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    m_crs = new QLabel(this);
    m_crs->setObjectName(QStringLiteral("importPreviewCrs"));
    m_crs->setWordWrap(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importPreviewSummary"));
    m_summary->setWordWrap(true);
    m_onlyRejected = new QCheckBox(tr("Only rejected rows"), this);
    m_onlyRejected->setObjectName(QStringLiteral("importPreviewOnlyRejected"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_onlyRejected);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("importPreviewTable"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setWordWrap(false);

    m_personal = new QGroupBox(tr("Personal data"), this);
    m_personal->setObjectName(QStringLiteral("importPersonalData"));
    m_personalText = new QLabel(m_personal);
    m_personalText->setObjectName(QStringLiteral("importPersonalDataFindings"));
    m_personalText->setWordWrap(true);
    m_redact = new QRadioButton(tr("Replace them with markers such as [personnummer] (recommended)"), m_personal);
    m_redact->setObjectName(QStringLiteral("importPersonalDataRedact"));
    m_keep = new QRadioButton(tr("Keep them as they are in the file"), m_personal);
    m_keep->setObjectName(QStringLiteral("importPersonalDataKeep"));
    m_redact->setChecked(true);
    auto *personalLayout = new QVBoxLayout(m_personal);
    personalLayout->addWidget(m_personalText);
    personalLayout->addWidget(m_redact);
    personalLayout->addWidget(m_keep);
    m_personal->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_crs);
    layout->addWidget(m_personal);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    connect(&m_preview, &QFutureWatcher<PreviewOutcome>::finished, this, &ImportPreviewPage::onPreview);
    connect(m_redact, &QRadioButton::toggled, this, [this](bool redact) {
        if (m_personal->isHidden() || !m_outcome.personalData.inMappedColumns())
            return;
        m_ctx->personalData = redact ? io::PersonalDataChoice::Redact : io::PersonalDataChoice::Keep;
        fillTable();
    });
    connect(m_onlyRejected, &QCheckBox::toggled, this, [this](bool only) {
        for (int row = 0; row < m_table->rowCount(); ++row)
            m_table->setRowHidden(row, only && m_table->item(row, 1)->data(Qt::UserRole).toInt() !=
                                                   static_cast<int>(io::PreviewRow::Status::Rejected));
    });
}

ImportPreviewPage::~ImportPreviewPage()
{
    m_preview.waitForFinished();
}

void ImportPreviewPage::initializePage()
{
    m_preview.waitForFinished();
    m_outcome = {};
    m_table->clear();
    m_table->setRowCount(0);
    m_table->setColumnCount(0);
    m_crs->clear();
    m_personal->hide();
    m_ctx->personalData = io::PersonalDataChoice::Ask;
    m_summary->setText(tr("Reading the first rows…"));
    m_summary->setStyleSheet(QString());
    const QString store = m_ctx->storePath, file = m_ctx->filePath;
    const io::FieldMapping mapping = m_ctx->mapping;
    m_loading = true;
    m_preview.setFuture(
        QtConcurrent::run([store, file, mapping] { return previewSource(store, file, mapping, kPreviewRows); }));
    Q_EMIT completeChanged();
}

void ImportPreviewPage::onPreview()
{
    m_loading = false;
    m_outcome = m_preview.result();
    if (!m_outcome.error.isEmpty()) {
        m_summary->setText(tr("The file cannot be imported with this mapping: %1").arg(m_outcome.error));
        m_summary->setStyleSheet(QStringLiteral("color: #b3261e;"));
        Q_EMIT completeChanged();
        return;
    }
    if (m_outcome.sourceEpsg > 0)
        m_crs->setText(tr("Coordinates: %1").arg(m_outcome.crsExplanation));
    int accepted = 0, duplicates = 0, identical = 0, rejected = 0;
    for (const io::PreviewRow &r : m_outcome.rows) {
        accepted += r.status == io::PreviewRow::Status::Accepted;
        duplicates += r.status == io::PreviewRow::Status::Duplicate;
        identical += r.status == io::PreviewRow::Status::Identical;
        rejected += r.status == io::PreviewRow::Status::Rejected;
    }
    const int n = static_cast<int>(m_outcome.rows.size());
    QString text = tr("Of the first %n row(s): ", nullptr, n) + tr("%n will be imported", nullptr, accepted);
    if (duplicates)
        text += QStringLiteral(", ") + tr("%n already in the store", nullptr, duplicates);
    if (identical)
        text += QStringLiteral(", ") + tr("%n identical to an earlier row of the file", nullptr, identical);
    text += QStringLiteral(", ") + tr("%n rejected", nullptr, rejected) + QLatin1Char('.');
    m_summary->setText(text);
    m_summary->setStyleSheet(rejected ? QStringLiteral("color: #b3261e;") : QString());
    showPersonalData();
    fillTable();
    Q_EMIT completeChanged();
}

void ImportPreviewPage::fillTable()
{
    QStringList fields = m_outcome.storedColumns;
    std::stable_sort(fields.begin(), fields.end(), [](const QString &a, const QString &b) {
        const auto rank = [](const QString &f) {
            const auto i = fieldOrder().indexOf(f);
            return i < 0 ? 1000 : i;
        };
        return rank(a) < rank(b);
    });
    QHash<QString, QString> categoryLabels;
    for (const Category &c : m_ctx->store.categories)
        categoryLabels.insert(c.code, localizedLabel(c.labelSv, c.labelEn));
    for (const FindingKind &k : m_ctx->store.findingKinds)
        if (m_ctx->mapping.kind == io::ImportKind::Findings)
            categoryLabels.insert(k.code, localizedLabel(k.labelSv, k.labelEn));

    const QHash<QString, QString> headers = {{QStringLiteral("occurred_at"), tr("Time")},
                                             {QStringLiteral("time_precision"), tr("Time precision")},
                                             {QStringLiteral("category"), tr("Category")},
                                             {QStringLiteral("kind"), tr("Kind")},
                                             {QStringLiteral("geom"), tr("Position (E N)")},
                                             {QStringLiteral("location_precision"), tr("Location precision")},
                                             {QStringLiteral("source"), tr("Source")},
                                             {QStringLiteral("source_ref"), tr("Reference")},
                                             {QStringLiteral("description"), tr("Description")},
                                             {QStringLiteral("name"), tr("Name")},
                                             {QStringLiteral("rating"), tr("Rating")},
                                             {QStringLiteral("time_of_day"), tr("Time of day")},
                                             {QStringLiteral("reason"), tr("Reason")},
                                             {QStringLiteral("comment"), tr("Comment")},
                                             {QStringLiteral("status"), tr("Status")},
                                             {QStringLiteral("responsible"), tr("Responsible")},
                                             {QStringLiteral("share"), tr("Share")},
                                             {QStringLiteral("respondents"), tr("Respondents")},
                                             {QStringLiteral("indicator"), tr("Indicator")},
                                             {QStringLiteral("population"), tr("Population")}};
    QStringList labels = {tr("Row"), tr("Result")};
    for (const QString &f : fields)
        labels << headers.value(f, f);
    m_table->setColumnCount(static_cast<int>(labels.size()));
    m_table->setHorizontalHeaderLabels(labels);
    m_table->setRowCount(static_cast<int>(m_outcome.rows.size()));

    for (int row = 0; row < m_table->rowCount(); ++row) {
        const io::PreviewRow &r = m_outcome.rows[static_cast<size_t>(row)];
        auto *number = new QTableWidgetItem(QString::number(r.rowNumber));
        number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *result = new QTableWidgetItem;
        result->setData(Qt::UserRole, static_cast<int>(r.status));
        m_table->setItem(row, 0, number);
        m_table->setItem(row, 1, result);
        QStringList raw;
        for (auto it = r.source.begin(); it != r.source.end(); ++it)
            raw << it.key() + QStringLiteral(": ") + it.value();
        if (r.status == io::PreviewRow::Status::Rejected) {
            result->setText(tr("Rejected: %1").arg(io::label(r.reason)));
            result->setToolTip(r.detail + QStringLiteral("\n\n") + raw.join(QLatin1Char('\n')));
            auto *detail = new QTableWidgetItem(r.detail);
            m_table->setItem(row, 2, detail);
            if (m_table->columnCount() > 3)
                m_table->setSpan(row, 2, 1, m_table->columnCount() - 2);
            for (QTableWidgetItem *item : {number, result, detail}) {
                item->setBackground(kRejected);
                item->setForeground(kRejectedText);
            }
            continue;
        }
        const bool duplicate =
            r.status == io::PreviewRow::Status::Duplicate || r.status == io::PreviewRow::Status::Identical;
        result->setText(r.status == io::PreviewRow::Status::Identical ? tr("Identical to an earlier row")
                        : duplicate                                   ? tr("Already in the store")
                                                                      : tr("Imported"));
        result->setToolTip(raw.join(QLatin1Char('\n')));
        for (int c = 0; c < fields.size(); ++c) {
            QString value = r.stored.value(fields[c]);
            // As the import will store it.
            if (m_ctx->personalData == io::PersonalDataChoice::Redact)
                io::redactPersonalData(value);
            // The store keeps UTC; people read their own clock.
            if (fields[c] == QLatin1String("occurred_at"))
                value = shownTime(value);
            if ((fields[c] == QLatin1String("category") || fields[c] == QLatin1String("kind")) &&
                categoryLabels.contains(value))
                value = QStringLiteral("%1 (%2)").arg(categoryLabels.value(value), value);
            auto *item = new QTableWidgetItem(value);
            if (duplicate)
                item->setBackground(kDuplicate);
            m_table->setItem(row, c + 2, item);
        }
        if (duplicate) {
            number->setBackground(kDuplicate);
            result->setBackground(kDuplicate);
        }
    }
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_table->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 320));
    m_onlyRejected->setChecked(false);
}

void ImportPreviewPage::showPersonalData()
{
    const io::PersonalDataReport &report = m_outcome.personalData;
    if (!report.any()) {
        m_ctx->personalData = io::PersonalDataChoice::Ask;
        m_personal->hide();
        return;
    }
    QStringList lines{tr("The file holds personal data (values masked):")};
    for (const QString &line : report.describe())
        lines << QStringLiteral("• ") + line;
    const bool unmapped =
        std::any_of(report.columns.begin(), report.columns.end(), [](const auto &c) { return !c.mapped; });
    if (unmapped)
        lines << tr("Columns that are not imported are not copied into the store, not even for rejected rows.");
    const bool choose = report.inMappedColumns();
    if (choose)
        lines << tr("What should be done with it in the columns that are imported?");
    m_personalText->setText(lines.join(QLatin1Char('\n')));
    m_redact->setVisible(choose);
    m_keep->setVisible(choose);
    m_ctx->personalData = !choose                 ? io::PersonalDataChoice::Ask
                          : m_redact->isChecked() ? io::PersonalDataChoice::Redact
                                                  : io::PersonalDataChoice::Keep;
    m_personal->show();
}

bool ImportPreviewPage::isComplete() const
{
    // Nothing to import is not an error, but a mapping that cannot be read must be fixed first.
    return !isLoading() && m_outcome.error.isEmpty() && !m_outcome.rows.empty();
}

} // namespace lb::app
