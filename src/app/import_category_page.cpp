#include "app/import_category_page.h"

#include "app/import_context.h"
#include "app/new_category_dialog.h"
#include "io/category_matcher.h"
#include "store/store.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace lb::app {

namespace {
enum Column { ValueColumn, RowsColumn, CodeColumn, StateColumn };
const QColor kUnknown(253, 236, 234);
const QColor kUnknownText(179, 38, 30);
} // namespace

ImportCategoryPage::ImportCategoryPage(ImportContext *context, QWidget *parent)
    : QWizardPage(parent)
    , m_ctx(context)
{
    setTitle(tr("Match the categories"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("importCategoryTable"));
    m_table->setHorizontalHeaderLabels({tr("Value in the file"), tr("Rows"), tr("Becomes"), QString()});
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(RowsColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CodeColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importCategorySummary"));
    m_summary->setWordWrap(true);

    m_newCategory = new QPushButton(tr("New category…"), this);
    m_newCategory->setObjectName(QStringLiteral("importNewCategory"));
    m_newCategory->setToolTip(tr("Add a category to the store's taxonomy, for values that fit none of them."));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_progress);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_newCategory, 0, Qt::AlignLeft);
    connect(m_newCategory, &QPushButton::clicked, this, &ImportCategoryPage::askNewCategory);
    connect(&m_scan, &QFutureWatcher<ValueScanOutcome>::finished, this, &ImportCategoryPage::onScanned);
}

ImportCategoryPage::~ImportCategoryPage()
{
    if (m_scan.isRunning()) {
        m_feedback->cancel();
        m_scan.waitForFinished();
    }
}

void ImportCategoryPage::initializePage()
{
    const bool incidents = m_ctx->mapping.kind == io::ImportKind::Incidents;
    const QString column = m_ctx->mapping.columns.value(m_ctx->valueField());
    setSubTitle(incidents ? tr("Each value of the column “%1” must become one of the store's categories.").arg(column)
                          : tr("Each value of the column “%1” must become one of the kinds of finding.").arg(column));
    m_intro->setText(
        tr("Values that are a category's name or code match by themselves. Choose a category for the values "
           "marked in red, or leave them, and their rows are rejected and listed after the import."));
    fillCodes();
    m_newCategory->setVisible(incidents);

    const QString key = m_ctx->filePath + QLatin1Char('\n') + m_ctx->mapping.layer + QLatin1Char('\n') + column;
    if (key == m_scannedFor && !m_scan.isRunning()) {
        fillTable(); // the value table may have changed with a profile
        return;
    }
    if (m_scan.isRunning()) {
        m_feedback->cancel();
        m_scan.waitForFinished();
    }
    m_scannedFor = key;
    m_values = {};
    m_table->setRowCount(0);
    m_progress->setValue(0);
    m_progress->show();
    m_summary->setText(tr("Counting the values…"));
    m_feedback = std::make_shared<Feedback>();
    auto feedback = m_feedback;
    const QString path = m_ctx->filePath, layer = m_ctx->mapping.layer;
    m_scanning = true;
    m_scan.setFuture(QtConcurrent::run(
        [path, layer, column, feedback] { return scanColumnValues(path, layer, column, *feedback); }));
    // The scan reports through the shared feedback; a light timer shows it.
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, [this, timer, feedback] {
        if (!m_scan.isRunning() || feedback != m_feedback)
            return timer->deleteLater();
        m_progress->setValue(static_cast<int>(feedback->progress()));
    });
    timer->start(100);
    Q_EMIT completeChanged();
}

void ImportCategoryPage::fillCodes()
{
    m_codes.clear();
    if (m_ctx->mapping.kind == io::ImportKind::Incidents) {
        std::vector<Category> cats = m_ctx->store.categories;
        std::stable_sort(cats.begin(), cats.end(),
                         [](const Category &a, const Category &b) { return a.sortOrder < b.sortOrder; });
        for (const Category &c : cats)
            m_codes.append({c.code, localizedLabel(c.labelSv, c.labelEn)});
    } else {
        for (const FindingKind &k : m_ctx->store.findingKinds)
            m_codes.append({k.code, localizedLabel(k.labelSv, k.labelEn)});
    }
}

void ImportCategoryPage::askNewCategory()
{
    const QStringList unknown = unmappedValues();
    auto *dialog = new NewCategoryDialog(unknown.value(0), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString error = addCategory(dialog->category());
        m_summary->setText(error);
        if (!error.isEmpty())
            m_summary->setStyleSheet(QStringLiteral("color: #b3261e;"));
    });
    dialog->open();
}

QString ImportCategoryPage::addCategory(const Category &category)
{
    // One short write; the store is opened for it alone, as the wizard's workers do.
    auto st = store::Store::open(m_ctx->storePath, store::Store::Mode::ReadWrite);
    if (!st)
        return st.errorMessage();
    if (Status s = (*st)->insertCategory(category); !s)
        return s.errorMessage();
    if (Status s = (*st)->checkpoint(); !s)
        return s.errorMessage();
    auto cats = (*st)->categories();
    if (!cats)
        return cats.errorMessage();
    m_ctx->store.categories = *cats;
    fillCodes();
    fillTable();
    return {};
}

void ImportCategoryPage::onScanned()
{
    m_scanning = false;
    m_progress->hide();
    m_values = m_scan.result();
    if (!m_values.error.isEmpty()) {
        m_summary->setText(tr("The values cannot be read: %1").arg(m_values.error));
        m_summary->setStyleSheet(QStringLiteral("color: #b3261e;"));
    }
    fillTable();
    Q_EMIT completeChanged();
}

void ImportCategoryPage::fillTable()
{
    const QLocale locale;
    m_table->setRowCount(static_cast<int>(m_values.values.size()));
    // Codes and labels the importer matches without an entry in the value table.
    QHash<QString, QString> automatic;
    for (const auto &[code, label] : m_codes) {
        automatic.insert(io::normalisedValue(code), code);
        automatic.insert(io::normalisedValue(label), code);
    }
    for (const Category &c : m_ctx->store.categories)
        for (const QString &k : {c.labelSv, c.labelEn})
            automatic.insert(io::normalisedValue(k), c.code);
    for (const FindingKind &k : m_ctx->store.findingKinds)
        for (const QString &s : {k.labelSv, k.labelEn})
            if (m_ctx->mapping.kind == io::ImportKind::Findings)
                automatic.insert(io::normalisedValue(s), k.code);

    std::vector<io::TaxonomyEntry> entries;
    for (const auto &[code, label] : m_codes) {
        io::TaxonomyEntry e{code, label, label};
        for (const Category &c : m_ctx->store.categories)
            if (c.code == code && m_ctx->mapping.kind == io::ImportKind::Incidents)
                e = {c.code, c.labelSv, c.labelEn};
        for (const FindingKind &k : m_ctx->store.findingKinds)
            if (k.code == code && m_ctx->mapping.kind == io::ImportKind::Findings)
                e = {k.code, k.labelSv, k.labelEn};
        entries.push_back(e);
    }
    const io::CategoryMatcher matcher(std::move(entries));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const ValueCount &v = m_values.values[static_cast<size_t>(row)];
        const QString norm = io::normalisedValue(v.value);
        auto *value = new QTableWidgetItem(v.value);
        auto *rows = new QTableWidgetItem(locale.toString(static_cast<qint64>(v.rows)));
        rows->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, ValueColumn, value);
        m_table->setItem(row, RowsColumn, rows);
        m_table->setItem(row, StateColumn, new QTableWidgetItem);

        auto *combo = new QComboBox(m_table);
        combo->addItem(tr("— no category: reject these rows —"), QString());
        for (const auto &[code, label] : m_codes)
            combo->addItem(QStringLiteral("%1  (%2)").arg(label, code), code);
        QString code = m_ctx->mapping.valueMap.value(norm);
        const bool chosen = !code.isEmpty();
        if (code.isEmpty())
            code = automatic.value(norm);
        if (code.isEmpty())
            code = matcher.match(v.value); // without case, diacritics or punctuation
        // A close match ("Burglary" for "Burglary and theft") is proposed: chosen in the combo and
        // marked, for the user to confirm or change.
        bool proposed = chosen && m_proposed.contains(norm);
        if (code.isEmpty())
            if (const auto p = matcher.propose(v.value)) {
                code = p->code;
                proposed = true;
                m_proposed.insert(norm);
                m_ctx->mapping.setValue(v.value, code);
            }
        combo->setCurrentIndex(std::max(0, combo->findData(code)));
        combo->setProperty("automatic", !chosen && !proposed && !code.isEmpty());
        combo->setProperty("proposed", proposed);
        m_table->setCellWidget(row, CodeColumn, combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, row] { onChoice(row); });
    }
    updateSummary();
}

void ImportCategoryPage::onChoice(int row)
{
    auto *combo = static_cast<QComboBox *>(m_table->cellWidget(row, CodeColumn));
    const QString value = m_values.values[static_cast<size_t>(row)].value;
    const QString code = combo->currentData().toString();
    combo->setProperty("automatic", false);
    combo->setProperty("proposed", false);
    m_proposed.remove(io::normalisedValue(value));
    if (code.isEmpty())
        m_ctx->mapping.valueMap.remove(io::normalisedValue(value));
    else
        m_ctx->mapping.setValue(value, code);
    updateSummary();
}

void ImportCategoryPage::updateSummary()
{
    const QLocale locale;
    int unknownValues = 0;
    std::int64_t unknownRows = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        auto *combo = static_cast<QComboBox *>(m_table->cellWidget(row, CodeColumn));
        const bool unknown = combo->currentData().toString().isEmpty();
        QTableWidgetItem *state = m_table->item(row, StateColumn);
        const bool proposed = !unknown && combo->property("proposed").toBool();
        state->setText(unknown                                 ? tr("Unknown")
                       : proposed                              ? tr("Proposed: check")
                       : combo->property("automatic").toBool() ? tr("Matched")
                                                               : tr("Chosen"));
        for (int c : {ValueColumn, RowsColumn, StateColumn}) {
            m_table->item(row, c)->setBackground(unknown ? QBrush(kUnknown) : QBrush());
            m_table->item(row, c)->setForeground(unknown && c == StateColumn ? QBrush(kUnknownText) : QBrush());
        }
        if (proposed)
            for (int c : {ValueColumn, RowsColumn, StateColumn})
                m_table->item(row, c)->setBackground(QBrush(QColor(0xfff4d6)));
        if (unknown) {
            ++unknownValues;
            unknownRows += m_values.values[static_cast<size_t>(row)].rows;
        }
    }
    if (!m_values.error.isEmpty())
        return;
    m_summary->setStyleSheet(unknownValues ? QStringLiteral("color: #b3261e;") : QString());
    const QString counted = tr("%n distinct value(s) in %1 rows.", nullptr, static_cast<int>(m_values.values.size()))
                                .arg(locale.toString(static_cast<qint64>(m_values.rowsScanned)));
    m_summary->setText(unknownValues == 0 ? counted + QLatin1Char(' ') + tr("Every value has a category.")
                                          : counted + QLatin1Char(' ') +
                                                tr("%n value(s) without a category; their %1 rows will be rejected.",
                                                   nullptr, unknownValues)
                                                    .arg(locale.toString(static_cast<qint64>(unknownRows))));
}

QStringList ImportCategoryPage::unmappedValues() const
{
    QStringList out;
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (static_cast<QComboBox *>(m_table->cellWidget(row, CodeColumn))->currentData().toString().isEmpty())
            out << m_values.values[static_cast<size_t>(row)].value;
    return out;
}

bool ImportCategoryPage::mapValue(const QString &value, const QString &code)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (io::normalisedValue(m_values.values[static_cast<size_t>(row)].value) != io::normalisedValue(value))
            continue;
        auto *combo = static_cast<QComboBox *>(m_table->cellWidget(row, CodeColumn));
        const int index = combo->findData(code);
        if (index < 0)
            return false;
        combo->setCurrentIndex(index);
        return true;
    }
    return false;
}

bool ImportCategoryPage::isComplete() const
{
    return !isScanning();
}

} // namespace lb::app
