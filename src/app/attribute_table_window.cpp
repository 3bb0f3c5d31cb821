#include "app/attribute_table_window.h"

#include "app/dialog_service.h"
#include "app/feature_panel.h"
#include "app/finding_table_model.h"
#include "app/incident_table_model.h"
#include "app/layer_panel.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "app/survey_pin_table_model.h"
#include "io/export_spreadsheet.h"
#include "ui_attribute_table.h"

#include <QAction>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>

#include <cmath>
#include <map>
#include <unordered_set>

namespace lb::app {

namespace {
// A click within this many pixels of a pin or finding selects it, as identify does for incidents.
constexpr double clickRadiusPx = 8.0;

FeatureTableModel *makeModel(AttributeTableWindow::Kind kind, QObject *parent)
{
    switch (kind) {
    case AttributeTableWindow::Kind::SurveyPins:
        return new SurveyPinTableModel(parent);
    case AttributeTableWindow::Kind::Findings:
        return new FindingTableModel(parent);
    case AttributeTableWindow::Kind::Incidents:
        break;
    }
    return new IncidentTableModel(parent);
}
} // namespace

AttributeTableWindow::AttributeTableWindow(MainWindow *window, Kind kind)
    : QWidget(window, Qt::Window)
    , m_window(window)
    , m_kind(kind)
    , m_ui(std::make_unique<Ui::AttributeTableForm>())
    , m_model(makeModel(kind, this))
{
    m_ui->setupUi(this);
    switch (kind) {
    case Kind::Incidents:
        setObjectName(QStringLiteral("attributeTable"));
        setWindowTitle(tr("Incidents — attribute table"));
        break;
    case Kind::SurveyPins:
        setObjectName(QStringLiteral("attributeTableSurveyPins"));
        setWindowTitle(tr("Survey pins — attribute table"));
        break;
    case Kind::Findings:
        setObjectName(QStringLiteral("attributeTableFindings"));
        setWindowTitle(tr("Walk findings — attribute table"));
        break;
    }
    m_ui->tableView->setModel(m_model);
    m_ui->tableView->horizontalHeader()->setSortIndicatorShown(true);
    m_ui->tableView->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    m_ui->tableView->verticalHeader()->setDefaultSectionSize(22);
    resize(1000, 480);
    connect(m_ui->tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AttributeTableWindow::onSelectionChanged);
    // Sorting (and a new filter) resets the rows: the selected features stay selected, where
    // they now lie.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        m_keptIds.clear();
        for (int row : selectedRows())
            m_keptIds.push_back(m_model->idAt(row));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const std::vector<FeatureId> kept = std::exchange(m_keptIds, {});
        if (!kept.empty())
            selectIds(kept);
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
    struct Entry {
        Kind kind;
        QString text;
        const char *action;
    };
    const Entry entries[] = {
        {Kind::Incidents, tr("&Attribute table"), "actionAttributeTable"},
        {Kind::SurveyPins, tr("Attribute table of survey &pins"), "actionAttributeTableSurveyPins"},
        {Kind::Findings, tr("Attribute table of walk &findings"), "actionAttributeTableFindings"}};
    std::vector<AttributeTableWindow *> tables;
    for (const Entry &e : entries) {
        auto *table = new AttributeTableWindow(window, e.kind);
        QAction *open = new QAction(e.text, window);
        open->setObjectName(QString::fromLatin1(e.action));
        if (e.kind == Kind::Incidents)
            open->setShortcut(Qt::CTRL | Qt::Key_T);
        table->connectTo(open);
        tables.push_back(table);
    }
    // The layer list's context menu opens the table of the layer under the cursor.
    LayerPanel *panel = window->layerPanel();
    panel->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(panel, &QWidget::customContextMenuRequested, window, [panel, tables](const QPoint &pos) {
        const QString id = panel->layerIdAt(pos);
        for (AttributeTableWindow *table : tables) {
            if (table->layerId() != id)
                continue;
            QMenu menu(panel);
            menu.addAction(tr("Open attribute table"), table, [table] {
                table->show();
                table->raise();
            });
            menu.exec(panel->viewport()->mapToGlobal(pos));
        }
    });
    return tables.front();
}

void AttributeTableWindow::connectTo(QAction *open)
{
    MainWindow *window = m_window;
    open->setEnabled(false);
    connect(open, &QAction::triggered, this, [this] {
        show();
        raise();
    });
    for (QAction *menu : window->menuBar()->actions()) {
        if (menu->menu() && menu->menu()->objectName() == QLatin1String("menuView"))
            menu->menu()->addAction(open);
    }
    connect(window, &MainWindow::storeOpened, this, [this, window, open](const QString &path) {
        m_model->setStore(path, window->mapData());
        open->setEnabled(true);
        refresh();
    });
    connect(window, &MainWindow::mapFilterChanged, this, &AttributeTableWindow::refresh);
    connect(window->canvas(), &MapCanvas::disclosureChanged, this, &AttributeTableWindow::refresh);
    if (m_kind != Kind::Incidents) {
        connect(window->canvas(), &MapCanvas::clicked, this, [this](PointXY at) {
            if (isVisible())
                selectNear(at);
        });
        return;
    }
    if (auto *identify = window->findChild<FeaturePanel *>(QStringLiteral("featureDock"))) {
        connect(identify, &FeaturePanel::identified, this, [this, identify] {
            std::vector<FeatureId> ids;
            for (const Incident &i : identify->result().incidents)
                ids.push_back(i.id);
            selectIds(ids);
        });
    }
}

QString AttributeTableWindow::layerId() const
{
    switch (m_kind) {
    case Kind::SurveyPins:
        return QStringLiteral("survey_pins");
    case Kind::Findings:
        return QStringLiteral("walks");
    case Kind::Incidents:
        break;
    }
    return QStringLiteral("incidents");
}

void AttributeTableWindow::refresh()
{
    m_model->setFilter(m_window->mapFilter(), m_window->canvas()->settings().disclosure());
    const render::MapFilter &filter = m_window->mapFilter();
    const QString count = QLocale().toString(qint64(m_model->totalRows()));
    switch (m_kind) {
    case Kind::Incidents: {
        const QString shown = m_window->mapData() ? filter.describe(m_window->mapData()->timeZone) : QString();
        m_ui->summaryLabel->setText(shown.isEmpty() ? tr("%1 incidents on the map.").arg(count)
                                                    : tr("%1 incidents on the map (%2).").arg(count, shown));
        break;
    }
    case Kind::SurveyPins: {
        const QString shown = filter.describeRounds();
        m_ui->summaryLabel->setText(shown.isEmpty() ? tr("%1 survey pins on the map.").arg(count)
                                                    : tr("%1 survey pins on the map (%2).").arg(count, shown));
        break;
    }
    case Kind::Findings: {
        const QString shown = m_window->mapData() ? filter.describeFindings(m_window->mapData()->walks) : QString();
        m_ui->summaryLabel->setText(shown.isEmpty() ? tr("%1 walk findings on the map.").arg(count)
                                                    : tr("%1 walk findings on the map (%2).").arg(count, shown));
        break;
    }
    }
}

void AttributeTableWindow::selectNear(PointXY at)
{
    const double radius = clickRadiusPx * m_window->canvas()->settings().mapUnitsPerPixel();
    double best = radius;
    std::optional<PointXY> nearest;
    for (int r = 0; r < int(m_model->totalRows()); ++r) {
        const PointXY p = m_model->positionAt(r);
        const double d = std::hypot(p.x - at.x, p.y - at.y);
        if (d <= best) {
            best = d;
            nearest = p;
        }
    }
    std::vector<FeatureId> ids;
    if (nearest)
        for (int r = 0; r < int(m_model->totalRows()); ++r)
            if (m_model->positionAt(r).x == nearest->x && m_model->positionAt(r).y == nearest->y)
                ids.push_back(m_model->idAt(r));
    selectIds(ids);
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
        selection.select(m_model->index(rows[i], 0), m_model->index(rows[j], m_model->columnCount() - 1));
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
    // The map rings one table's selection: an empty selection here clears only its own rings.
    if (!rows.empty() || m_ringed)
        m_window->setSelection(positions);
    m_ringed = !rows.empty();
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
    table.numericColumns = m_model->numericColumns();
    if (selectionOnly) {
        for (int r : selectedRows())
            table.rows.push_back(m_model->exportRow(r));
    } else {
        for (int r = 0; r < int(m_model->totalRows()); ++r)
            table.rows.push_back(m_model->exportRow(r));
    }
    if (QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        return io::writeXlsx(path,
                             m_kind == Kind::SurveyPins ? tr("Survey pins")
                             : m_kind == Kind::Findings ? tr("Walk findings")
                                                        : tr("Incidents"),
                             table);
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
