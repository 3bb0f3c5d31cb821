#include "app/analysis_panel.h"

#include "app/analysis_panel_trends.h"
#include "app/layer_panel.h"
#include "app/main_window.h"
#include "app/map_canvas.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace lb::app {

namespace {
const QString kOverlayPrefix = QStringLiteral("analysis_");

QPushButton *runButton(const QString &text, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setDefault(true);
    return b;
}
} // namespace

AnalysisPanel::AnalysisPanel(MapCanvas *canvas, LayerPanel *layers, QWidget *parent)
    : QDockWidget(tr("Analysis"), parent)
    , m_canvas(canvas)
    , m_layerPanel(layers)
{
    setObjectName(QStringLiteral("analysisDock"));
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    auto *body = new QWidget(this);
    m_tabs = new QTabWidget(body);
    m_tabs->addTab(buildHeatTab(), tr("Heat map"));
    m_tabs->addTab(buildHotspotTab(), tr("Hot spots"));
    m_trends = new AnalysisTrendsView(body);
    auto *trendsTab = new QWidget(body);
    auto *trendsLayout = new QVBoxLayout(trendsTab);
    auto *trendsRun = runButton(tr("Count"), trendsTab);
    trendsRun->setObjectName(QStringLiteral("analysisRunTrends"));
    connect(trendsRun, &QPushButton::clicked, this, &AnalysisPanel::runTrends);
    m_runButtons << trendsRun;
    trendsLayout->addWidget(m_trends, 1);
    trendsLayout->addWidget(trendsRun, 0, Qt::AlignRight);
    m_tabs->addTab(trendsTab, tr("Trends"));

    m_progress = new QProgressBar(body);
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(10);
    m_status = new QLabel(body);
    m_status->setObjectName(QStringLiteral("analysisStatus"));
    m_status->setWordWrap(true);
    m_cancel = new QPushButton(tr("Cancel"), body);
    m_cancel->setObjectName(QStringLiteral("analysisCancel"));
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(body);
    layout->addWidget(buildFilter());
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_progress);
    layout->addLayout(statusRow);
    setWidget(body);
    setMinimumWidth(380);

    m_poll = new QTimer(this);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (m_feedback)
            m_progress->setValue(static_cast<int>(m_feedback->progress()));
    });
    connect(m_cancel, &QPushButton::clicked, this, &AnalysisPanel::cancel);
    connect(&m_watcher, &QFutureWatcher<AnalysisOutcome>::finished, this, &AnalysisPanel::onFinished);
    connect(&m_infoWatcher, &QFutureWatcher<AnalysisStoreInfo>::finished, this, &AnalysisPanel::onStoreInfo);
    m_progress->hide();
    m_cancel->hide();
}

AnalysisPanel::~AnalysisPanel()
{
    if (m_feedback)
        m_feedback->cancel();
    m_watcher.waitForFinished();
    m_infoWatcher.waitForFinished();
}

AnalysisPanel *AnalysisPanel::install(MainWindow *window)
{
    auto *panel = new AnalysisPanel(window->canvas(), window->layerPanel(), window);
    window->addDockWidget(Qt::RightDockWidgetArea, panel);
    panel->hide();
    // The dock stays closed until asked for (View › Analysis): opening a store should not shrink
    // the map the user came to see.
    connect(window, &MainWindow::storeOpened, panel, &AnalysisPanel::setStore);
    connect(window, &MainWindow::mapFilterChanged, panel, [window, panel](const render::MapFilter &f) {
        if (window->mapData())
            panel->followMapFilter(f, window->mapData()->timeZone);
    });
    return panel;
}

void AnalysisPanel::followMapFilter(const render::MapFilter &filter, const QTimeZone &zone)
{
    m_mapFilter = filter;
    m_zone = zone;
    if (!m_readingStore)
        applyMapFilter();
}

void AnalysisPanel::applyMapFilter()
{
    const render::MapFilter &f = m_mapFilter;
    if (f.span.isValid()) {
        m_from->setDate(toDateTime(f.span.begin, m_zone).date());
        m_to->setDate(toDateTime(f.span.end - 1, m_zone).date());
    } else if (m_info.firstDay.isValid()) {
        m_from->setDate(m_info.firstDay);
        m_to->setDate(m_info.lastDay);
    }
    // None ticked means all, here as in the map filter.
    for (int i = 0; i < m_categories->count(); ++i) {
        QListWidgetItem *item = m_categories->item(i);
        const bool on = !f.categories.isEmpty() && f.categories.contains(item->data(Qt::UserRole).toString());
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    // One district of the map filter is the analyses' district; with none or several they cover
    // the whole municipality and say so.
    const int district = f.districts.size() == 1 ? m_district->findText(f.districts.front(), Qt::MatchFixedString) : 0;
    m_district->setCurrentIndex(std::max(0, district));
    if (f.hoursActive() || !f.precisions.empty() || f.districts.size() > 1)
        m_status->setText(tr("The analyses use the map filter's dates, categories, sources and a single district, "
                             "not its time of day, location precision or several districts."));
}

QWidget *AnalysisPanel::buildFilter()
{
    auto *box = new QGroupBox(tr("Incidents"), this);
    m_from = new QDateEdit(box);
    m_to = new QDateEdit(box);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    auto *span = new QHBoxLayout;
    span->addWidget(m_from, 1);
    span->addWidget(new QLabel(QStringLiteral("–"), box));
    span->addWidget(m_to, 1);
    m_categories = new QListWidget(box);
    m_categories->setObjectName(QStringLiteral("analysisCategories"));
    m_categories->setMaximumHeight(110);
    m_categories->setToolTip(tr("Tick the categories to analyse; none ticked means all."));
    m_district = new QComboBox(box);
    m_district->setObjectName(QStringLiteral("analysisDistrict"));
    auto *form = new QFormLayout(box);
    form->addRow(tr("Period:"), span);
    form->addRow(tr("Categories:"), m_categories);
    form->addRow(tr("District:"), m_district);
    return box;
}

QWidget *AnalysisPanel::buildHeatTab()
{
    auto *tab = new QWidget(this);
    m_kernel = new QComboBox(tab);
    m_kernel->addItem(tr("Quartic (as QGIS)"), static_cast<int>(analysis::Kernel::Quartic));
    m_kernel->addItem(tr("Triangular"), static_cast<int>(analysis::Kernel::Triangular));
    m_kernel->addItem(tr("Epanechnikov"), static_cast<int>(analysis::Kernel::Epanechnikov));
    m_kernel->addItem(tr("Gaussian"), static_cast<int>(analysis::Kernel::Gaussian));
    m_kernel->addItem(tr("Uniform (count per area)"), static_cast<int>(analysis::Kernel::Uniform));
    m_radius = new QDoubleSpinBox(tab);
    m_radius->setObjectName(QStringLiteral("analysisRadius"));
    m_radius->setRange(50, 5000);
    m_radius->setSingleStep(50);
    m_radius->setDecimals(0);
    m_radius->setSuffix(tr(" m"));
    m_radius->setValue(400);
    m_cell = new QDoubleSpinBox(tab);
    m_cell->setObjectName(QStringLiteral("analysisCellSize"));
    m_cell->setRange(5, 500);
    m_cell->setDecimals(0);
    m_cell->setSuffix(tr(" m"));
    m_cell->setValue(25);
    m_fixedScale = new QCheckBox(tr("Same grid and colour scale for every period"), tab);
    m_fixedScale->setObjectName(QStringLiteral("analysisFixedScale"));
    m_fixedScale->setToolTip(tr("Map one period, then another: both use the municipality's grid and the colour scale "
                                "below, so their colours can be compared."));
    m_scale = new QDoubleSpinBox(tab);
    m_scale->setObjectName(QStringLiteral("analysisScaleMax"));
    m_scale->setRange(0, 1e7);
    m_scale->setDecimals(1);
    m_scale->setSpecialValueText(tr("from the first map"));
    m_scale->setSuffix(tr(" per km²"));
    m_scale->setEnabled(false);
    connect(m_fixedScale, &QCheckBox::toggled, m_scale, &QWidget::setEnabled);
    m_heatInfo = new QLabel(tab);
    m_heatInfo->setObjectName(QStringLiteral("analysisHeatInfo"));
    m_heatInfo->setWordWrap(true);
    auto *run = runButton(tr("Draw the heat map"), tab);
    run->setObjectName(QStringLiteral("analysisRunHeatMap"));
    connect(run, &QPushButton::clicked, this, &AnalysisPanel::runHeatMap);
    m_runButtons << run;
    auto *form = new QFormLayout;
    form->addRow(tr("Kernel:"), m_kernel);
    form->addRow(tr("Radius:"), m_radius);
    form->addRow(tr("Cell size:"), m_cell);
    form->addRow(m_fixedScale);
    form->addRow(tr("Scale top:"), m_scale);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(form);
    layout->addWidget(m_heatInfo);
    layout->addStretch(1);
    layout->addWidget(run, 0, Qt::AlignRight);
    return tab;
}

QWidget *AnalysisPanel::buildHotspotTab()
{
    auto *tab = new QWidget(this);
    auto *intro = new QLabel(tr("Finds places with significantly more (hot) or fewer (cold) incidents than the "
                                "municipality as a whole would make likely (Getis-Ord Gi*). The cell size and the "
                                "neighbourhood are chosen from the data; what was chosen is explained below."),
                             tab);
    intro->setWordWrap(true);
    m_hotspotInfo = new QTextBrowser(tab);
    m_hotspotInfo->setObjectName(QStringLiteral("analysisHotspotInfo"));
    auto *run = runButton(tr("Find hot spots"), tab);
    run->setObjectName(QStringLiteral("analysisRunHotspots"));
    connect(run, &QPushButton::clicked, this, &AnalysisPanel::runHotspots);
    m_runButtons << run;
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(intro);
    layout->addWidget(m_hotspotInfo, 1);
    layout->addWidget(run, 0, Qt::AlignRight);
    return tab;
}

void AnalysisPanel::setStore(const QString &path)
{
    cancel();
    m_watcher.waitForFinished();
    m_storePath = path;
    removeOverlays();
    m_heatInfo->clear();
    m_hotspotInfo->clear();
    m_trends->clear();
    m_readingStore = true;
    for (QPushButton *b : m_runButtons)
        b->setEnabled(false);
    m_infoWatcher.setFuture(QtConcurrent::run([path] { return readAnalysisStoreInfo(path); }));
}

void AnalysisPanel::onStoreInfo()
{
    m_readingStore = false;
    m_info = m_infoWatcher.result();
    if (!m_info.error.isEmpty()) {
        m_status->setText(m_info.error);
        return;
    }
    m_from->setDate(m_info.firstDay);
    m_to->setDate(m_info.lastDay);
    m_categories->clear();
    std::vector<Category> cats = m_info.categories;
    std::stable_sort(cats.begin(), cats.end(),
                     [](const Category &a, const Category &b) { return a.sortOrder < b.sortOrder; });
    for (const Category &c : cats) {
        auto *item = new QListWidgetItem(localizedLabel(c.labelSv, c.labelEn), m_categories);
        item->setData(Qt::UserRole, c.code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_district->clear();
    m_district->addItem(tr("The whole municipality"), 0);
    for (const auto &[id, name] : m_info.districts)
        m_district->addItem(name, static_cast<qlonglong>(id));
    m_status->setText(m_info.firstDay.isValid() ? QString() : tr("The store has no incidents yet."));
    for (QPushButton *b : m_runButtons)
        b->setEnabled(m_info.firstDay.isValid());
    if (m_mapFilter.isActive())
        applyMapFilter();
}

AnalysisFilter AnalysisPanel::filter() const
{
    AnalysisFilter f;
    // No further than the data reach: the trend table would otherwise list empty years.
    f.firstDay = m_info.firstDay.isValid() ? std::max(m_from->date(), m_info.firstDay) : m_from->date();
    f.lastDay = m_info.lastDay.isValid() ? std::min(m_to->date(), m_info.lastDay) : m_to->date();
    for (int i = 0; i < m_categories->count(); ++i)
        if (m_categories->item(i)->checkState() == Qt::Checked)
            f.categories << m_categories->item(i)->data(Qt::UserRole).toString();
    f.sources = m_mapFilter.sources;
    f.districtId = m_district->currentData().toLongLong();
    f.districtName = m_district->currentText();
    return f;
}

void AnalysisPanel::start(Job job, std::function<AnalysisOutcome(Feedback &)> work)
{
    if (isBusy() || m_storePath.isEmpty())
        return;
    m_job = job;
    m_feedback = std::make_shared<Feedback>();
    auto feedback = m_feedback;
    for (QPushButton *b : m_runButtons)
        b->setEnabled(false);
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_status->setText(tr("Working…"));
    m_watcher.setFuture(QtConcurrent::run([work = std::move(work), feedback] { return work(*feedback); }));
    m_poll->start();
}

void AnalysisPanel::runHeatMap()
{
    HeatMapRequest request;
    request.kde.kernel = static_cast<analysis::Kernel>(m_kernel->currentData().toInt());
    request.kde.radius = m_radius->value();
    request.kde.cellSize = m_cell->value();
    request.fixedScale = m_fixedScale->isChecked();
    request.scaleMax = m_scale->value();
    const QString store = m_storePath;
    const AnalysisFilter f = filter();
    start(Job::HeatMap, [store, f, request](Feedback &fb) { return app::runHeatMap(store, f, request, fb); });
}

void AnalysisPanel::runHotspots()
{
    const QString store = m_storePath;
    const AnalysisFilter f = filter();
    start(Job::Hotspots, [store, f](Feedback &fb) { return app::runHotspots(store, f, fb); });
}

void AnalysisPanel::runTrends()
{
    const QString store = m_storePath;
    const AnalysisFilter f = filter();
    start(Job::Trends, [store, f](Feedback &fb) { return app::runTrends(store, f, fb); });
}

void AnalysisPanel::cancel()
{
    if (m_feedback && m_job != Job::None) {
        m_feedback->cancel();
        m_status->setText(tr("Canceling…"));
    }
}

void AnalysisPanel::onFinished()
{
    m_poll->stop();
    const Job job = m_job;
    m_job = Job::None;
    AnalysisOutcome out = m_watcher.result();
    m_progress->hide();
    m_cancel->hide();
    for (QPushButton *b : m_runButtons)
        b->setEnabled(true);
    const bool ok = out.error.isEmpty() && !out.canceled;
    m_status->setText(out.canceled ? tr("Canceled.") : out.error);
    m_status->setStyleSheet(out.error.isEmpty() ? QString() : QStringLiteral("color: #b3261e;"));
    if (ok && job == Job::HeatMap) {
        m_heatInfo->setText(out.explanation.join(QLatin1Char(' ')));
        if (m_fixedScale->isChecked() && m_scale->value() <= 0)
            m_scale->setValue(out.scaleMax); // the first map sets the scale the next ones share
        addLayer(out.layer);
    } else if (ok && job == Job::Hotspots) {
        QString html = QStringLiteral("<p>") + out.explanation.join(QStringLiteral("</p><p>")) + QStringLiteral("</p>");
        for (const QString &w : out.warnings)
            html += QStringLiteral("<p style='color:#8a4b00'>⚠ %1</p>").arg(w.toHtmlEscaped());
        m_hotspotInfo->setHtml(html);
        addLayer(out.layer);
    } else if (ok && job == Job::Trends && out.trends && out.profile) {
        m_trends->setResults(*out.trends, *out.profile);
    }
    Q_EMIT analysisFinished(job, ok);
}

void AnalysisPanel::addLayer(std::shared_ptr<const render::MapLayer> layer)
{
    if (!layer)
        return;
    // Overlays go on top: under thousands of points a heat map would not show. Their low values
    // are transparent, so the points of quiet places stay visible; district names are drawn last.
    render::LayerList layers;
    for (const auto &l : m_canvas->layers())
        if (l->id() != layer->id())
            layers.push_back(l);
    layers.push_back(layer);
    QStringList visible = m_layerPanel->visibleLayers();
    if (!visible.contains(layer->id()))
        visible << layer->id();
    m_canvas->setLayers(layers, m_info.epsg);
    m_layerPanel->setLayers(layers, visible);
    m_canvas->setVisibleLayers(m_layerPanel->visibleLayers());
    if (QTreeWidgetItem *item = m_layerPanel->layerItem(layer->id()))
        item->setExpanded(true);
}

void AnalysisPanel::removeOverlays()
{
    render::LayerList layers;
    bool had = false;
    for (const auto &l : m_canvas->layers()) {
        if (l->id().startsWith(kOverlayPrefix))
            had = true;
        else
            layers.push_back(l);
    }
    if (!had)
        return;
    const QStringList visible = m_layerPanel->visibleLayers();
    m_canvas->setLayers(layers, m_info.epsg);
    m_layerPanel->setLayers(layers, visible);
}

} // namespace lb::app
