#include "app/intervention_panel.h"

#include "app/dialog_service.h"

#include "app/main_window.h"
#include "app/map_canvas.h"
#include "app/sketch_tool.h"
#include "report/intervention_chart.h"
#include "store/intervention_store.h"
#include "store/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace lb::app {

InterventionPanel::InterventionPanel(MapCanvas *canvas, QWidget *parent)
    : QDockWidget(tr("Interventions"), parent)
    , m_canvas(canvas)
{
    setObjectName(QStringLiteral("interventionDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    m_table = new QTableWidget(0, 4, body);
    m_table->setObjectName(QStringLiteral("interventionTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Kind"), tr("From"), tr("To")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMaximumHeight(160);
    layout->addWidget(m_table);
    auto *rowButtons = new QHBoxLayout;
    m_edit = new QPushButton(tr("Change…"), body);
    m_edit->setObjectName(QStringLiteral("interventionEdit"));
    m_edit->setToolTip(tr("Load the selected intervention into the form below to change it."));
    m_remove = new QPushButton(tr("Remove"), body);
    m_remove->setObjectName(QStringLiteral("interventionRemove"));
    connect(m_edit, &QPushButton::clicked, this, &InterventionPanel::editSelected);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSelected(); });
    rowButtons->addWidget(m_edit);
    rowButtons->addWidget(m_remove);
    rowButtons->addStretch(1);
    layout->addLayout(rowButtons);
    layout->addWidget(buildEvaluation());
    layout->addWidget(buildForm());
    m_status = new QLabel(body);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(body);
    setWidget(scroll);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &InterventionPanel::onEvaluated);
    if (m_canvas)
        m_canvas->installEventFilter(this);
}

InterventionPanel::~InterventionPanel()
{
    m_watcher.waitForFinished();
}

InterventionPanel *InterventionPanel::install(MainWindow *window)
{
    auto *panel = new InterventionPanel(window->canvas(), window);
    window->addDockWidget(Qt::RightDockWidgetArea, panel);
    panel->hide();
    connect(window, &MainWindow::storeOpened, panel, &InterventionPanel::setStore);
    panel->setSketchTool(new SketchTool(window, panel));
    panel->setShowOnMap([window](std::shared_ptr<const render::MapLayer> layer) {
        window->setOverlayLayer(QStringLiteral("interventions"), std::move(layer));
    });
    panel->setDialogs(window->dialogs());
    panel->setOwnChangeNote([window](std::int64_t id) { window->noteOwnChange(QStringLiteral("interventions"), id); });
    panel->setConfirm([window, panel](const QString &question) {
        return window->dialogs()->ask(panel, tr("Remove intervention"), question);
    });
    return panel;
}

QWidget *InterventionPanel::buildEvaluation()
{
    auto *box = new QGroupBox(tr("Evaluate the selected intervention"), this);
    auto *form = new QFormLayout(box);
    m_comparison = new QComboBox(box);
    m_comparison->setObjectName(QStringLiteral("interventionComparison"));
    m_buffer = new QDoubleSpinBox(box);
    m_buffer->setRange(0, 5000);
    m_buffer->setSingleStep(50);
    m_buffer->setValue(300);
    m_buffer->setSuffix(tr(" m"));
    m_buffer->setToolTip(tr("Width of the buffer zone where displacement is looked for; 0: none."));
    m_months = new QSpinBox(box);
    m_months->setRange(1, 60);
    m_months->setValue(12);
    m_months->setToolTip(tr("Months before the start, compared with as many after it."));
    m_evaluate = new QPushButton(tr("Evaluate"), box);
    m_evaluate->setObjectName(QStringLiteral("interventionEvaluate"));
    connect(m_evaluate, &QPushButton::clicked, this, &InterventionPanel::evaluateSelected);
    m_result = new QTextBrowser(box);
    m_result->setObjectName(QStringLiteral("interventionResult"));
    m_result->setMinimumHeight(140);
    m_chart = new QLabel(box);
    m_chart->setObjectName(QStringLiteral("interventionChart"));
    m_chart->setAlignment(Qt::AlignCenter);
    form->addRow(tr("Comparison area"), m_comparison);
    form->addRow(tr("Buffer zone"), m_buffer);
    form->addRow(tr("Months each side"), m_months);
    form->addRow(m_evaluate);
    form->addRow(m_result);
    form->addRow(m_chart);
    return box;
}

QWidget *InterventionPanel::buildForm()
{
    auto *box = new QGroupBox(tr("Add an intervention"), this);
    m_formBox = box;
    auto *form = new QFormLayout(box);
    m_name = new QLineEdit(box);
    m_kind = new QComboBox(box);
    m_from = new QDateEdit(QDate::currentDate(), box);
    m_hasEnd = new QCheckBox(tr("Ended"), box);
    m_to = new QDateEdit(QDate::currentDate(), box);
    m_to->setEnabled(false);
    connect(m_hasEnd, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    auto *end = new QHBoxLayout;
    end->addWidget(m_hasEnd);
    end->addWidget(m_to, 1);
    m_place = new QComboBox(box);
    m_place->addItem(tr("A point with a radius"), static_cast<int>(InterventionShape::Point));
    m_place->addItem(tr("Districts"), static_cast<int>(InterventionShape::Districts));
    m_place->addItem(tr("Draw a route"), static_cast<int>(InterventionShape::Route));
    m_place->addItem(tr("Draw an area"), static_cast<int>(InterventionShape::Polygon));
    m_draw = new QPushButton(tr("Draw on the map"), box);
    m_draw->setObjectName(QStringLiteral("interventionDraw"));
    m_draw->setCheckable(true);
    m_draw->setEnabled(false);
    m_draw->setToolTip(tr("Then click the points on the map; double-click or Enter finishes."));
    m_drawnLabel = new QLabel(box);
    m_drawnLabel->setWordWrap(true);
    m_pick = new QPushButton(tr("Pick on the map"), box);
    m_pick->setCheckable(true);
    if (m_canvas)
        connect(m_pick, &QPushButton::toggled, m_canvas, [this](bool on) { m_canvas->setClickTool(m_pick, on); });
    m_pick->setToolTip(tr("Then click the place on the map."));
    m_pickedLabel = new QLabel(tr("No point yet"), box);
    m_radius = new QDoubleSpinBox(box);
    m_radius->setRange(10, 5000);
    m_radius->setValue(200);
    m_radius->setSuffix(tr(" m"));
    m_districts = new QListWidget(box);
    m_districts->setMaximumHeight(100);
    m_districts->setEnabled(false);
    connect(m_place, &QComboBox::currentIndexChanged, this, &InterventionPanel::onPlaceChanged);
    m_organisation = new QLineEdit(box);
    m_cost = new QDoubleSpinBox(box);
    m_cost->setRange(0, 1e9);
    m_cost->setDecimals(0);
    m_cost->setSuffix(tr(" kr"));
    m_description = new QLineEdit(box);
    m_save = new QPushButton(tr("Save intervention"), box);
    m_save->setObjectName(QStringLiteral("interventionSave"));
    connect(m_save, &QPushButton::clicked, this, [this] { saveForm(); });
    m_cancelEdit = new QPushButton(tr("Cancel the change"), box);
    m_cancelEdit->setObjectName(QStringLiteral("interventionCancelEdit"));
    m_cancelEdit->hide();
    connect(m_cancelEdit, &QPushButton::clicked, this, &InterventionPanel::cancelEdit);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_save);
    saveRow->addWidget(m_cancelEdit);
    auto *pickRow = new QHBoxLayout;
    pickRow->addWidget(m_pick);
    pickRow->addWidget(m_pickedLabel, 1);
    auto *drawRow = new QHBoxLayout;
    drawRow->addWidget(m_draw);
    drawRow->addWidget(m_drawnLabel, 1);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("From"), m_from);
    form->addRow(tr("To"), end);
    form->addRow(tr("Place"), m_place);
    form->addRow(pickRow);
    form->addRow(drawRow);
    form->addRow(tr("Radius"), m_radius);
    form->addRow(tr("Districts"), m_districts);
    form->addRow(tr("Responsible"), m_organisation);
    form->addRow(tr("Cost"), m_cost);
    form->addRow(tr("Description"), m_description);
    form->addRow(saveRow);
    onPlaceChanged();
    showDrawn();
    return box;
}

} // namespace lb::app
