// InterventionPanel: changing and removing the selected intervention.

#include "app/intervention_panel.h"

#include "app/shared_store.h"
#include "app/sketch_tool.h"
#include "store/intervention_store.h"
#include "store/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>

namespace lb::app {

void InterventionPanel::editSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= static_cast<int>(m_interventions.size()))
        return;
    m_editing = m_interventions[static_cast<std::size_t>(row)];
    fillForm(*m_editing);
    m_formBox->setTitle(tr("Change “%1”").arg(m_editing->name));
    m_save->setText(tr("Save the change"));
    m_cancelEdit->show();
    m_status->clear();
    updateSharedState();
}

void InterventionPanel::cancelEdit()
{
    m_editing.reset();
    m_formBox->setTitle(tr("Add an intervention"));
    m_save->setText(tr("Save intervention"));
    m_cancelEdit->hide();
    m_name->clear();
    m_organisation->clear();
    m_description->clear();
    m_cost->setValue(0);
    m_picked.reset();
    m_pickedLabel->setText(tr("No point yet"));
    m_drawnRoute.clear();
    m_drawnArea.clear();
    if (m_sketch && m_sketch->isActive())
        m_sketch->cancel();
    showDrawn();
    updateSharedState();
}

void InterventionPanel::fillForm(const Intervention &i)
{
    m_name->setText(i.name);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(i.kind)));
    m_from->setDate(i.startsOn);
    m_hasEnd->setChecked(i.endsOn.isValid());
    if (i.endsOn.isValid())
        m_to->setDate(i.endsOn);
    m_organisation->setText(i.organisation);
    m_description->setText(i.description);
    m_cost->setValue(i.cost.value_or(0.0));
    // The stored route or area stays until it is drawn anew.
    m_drawnRoute = i.route;
    m_drawnArea = i.polygon;
    m_place->setCurrentIndex(m_place->findData(static_cast<int>(i.shape)));
    showDrawn();
    if (i.shape == InterventionShape::Point) {
        setPickedPoint(i.point);
        m_radius->setValue(i.radius);
    } else if (i.shape == InterventionShape::Route) {
        m_radius->setValue(i.radius);
    }
    for (int r = 0; r < m_districts->count(); ++r) {
        QListWidgetItem *item = m_districts->item(r);
        const bool own =
            std::find(i.areaIds.begin(), i.areaIds.end(), item->data(Qt::UserRole).toLongLong()) != i.areaIds.end();
        item->setCheckState(own ? Qt::Checked : Qt::Unchecked);
    }
}

void InterventionPanel::selectId(std::int64_t id)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_interventions[static_cast<std::size_t>(row)].id == id)
            m_table->selectRow(row);
}

bool InterventionPanel::removeSelected()
{
    if (isShared()) {
        m_status->setText(notOnSharedStore());
        return false;
    }
    const int row = m_table->currentRow();
    if (row < 0 || row >= static_cast<int>(m_interventions.size()))
        return false;
    const Intervention victim = m_interventions[static_cast<std::size_t>(row)];
    const QString question =
        tr("Remove “%1” with its districts and links? The edit log keeps its fields.").arg(victim.name);
    if (!m_confirm || !m_confirm(question))
        return false;
    auto store = store::Store::open(m_path, store::Store::Mode::ReadWrite);
    if (!store) {
        m_status->setText(store.errorMessage());
        return false;
    }
    if (Status s = store::InterventionStore(**store).remove(victim.id); !s) {
        m_status->setText(s.errorMessage());
        return false;
    }
    store->reset();
    if (m_editing && m_editing->id == victim.id)
        cancelEdit();
    m_status->setText(tr("Removed “%1”.").arg(victim.name));
    reload();
    return true;
}

} // namespace lb::app
