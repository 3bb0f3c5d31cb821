#include "app/attribute_table_window.h"

#include "app/dialog_service.h"
#include "app/feature_panel.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "io/export_spreadsheet.h"
#include "ui_attribute_table.h"

#include <QAction>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMenuBar>

#include <map>
#include <unordered_set>

namespace lb::app {

AttributeTableWindow::AttributeTableWindow(MainWindow *window)
    : QWidget(window, Qt::Window)
    , m_window(window)
    , m_ui(std::make_unique<Ui::AttributeTableForm>())
    , m_model(new IncidentTableModel(this))
{
    setObjectName(QStringLiteral("attributeTable"));
    m_ui->setupUi(this);
    setWindowTitle(tr("Incidents — attribute table"));
    m_ui->tableView->setModel(m_model);
    m_ui->tableView->horizontalHeader()->setSortIndicatorShown(true);
    m_ui->tableView->horizontalHeader()->setSortIndicator(IncidentTableModel::Time, Qt::AscendingOrder);
    m_ui->tableView->verticalHeader()->setDefaultSectionSize(22);
    resize(1000, 480);
    connect(m_ui->tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AttributeTableWindow::onSelectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // A new model reset replaces the selection model's rows.
        onSelectionChanged();
    });
    connect(m_ui->zoomButton, &QPushButton::clicked, this, &AttributeTableWindow::zoomToSelection);
    connect(m_ui->exportSelectionButton, &QPushButton::clicked, this, [this] { chooseExport(true); });
    connect(m_ui->exportAllButton, &QPushButton::clicked, this, [this] { chooseExport(false); });
}

AttributeTableWindow::~AttributeTableWindow() = default;

AttributeTableWindow *AttributeTableWindow::install(MainWindow *window)
{
    auto *table = new AttributeTableWindow(window);
    QAction *open = new QAction(tr("&Attribute table"), window);
    open->setObjectName(QStringLiteral("actionAttributeTable"));
    open->setShortcut(Qt::CTRL | Qt::Key_T);
    open->setEnabled(false);
    connect(open, &QAction::triggered, table, [table] {
        table->show();
        table->raise();
    });
    for (QAction *menu : window->menuBar()->actions()) {
        if (menu->menu() && menu->menu()->objectName() == QLatin1String("menuView"))
            menu->menu()->addAction(open);
    }
    connect(window, &MainWindow::storeOpened, table, [window, table, open](const QString &path) {
        table->m_model->setStore(path, window->mapData());
        open->setEnabled(true);
        table->refresh();
    });
    connect(window, &MainWindow::mapFilterChanged, table, &AttributeTableWindow::refresh);
    connect(window->canvas(), &MapCanvas::disclosureChanged, table, &AttributeTableWindow::refresh);
    if (auto *identify = window->findChild<FeaturePanel *>(QStringLiteral("featureDock"))) {
        connect(identify, &FeaturePanel::identified, table, [table, identify] {
            std::vector<FeatureId> ids;
            for (const Incident &i : identify->result().incidents)
                ids.push_back(i.id);
            table->selectIds(ids);
        });
    }
    return table;
}

void AttributeTableWindow::refresh()
{
    m_model->setFilter(m_window->mapFilter(), m_window->canvas()->settings().disclosure());
    const QString shown =
        m_window->mapData() ? m_window->mapFilter().describe(m_window->mapData()->timeZone) : QString();
    const QString count = QLocale().toString(qint64(m_model->totalRows()));
    m_ui->summaryLabel->setText(shown.isEmpty() ? tr("%1 incidents on the map.").arg(count)
                                                : tr("%1 incidents on the map (%2).").arg(count, shown));
}

std::vector<int> AttributeTableWindow::selectedRows() const
{
    std::vector<int> rows;
    for (const QModelIndex &i : m_ui->tableView->selectionModel()->selectedRows())
        rows.push_back(i.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void AttributeTableWindow::selectIds(const std::vector<FeatureId> &ids)
{
    // One pass over the rows however many ids there are (a selection on the map can hold
    // thousands), and consecutive rows as one range.
    const std::unordered_set<FeatureId> wanted(ids.begin(), ids.end());
    std::vector<int> rows;
    for (int r = 0; r < int(m_model->totalRows()) && rows.size() < wanted.size(); ++r)
        if (wanted.count(m_model->idAt(r)))
            rows.push_back(r);
    if (!rows.empty())
        m_model->rowOf(m_model->idAt(rows.back())); // loads the rows into the view up to the last
    QItemSelection selection;
    for (std::size_t i = 0; i < rows.size();) {
        std::size_t j = i;
        while (j + 1 < rows.size() && rows[j + 1] == rows[j] + 1)
            ++j;
        selection.select(m_model->index(rows[i], 0), m_model->index(rows[j], IncidentTableModel::ColumnCount - 1));
        i = j + 1;
    }
    m_ui->tableView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (!rows.empty())
        m_ui->tableView->scrollTo(m_model->index(rows.front(), 0));
}

void AttributeTableWindow::onSelectionChanged()
{
    const std::vector<int> rows = selectedRows();
    std::vector<PointXY> positions;
    std::map<QString, int> byCategory;
    for (int r : rows) {
        positions.push_back(m_model->positionAt(r));
        ++byCategory[m_model->categoryLabelAt(r)];
    }
    m_window->setSelection(positions);
    if (rows.empty()) {
        m_ui->selectionLabel->setText(tr("Nothing selected. Select rows here or click the map."));
    } else {
        const QLocale locale;
        QStringList parts;
        for (const auto &[label, n] : byCategory)
            parts << tr("%1: %2").arg(label, locale.toString(n));
        m_ui->selectionLabel->setText(
            tr("%1 selected — %2").arg(locale.toString(qint64(rows.size())), parts.join(QStringLiteral(", "))));
    }
    m_ui->zoomButton->setEnabled(!rows.empty());
    m_ui->exportSelectionButton->setEnabled(!rows.empty());
}

void AttributeTableWindow::zoomToSelection()
{
    Extent e;
    for (int r : selectedRows())
        e.include(m_model->positionAt(r));
    if (e.isEmpty() && selectedRows().empty())
        return;
    // A single point or a tight group gets a street-level view around it.
    const double margin = std::max(150.0, 0.1 * std::max(e.width(), e.height()));
    m_window->canvas()->setExtent(e.buffered(margin));
}

Status AttributeTableWindow::exportRows(const QString &path, bool selectionOnly) const
{
    io::OfficeTable table;
    table.header = m_model->exportHeader();
    table.numericColumns = {IncidentTableModel::East, IncidentTableModel::North, IncidentTableModel::Batch};
    if (selectionOnly) {
        for (int r : selectedRows())
            table.rows.push_back(m_model->exportRow(r));
    } else {
        for (int r = 0; r < int(m_model->totalRows()); ++r)
            table.rows.push_back(m_model->exportRow(r));
    }
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        return io::writeXlsx(path, tr("Incidents"), table);
    return io::writeExcelCsv(path, table);
}

void AttributeTableWindow::chooseExport(bool selectionOnly)
{
    const QString path =
        m_window->dialogs()->saveFileName(this, selectionOnly ? tr("Export the selection") : tr("Export the table"),
                                          QString(), tr("CSV for Excel (*.csv);;Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (const Status s = exportRows(path, selectionOnly); !s)
        m_window->dialogs()->showError(this, tr("Export"), s.errorMessage());
}

} // namespace lb::app
