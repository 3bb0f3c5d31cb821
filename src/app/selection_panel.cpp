#include "app/selection_panel.h"

#include "app/attribute_table_window.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "app/sketch_tool.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lb::app {

SelectionPanel::SelectionPanel(MainWindow *window)
    : QDockWidget(tr("Selection"), window)
    , m_window(window)
    , m_sketch(new SketchTool(window, this))
{
    setObjectName(QStringLiteral("selectionDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    m_summary = new QLabel(body);
    m_summary->setObjectName(QStringLiteral("selectionSummary"));
    m_summary->setWordWrap(true);
    m_categories = new QTableWidget(0, 2, body);
    m_categories->setObjectName(QStringLiteral("selectionCategories"));
    m_categories->setHorizontalHeaderLabels({tr("Category"), tr("Incidents")});
    m_categories->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_categories->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_categories->verticalHeader()->hide();
    m_categories->verticalHeader()->setDefaultSectionSize(22);
    m_categories->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_categories->setSelectionMode(QAbstractItemView::NoSelection);
    m_sensitive = new QLabel(body);
    m_sensitive->setObjectName(QStringLiteral("selectionSensitive"));
    m_sensitive->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    m_zoomButton = new QPushButton(tr("Zoom to selection"), body);
    m_clearButton = new QPushButton(tr("Clear"), body);
    buttons->addWidget(m_zoomButton);
    buttons->addWidget(m_clearButton);
    buttons->addStretch();
    layout->addWidget(m_summary);
    layout->addWidget(m_categories, 1);
    layout->addWidget(m_sensitive);
    layout->addLayout(buttons);
    setWidget(body);
    connect(m_zoomButton, &QPushButton::clicked, this, &SelectionPanel::zoomToSelection);
    connect(m_clearButton, &QPushButton::clicked, this, &SelectionPanel::clearSelection);
    connect(m_sketch, &SketchTool::finished, this, &SelectionPanel::onSketched);
    showResult();
}

AttributeTableWindow *SelectionPanel::table() const
{
    return m_window->findChild<AttributeTableWindow *>(QStringLiteral("attributeTable"));
}

void SelectionPanel::onSketched(const SketchGeometry &geometry)
{
    const Polygon polygon = geometry.polygon();
    if (polygon.rings.empty())
        return;
    selectInside({polygon}, geometry.kind == SketchGeometry::Kind::Box ? tr("Drawn box") : tr("Drawn polygon"));
}

void SelectionPanel::selectInside(const MultiPolygon &shape, const QString &what)
{
    m_shape = shape;
    m_what = what;
    reselect();
    show();
    raise();
}

bool SelectionPanel::selectDistrict(int index)
{
    const auto snapshot = m_window->mapData();
    if (!snapshot || index < 0 || index >= int(snapshot->districts.size()))
        return false;
    const Area &district = snapshot->districts[size_t(index)];
    selectInside(district.geometry, tr("District %1").arg(district.name));
    return true;
}

int SelectionPanel::districtAt(PointXY p) const
{
    const auto snapshot = m_window->mapData();
    if (!snapshot)
        return -1;
    for (std::size_t i = 0; i < snapshot->districts.size(); ++i)
        if (contains(snapshot->districts[i].geometry, p))
            return int(i);
    return -1;
}

void SelectionPanel::clearSelection()
{
    m_shape.clear();
    m_what.clear();
    reselect();
}

// The map's filter and disclosure rules decide what may be selected, as they decide what is drawn.
void SelectionPanel::reselect()
{
    const auto snapshot = m_window->mapData();
    m_result = snapshot && !m_shape.empty() ? selectIncidents(*snapshot, m_window->mapFilter(),
                                                              m_window->canvas()->settings().disclosure(), m_shape)
                                            : SelectionResult{};
    if (AttributeTableWindow *t = table())
        t->selectIds(m_result.ids); // the table rings what it selects
    else
        m_window->setSelection(m_result.positions);
    showResult();
}

QString SelectionPanel::summaryText() const
{
    if (m_shape.empty())
        return tr("Nothing selected. Use the Selection menu to select by box, polygon or district.");
    const QString count = QLocale().toString(m_result.count());
    return tr("Selected incidents: %1 (%2)").arg(count, m_what);
}

void SelectionPanel::showResult()
{
    const QLocale locale;
    m_summary->setText(summaryText());
    m_categories->setRowCount(int(m_result.byCategory.size()));
    for (int r = 0; r < int(m_result.byCategory.size()); ++r) {
        const auto &[label, n] = m_result.byCategory[size_t(r)];
        m_categories->setItem(r, 0, new QTableWidgetItem(label));
        auto *count = new QTableWidgetItem(locale.toString(qint64(n)));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_categories->setItem(r, 1, count);
    }
    m_categories->setVisible(!m_result.byCategory.empty());
    // Sensitive incidents are a count, and a small count is not told exactly (as on the map).
    const DisclosureRules rules = m_window->canvas()->settings().disclosure();
    const std::int64_t n = m_result.sensitiveCount;
    m_sensitive->setVisible(n > 0);
    if (n > 0)
        m_sensitive->setText(
            rules.suppresses(n)
                ? tr("Incidents of sensitive categories inside: fewer than %1 (counted, not shown one by one).")
                      .arg(locale.toString(rules.minCount))
                : tr("Incidents of sensitive categories inside: %1 (counted, not shown one by one).")
                      .arg(locale.toString(qint64(n))));
    const bool any = !m_shape.empty();
    m_zoomButton->setEnabled(any);
    m_clearButton->setEnabled(any);
    if (m_zoom)
        m_zoom->setEnabled(any);
    if (m_clear)
        m_clear->setEnabled(any);
}

void SelectionPanel::zoomToSelection()
{
    if (m_shape.empty())
        return;
    Extent e = extentOf(m_result.positions);
    if (e.isEmpty())
        e = extentOf(m_shape); // nothing ringed: show the shape
    // A single point or a tight group gets a street-level view around it, as in the table.
    const double margin = std::max(150.0, 0.1 * std::max(e.width(), e.height()));
    m_window->canvas()->setExtent(e.buffered(margin));
}

} // namespace lb::app
