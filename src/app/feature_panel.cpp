#include "app/feature_panel.h"

#include "app/main_window.h"
#include "app/map_canvas.h"
#include "ui_feature_panel.h"

#include <QElapsedTimer>
#include <QLocale>

namespace lb::app {

namespace {
// How far from the click a symbol still counts as hit, in pixels: a point's radius and a bit,
// enough for the larger centre-stack symbol.
constexpr double hitPixels = 10.0;

QString precisionText(LocationPrecision p)
{
    switch (p) {
    case LocationPrecision::Exact:
        return FeaturePanel::tr("exact position");
    case LocationPrecision::Street:
        return FeaturePanel::tr("street or address");
    case LocationPrecision::AreaCentroid:
        return FeaturePanel::tr("placed at the centre of a district");
    case LocationPrecision::MunicipalityCentroid:
        return FeaturePanel::tr("placed at the centre of the municipality");
    case LocationPrecision::CountyCentroid:
        return FeaturePanel::tr("placed at the centre of the county");
    }
    return {};
}

QString timeText(const Incident &i, const QTimeZone &zone)
{
    const QLocale locale;
    const QDateTime local = toDateTime(i.occurredAt, zone);
    switch (i.timePrecision) {
    case TimePrecision::Exact:
        return locale.toString(local, QLocale::ShortFormat);
    case TimePrecision::Day:
        return locale.toString(local.date(), QLocale::ShortFormat);
    case TimePrecision::Month:
        return locale.toString(local.date(), QStringLiteral("MMMM yyyy"));
    case TimePrecision::Year:
        return QString::number(local.date().year());
    }
    return {};
}
} // namespace

FeaturePanel::FeaturePanel(QWidget *parent)
    : QDockWidget(tr("Identify"), parent)
    , m_ui(std::make_unique<Ui::FeaturePanelForm>())
{
    setObjectName(QStringLiteral("featureDock"));
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    auto *body = new QWidget(this);
    m_ui->setupUi(body);
    setWidget(body);
    m_ui->featureTree->header()->setStretchLastSection(true);
    m_ui->featureTree->setColumnWidth(0, 130);
}

FeaturePanel::~FeaturePanel() = default;

FeaturePanel *FeaturePanel::install(MainWindow *window)
{
    auto *panel = new FeaturePanel(window);
    window->addDockWidget(Qt::RightDockWidgetArea, panel);
    panel->hide();
    connect(window, &MainWindow::storeOpened, panel,
            [window, panel](const QString &path) { panel->setStore(path, window->mapData()); });
    connect(window->canvas(), &MapCanvas::clicked, panel, [window, panel](PointXY at) {
        const MapCanvas *canvas = window->canvas();
        if (!canvas->identifiesOnClick())
            return;
        panel->setFilter(window->mapFilter());
        panel->setDisclosure(canvas->settings().disclosure());
        // The canvas works in device pixels; the hit radius is in logical ones.
        const double radius = hitPixels * canvas->devicePixelRatioF() * canvas->settings().mapUnitsPerPixel();
        panel->identifyAt(at, radius);
        panel->show();
        panel->raise();
    });
    return panel;
}

void FeaturePanel::setStore(const QString &path, std::shared_ptr<const render::MapData> snapshot)
{
    m_data = std::move(snapshot);
    m_store.reset();
    auto opened = store::openStoreReader(path);
    if (opened)
        m_store = std::move(*opened);
    m_result = {};
    m_ui->featureTree->clear();
    m_ui->summaryLabel->setText(opened ? tr("Click the map to see what lies there.") : opened.errorMessage());
}

bool FeaturePanel::identifyAt(PointXY at, double radius)
{
    if (!m_store || !m_data)
        return false;
    QElapsedTimer timer;
    timer.start();
    auto found = render::identifyIncidents(*m_store, at, radius, m_filter, m_rules, m_data->categories);
    m_lastMs = double(timer.nsecsElapsed()) / 1e6;
    if (!found) {
        m_ui->summaryLabel->setText(found.errorMessage());
        return false;
    }
    m_result = std::move(*found);
    showResult(m_result);
    Q_EMIT identified(int(m_result.incidents.size()));
    return true;
}

QString FeaturePanel::categoryLabel(const QString &code) const
{
    for (const Category &c : m_data->categories)
        if (c.code == code)
            return localizedLabel(c.labelSv, c.labelEn);
    return code;
}

void FeaturePanel::showResult(const render::IdentifyResult &result)
{
    QTreeWidget *tree = m_ui->featureTree;
    tree->clear();
    const QLocale locale;
    const int n = int(result.incidents.size());
    if (n == 0) {
        m_ui->summaryLabel->setText(tr("No incident shown on the map lies here."));
        return;
    }
    const QString where =
        tr("E %1, N %2").arg(locale.toString(result.position.x, 'f', 0), locale.toString(result.position.y, 'f', 0));
    if (result.centrePlaced)
        m_ui->summaryLabel->setText(
            tr("%n incident(s) placed at this centre (%1); their real places are not known.", nullptr, n).arg(where));
    else if (n > 1)
        m_ui->summaryLabel->setText(tr("%n incident(s) at the same position (%1).", nullptr, n).arg(where));
    else
        m_ui->summaryLabel->setText(tr("One incident (%1).").arg(where));
    const QTimeZone zone = m_store->timeZone();
    for (const Incident &i : result.incidents) {
        auto *item = new QTreeWidgetItem(tree, {timeText(i, zone), categoryLabel(i.category)});
        const auto field = [item](const QString &name, const QString &value) {
            new QTreeWidgetItem(item, {name, value});
        };
        field(tr("Time (local)"), timeText(i, zone));
        field(tr("Category"), categoryLabel(i.category));
        field(tr("Source"), i.source);
        field(tr("Reference"), i.sourceRef);
        field(tr("Location precision"), precisionText(i.locationPrecision));
        field(tr("Description"), i.description);
        field(tr("Import batch"), i.batchId > 0 ? locale.toString(qint64(i.batchId)) : tr("entered by hand"));
        field(tr("Store id"), locale.toString(qint64(i.id)));
    }
    // A single incident is opened at once; a stack stays a list to scan.
    if (n == 1)
        tree->expandAll();
}

} // namespace lb::app
