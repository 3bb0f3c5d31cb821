#include "app/walk_panel.h"

#include "app/dialog_service.h"
#include "app/edit_author.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "app/shared_store.h"
#include "app/sketch_tool.h"
#include "app/walk_point_tool.h"
#include "app/walk_print_preview.h"
#include "render/map_data.h"
#include "report/walk_plan_layer.h"
#include "report/walk_print.h"
#include "report/walk_proposal_source.h"
#include "store/walk_store.h"

#include "ui_walk_panel.h"

#include <QHeaderView>
#include <QLocale>

namespace lb::app {

WalkPanel::WalkPanel(DialogService *dialogs, QWidget *parent)
    : QDockWidget(tr("Safety walks"), parent)
    , m_ui(std::make_unique<Ui::WalkPanelForm>())
    , m_dialogs(dialogs)
{
    setObjectName(QStringLiteral("walkDock"));
    auto *body = new QWidget(this);
    m_ui->setupUi(body);
    setWidget(body);
    m_ui->pointTable->setColumnCount(3);
    m_ui->pointTable->setHorizontalHeaderLabels({tr("No."), tr("Reason"), tr("Why")});
    m_ui->pointTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->pointTable->verticalHeader()->hide();
    connect(m_ui->walkCombo, &QComboBox::currentIndexChanged, this, &WalkPanel::showWalk);
    connect(m_ui->proposeButton, &QPushButton::clicked, this, [this] { propose(); });
    connect(m_ui->upButton, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_ui->downButton, &QPushButton::clicked, this, [this] { moveSelected(1); });
    connect(m_ui->removeButton, &QPushButton::clicked, this, &WalkPanel::removeSelected);
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] { savePlan(); });
    connect(m_ui->addWhyEdit, &QLineEdit::textChanged, this, &WalkPanel::updateAddButton);
    connect(m_ui->addPointButton, &QPushButton::toggled, this, [this](bool on) {
        if (on)
            stopRouteSketch(); // one tool takes the map's clicks at a time
        if (m_pointTool)
            m_pointTool->setActive(on);
        if (on)
            m_ui->statusLabel->setText(tr("Click the map where the point is; Esc gives up."));
    });
    connect(m_ui->printButton, &QPushButton::clicked, this, [this] {
        if (WalkPrintPreview *preview = createPrintPreview())
            preview->open();
    });
}

WalkPanel::~WalkPanel() = default;

WalkPanel *WalkPanel::install(MainWindow *window)
{
    auto *panel = new WalkPanel(window->dialogs(), window);
    window->addDockWidget(Qt::RightDockWidgetArea, panel);
    panel->hide();
    connect(window, &MainWindow::storeOpened, panel, &WalkPanel::setStore);
    panel->setCanvas(window->canvas());
    panel->setSketchTool(new SketchTool(window, panel));
    // The route and the plan being edited are on the map while the dock is shown, so points added
    // by hand can be seen where they were clicked. A window being destroyed hides itself before its
    // docks hear of it: `host` (a plain QWidget, taken while the window is whole) tells that case
    // apart without calling into the half-destroyed window.
    QWidget *host = window;
    const auto showOnMap = [window, host, panel] {
        if (!host->isVisible())
            return;
        const bool shown = panel->isVisible() && (!panel->plan().empty() || !panel->route().empty());
        window->setOverlayLayer(QStringLiteral("walk_plan"),
                                shown ? std::make_shared<report::WalkPlanLayer>(panel->route(), panel->plan())
                                      : nullptr);
    };
    connect(panel, &WalkPanel::planChanged, window, showOnMap);
    connect(panel, &QDockWidget::visibilityChanged, window, showOnMap);
    return panel;
}

void WalkPanel::setStore(const QString &path)
{
    // Walk plans and routes are written to store files only for now.
    const bool shared = isSharedStore(path);
    widget()->setEnabled(!shared);
    widget()->setToolTip(shared ? notOnSharedStore() : QString());
    m_path = shared ? QString() : path;
    reload();
    if (shared)
        m_ui->statusLabel->setText(notOnSharedStore());
}

void WalkPanel::setCanvas(MapCanvas *canvas)
{
    delete m_pointTool;
    m_pointTool = canvas ? new WalkPointTool(canvas, this) : nullptr;
    if (m_pointTool)
        connect(m_pointTool, &WalkPointTool::activeChanged, this, [this](bool on) {
            const QSignalBlocker block(m_ui->addPointButton);
            m_ui->addPointButton->setChecked(on);
            if (!on && m_ui->statusLabel->text() == tr("Click the map where the point is; Esc gives up."))
                m_ui->statusLabel->clear();
        });
    if (m_pointTool)
        connect(m_pointTool, &WalkPointTool::picked, this, &WalkPanel::addPointAt);
    updateAddButton();
}

LineString WalkPanel::route() const
{
    const Walk *walk = currentWalk();
    return walk ? walk->route : LineString{};
}

void WalkPanel::updateAddButton()
{
    const bool can = m_pointTool && currentWalk() && !m_ui->addWhyEdit->text().trimmed().isEmpty();
    if (!can && m_pointTool)
        m_pointTool->setActive(false);
    m_ui->addPointButton->setEnabled(can);
}

bool WalkPanel::addPointAt(PointXY position)
{
    const QString why = m_ui->addWhyEdit->text().trimmed();
    if (!currentWalk() || why.isEmpty()) {
        m_ui->statusLabel->setText(currentWalk() ? tr("Type why the point is on the list first.")
                                                 : tr("Choose a walk first."));
        return false;
    }
    WalkPoint point;
    point.walkId = currentWalk()->id;
    point.position = position;
    point.reason = WalkPointReason::Added;
    point.place = m_ui->addPlaceEdit->text().trimmed();
    point.why = why;
    const int selected = m_ui->pointTable->currentRow();
    const int at = selected >= 0 && selected < int(m_plan.size()) ? selected + 1 : int(m_plan.size());
    m_plan.insert(m_plan.begin() + at, point);
    m_dirty = true;
    m_ui->addPlaceEdit->clear();
    m_ui->addWhyEdit->clear();
    m_ui->statusLabel->setText(tr("Added point %1; save the plan to keep it.").arg(at + 1));
    showPlan(at);
    return true;
}

void WalkPanel::reload()
{
    m_walks.clear();
    m_areas.clear();
    if (auto store = store::Store::open(m_path, store::Store::Mode::ReadOnly)) {
        if (auto walks = (*store)->walks())
            m_walks = std::move(*walks);
        if (auto areas = (*store)->areas())
            m_areas = std::move(*areas);
    }
    const QSignalBlocker block(m_ui->walkCombo);
    m_ui->walkCombo->clear();
    for (const Walk &w : m_walks)
        m_ui->walkCombo->addItem(
            QStringLiteral("%1 (%2)").arg(w.name, QLocale().toString(w.date, QLocale::ShortFormat)),
            QVariant::fromValue<qint64>(w.id));
    m_ui->walkCombo->setCurrentIndex(m_walks.empty() ? -1 : int(m_walks.size()) - 1);
    showWalk();
}

const Walk *WalkPanel::currentWalk() const
{
    const int i = m_ui->walkCombo->currentIndex();
    return i >= 0 && i < int(m_walks.size()) ? &m_walks[std::size_t(i)] : nullptr;
}

bool WalkPanel::chooseWalk(std::int64_t walkId)
{
    const int i = m_ui->walkCombo->findData(QVariant::fromValue<qint64>(walkId));
    if (i < 0)
        return false;
    m_ui->walkCombo->setCurrentIndex(i);
    showWalk();
    return true;
}

void WalkPanel::showWalk()
{
    m_plan.clear();
    m_dirty = false;
    const Walk *walk = currentWalk();
    m_ui->proposeButton->setEnabled(walk != nullptr);
    m_ui->printButton->setEnabled(walk != nullptr);
    updateAddButton();
    updateRouteButton();
    if (!walk) {
        m_ui->walkInfoLabel->setText(
            tr("The store has no safety walks yet; create one with lagesbild-cli walk create."));
        showPlan();
        return;
    }
    QString area;
    for (const Area &a : m_areas)
        if (a.id == walk->areaId)
            area = a.name;
    m_ui->walkInfoLabel->setText(tr("%1 · %2 · participants: %3")
                                     .arg(QLocale().toString(walk->date, QLocale::LongFormat),
                                          area.isEmpty() ? tr("no district") : area,
                                          walk->participants.isEmpty() ? tr("not given") : walk->participants));
    if (auto store = store::Store::open(m_path, store::Store::Mode::ReadOnly))
        if (auto plan = store::WalkStore(**store).walkPoints(walk->id))
            m_plan = std::move(*plan);
    m_ui->statusLabel->setText(m_plan.empty() ? tr("No plan saved yet: propose points.")
                                              : tr("The saved plan: %n point(s).", nullptr, int(m_plan.size())));
    showPlan();
}

void WalkPanel::showPlan(int selectRow)
{
    for (std::size_t i = 0; i < m_plan.size(); ++i)
        m_plan[i].number = int(i) + 1; // walking order, as the map and the printed table number them
    QTableWidget *t = m_ui->pointTable;
    t->setRowCount(int(m_plan.size()));
    for (int row = 0; row < t->rowCount(); ++row) {
        const WalkPoint &p = m_plan[std::size_t(row)];
        const QStringList cells{QString::number(row + 1), report::reasonLabel(p.reason),
                                p.place.isEmpty() ? p.why : p.place + QStringLiteral(": ") + p.why};
        for (int c = 0; c < cells.size(); ++c)
            t->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    t->resizeColumnsToContents();
    t->horizontalHeader()->setStretchLastSection(true);
    if (selectRow >= 0 && selectRow < t->rowCount())
        t->selectRow(selectRow);
    const bool any = !m_plan.empty();
    for (QPushButton *b : {m_ui->upButton, m_ui->downButton, m_ui->removeButton})
        b->setEnabled(any);
    m_ui->saveButton->setEnabled(m_dirty && currentWalk());
    Q_EMIT planChanged();
}

bool WalkPanel::propose()
{
    const Walk *walk = currentWalk();
    auto store = store::Store::open(m_path, store::Store::Mode::ReadOnly);
    if (!walk || !store) {
        m_ui->statusLabel->setText(store ? tr("Choose a walk first.") : store.errorMessage());
        return false;
    }
    analysis::WalkProposalParameters parameters;
    parameters.maxPoints = std::size_t(m_ui->maxSpin->value());
    auto result = report::proposeForWalk(**store, *walk, parameters);
    if (!result) {
        m_ui->statusLabel->setText(result.errorMessage());
        return false;
    }
    m_plan = result->points;
    m_dirty = true;
    m_ui->statusLabel->setText(tr("Proposed %n point(s) in walking order; drop or reorder them, then save the plan.",
                                  nullptr, int(m_plan.size())));
    showPlan();
    return true;
}

void WalkPanel::moveSelected(int step)
{
    const int row = m_ui->pointTable->currentRow();
    const int to = row + step;
    if (row < 0 || to < 0 || to >= int(m_plan.size()))
        return;
    std::swap(m_plan[std::size_t(row)], m_plan[std::size_t(to)]);
    m_dirty = true;
    showPlan(to);
}

void WalkPanel::removeSelected()
{
    const int row = m_ui->pointTable->currentRow();
    if (row < 0 || row >= int(m_plan.size()))
        return;
    m_plan.erase(m_plan.begin() + row);
    m_dirty = true;
    showPlan(std::min(row, int(m_plan.size()) - 1));
}

bool WalkPanel::savePlan()
{
    const Walk *walk = currentWalk();
    auto store = store::Store::open(m_path, store::Store::Mode::ReadWrite);
    Status s = !walk   ? Status(Error{tr("Choose a walk first.")})
               : store ? store::WalkStore(**store).setWalkPoints(walk->id, m_plan, editAuthor())
                       : Status(store.error());
    if (!s) {
        m_ui->statusLabel->setText(s.errorMessage());
        return false;
    }
    m_dirty = false;
    m_ui->statusLabel->setText(tr("Saved the plan: %n point(s).", nullptr, int(m_plan.size())));
    showPlan();
    return true;
}

std::optional<report::WalkPrintInput> WalkPanel::printInput()
{
    const Walk *walk = currentWalk();
    if (!walk || m_plan.empty()) {
        m_ui->statusLabel->setText(tr("The walk has no points to print: propose them first."));
        return std::nullopt;
    }
    Feedback feedback;
    auto mapData = render::loadMapData(m_path, feedback);
    if (!mapData) {
        m_ui->statusLabel->setText(mapData.errorMessage());
        return std::nullopt;
    }
    report::WalkPrintInput input;
    input.walk = *walk;
    input.plan = m_plan;
    for (const Area &a : m_areas)
        if (a.id == walk->areaId)
            input.areaName = a.name;
    input.data = *mapData;
    return input;
}

WalkPrintPreview *WalkPanel::createPrintPreview()
{
    auto input = printInput();
    if (!input)
        return nullptr;
    auto *preview = new WalkPrintPreview(std::move(*input), m_dialogs, this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    connect(preview, &QDialog::accepted, this,
            [this, preview] { m_ui->statusLabel->setText(tr("Wrote %1.").arg(preview->savedPath())); });
    return preview;
}

bool WalkPanel::printTo(const QString &path)
{
    auto input = printInput();
    if (!input)
        return false;
    Feedback feedback;
    report::WalkPrinter printer(std::move(*input));
    if (printer.exportToFile(path, feedback) != report::ExportResult::Success) {
        m_ui->statusLabel->setText(printer.errorMessage());
        return false;
    }
    m_ui->statusLabel->setText(tr("Wrote %1 (%n page(s)).", nullptr, printer.pageCount()).arg(path));
    return true;
}

} // namespace lb::app
