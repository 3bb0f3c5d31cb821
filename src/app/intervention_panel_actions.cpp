// InterventionPanel: reading and writing the store, picking on the map, the evaluation worker.

#include "app/intervention_panel.h"

#include "app/map_canvas.h"
#include "app/shared_store.h"
#include "core/taxonomy.h"
#include "render/intervention_layer.h"
#include "report/intervention_chart.h"
#include "store/intervention_store.h"
#include "store/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMouseEvent>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextBrowser>
#include <QtConcurrent>

namespace lb::app {

void InterventionPanel::setStore(const QString &path)
{
    m_path = path;
    m_result->clear();
    m_chart->clear();
    reload();
}

void InterventionPanel::reload()
{
    Result<std::vector<Intervention>> all = std::vector<Intervention>{};
    Result<std::vector<InterventionKind>> kinds = std::vector<InterventionKind>{};
    Result<std::vector<Area>> districts = std::vector<Area>{};
    if (isShared()) {
        readShared(all, kinds, districts);
    } else {
        auto store = store::Store::open(m_path, store::Store::Mode::ReadOnly);
        if (!store) {
            m_status->setText(store.errorMessage());
            return;
        }
        store::InterventionStore interventions(**store);
        all = interventions.interventions();
        kinds = interventions.kinds();
        districts = (*store)->areas(QStringLiteral("district"));
    }
    if (!all || !kinds || !districts) {
        m_status->setText(!all ? all.errorMessage() : !kinds ? kinds.errorMessage() : districts.errorMessage());
        return;
    }
    m_interventions = std::move(*all);
    if (m_showOnMap)
        m_showOnMap(m_interventions.empty() ? nullptr
                                            : std::make_shared<render::InterventionLayer>(m_interventions, *districts));
    const QString kind = m_kind->currentData().toString();
    m_kind->clear();
    for (const InterventionKind &k : *kinds)
        m_kind->addItem(localizedLabel(k.labelSv, k.labelEn), k.code);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
    m_districts->clear();
    m_comparison->clear();
    m_comparison->addItem(tr("Proposed automatically"), QString());
    for (const Area &a : *districts) {
        auto *item = new QListWidgetItem(a.name, m_districts);
        item->setData(Qt::UserRole, QVariant::fromValue<qint64>(a.id));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        m_comparison->addItem(a.name, a.name);
    }
    m_table->setRowCount(static_cast<int>(m_interventions.size()));
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const Intervention &i = m_interventions[static_cast<std::size_t>(row)];
        QString kindLabel = i.kind;
        for (const InterventionKind &k : *kinds)
            if (k.code == i.kind)
                kindLabel = localizedLabel(k.labelSv, k.labelEn);
        const QStringList cells{i.name, kindLabel, i.startsOn.toString(Qt::ISODate), i.endsOn.toString(Qt::ISODate)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    if (m_table->rowCount() > 0 && m_table->currentRow() < 0)
        m_table->selectRow(0);
    for (QPushButton *b : {m_evaluate, m_edit, m_remove})
        b->setEnabled(m_table->rowCount() > 0);
    updateSharedState();
}

void InterventionPanel::setPickedPoint(PointXY p)
{
    m_picked = p;
    m_pickedLabel->setText(QStringLiteral("%1, %2").arg(QString::number(p.x, 'f', 0), QString::number(p.y, 'f', 0)));
    m_pick->setChecked(false);
}

bool InterventionPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_canvas && m_pick->isChecked() && event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton)
            setPickedPoint(m_canvas->toMap(mouse->position()));
    }
    return QDockWidget::eventFilter(watched, event);
}

bool InterventionPanel::saveForm()
{
    Intervention i;
    i.name = m_name->text().trimmed();
    i.kind = m_kind->currentData().toString();
    i.startsOn = m_from->date();
    if (m_hasEnd->isChecked())
        i.endsOn = m_to->date();
    i.shape = static_cast<InterventionShape>(m_place->currentData().toInt());
    if (m_editing) {
        i.id = m_editing->id;
        i.links = m_editing->links; // the form does not show them; a change keeps them
        i.route = m_editing->route; // a route or polygon drawn elsewhere is kept as it is
        i.polygon = m_editing->polygon;
        i.radius = m_editing->radius;
    }
    if (i.shape == InterventionShape::Point) {
        if (!m_picked) {
            m_status->setText(tr("Pick the place on the map first."));
            return false;
        }
        i.point = *m_picked;
        i.radius = m_radius->value();
    } else if (i.shape == InterventionShape::Route) {
        if (m_drawnRoute.size() < 2) {
            m_status->setText(tr("Draw the route on the map first."));
            return false;
        }
        i.route = m_drawnRoute;
        i.radius = m_radius->value();
    } else if (i.shape == InterventionShape::Polygon) {
        if (m_drawnArea.empty()) {
            m_status->setText(tr("Draw the area on the map first."));
            return false;
        }
        i.polygon = m_drawnArea;
    } else {
        for (int r = 0; r < m_districts->count(); ++r)
            if (m_districts->item(r)->checkState() == Qt::Checked)
                i.areaIds.push_back(m_districts->item(r)->data(Qt::UserRole).toLongLong());
    }
    i.organisation = m_organisation->text().trimmed();
    if (m_cost->value() > 0)
        i.cost = m_cost->value();
    i.description = m_description->text().trimmed();
    if (isShared())
        return saveShared(i);
    auto store = store::Store::open(m_path, store::Store::Mode::ReadWrite);
    if (!store) {
        m_status->setText(store.errorMessage());
        return false;
    }
    store::InterventionStore interventions(**store);
    Result<std::int64_t> id = i.id;
    if (m_editing) {
        if (Status s = interventions.update(i); !s)
            id = s.error();
    } else {
        id = interventions.insert(i);
    }
    if (!id) {
        m_status->setText(id.errorMessage());
        return false;
    }
    m_status->setText(tr("Saved “%1”.").arg(i.name));
    store->reset();
    cancelEdit();
    reload();
    selectId(*id);
    return true;
}

void InterventionPanel::evaluateSelected()
{
    if (isShared()) {
        m_status->setText(notOnSharedStore());
        return;
    }
    const int row = m_table->currentRow();
    if (row < 0 || row >= static_cast<int>(m_interventions.size()) || m_watcher.isRunning())
        return;
    report::EvaluationRequest request;
    request.interventionId = m_interventions[static_cast<std::size_t>(row)].id;
    request.comparison = m_comparison->currentData().toString();
    request.bufferMetres = m_buffer->value();
    request.beforeMonths = m_months->value();
    m_evaluate->setEnabled(false);
    m_status->setText(tr("Evaluating…"));
    const QString path = m_path;
    m_watcher.setFuture(QtConcurrent::run([path, request] {
        Outcome outcome;
        auto store = store::Store::open(path, store::Store::Mode::ReadOnly);
        if (!store) {
            outcome.error = store.errorMessage();
            return outcome;
        }
        Feedback feedback;
        auto report = report::evaluateStoredIntervention(**store, request, feedback);
        if (report)
            outcome.report = std::move(*report);
        else
            outcome.error = report.errorMessage();
        return outcome;
    }));
}

void InterventionPanel::onEvaluated()
{
    m_evaluate->setEnabled(true);
    const Outcome outcome = m_watcher.result();
    if (!outcome.error.isEmpty()) {
        m_status->setText(outcome.error);
        m_result->clear();
        m_chart->clear();
        Q_EMIT evaluated(false);
        return;
    }
    const report::EvaluationReport &r = outcome.report;
    QString html = QStringLiteral("<p><b>%1</b>: %2</p>")
                       .arg(tr("Comparison area").toHtmlEscaped(),
                            QStringLiteral("%1 (%2)").arg(r.comparisonName, r.comparisonHow).toHtmlEscaped());
    for (const QString &s : r.result.sentences)
        html += QStringLiteral("<p>%1</p>").arg(s.toHtmlEscaped());
    for (const QString &w : r.result.warnings)
        html += QStringLiteral("<p style=\"color:#a03000\">⚠ %1</p>").arg(w.toHtmlEscaped());
    m_result->setHtml(html);
    QImage image(640, 320, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        const report::InterventionChartData chartData{r.intervention.name,   r.comparisonName,
                                                      r.result.series,       r.intervention.startsOn,
                                                      r.intervention.endsOn, r.bufferMetres > 0.0};
        report::paintInterventionChart(painter, QRectF(0, 0, 640, 320), chartData);
    }
    m_chart->setPixmap(QPixmap::fromImage(image));
    m_status->clear();
    Q_EMIT evaluated(true);
}

} // namespace lb::app
