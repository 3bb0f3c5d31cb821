// FilterPanel's part for safety-walk findings: the statuses (all ticked shows all, none ticked
// shows none), only the overdue ones, and lists of kinds and walks (none chosen means all), filled
// from the map snapshot and read into the filter.

#include "app/filter_panel.h"

#include "core/taxonomy.h"
#include "store/store.h"
#include "ui_filter_panel.h"

#include <QListWidget>

#include <algorithm>
#include <map>
#include <utility>

namespace lb::app {

namespace {
constexpr int valueRole = Qt::UserRole + 1;
// A kind no finding has: the filter of a panel with every status unticked shows no finding.
const QString noKind = QStringLiteral("-");
} // namespace

std::vector<std::pair<QCheckBox *, FindingStatus>> FilterPanel::statusBoxes() const
{
    return {{m_ui->openCheck, FindingStatus::Open},
            {m_ui->inProgressCheck, FindingStatus::InProgress},
            {m_ui->fixedCheck, FindingStatus::Fixed},
            {m_ui->rejectedCheck, FindingStatus::Rejected}};
}

void FilterPanel::connectFindings()
{
    for (const auto &[box, status] : statusBoxes())
        connect(box, &QCheckBox::toggled, this, &FilterPanel::changed);
    connect(m_ui->overdueCheck, &QCheckBox::toggled, this, &FilterPanel::changed);
    for (QListWidget *list : {m_ui->findingKindList, m_ui->walkList})
        connect(list, &QListWidget::itemSelectionChanged, this, [this] { changed(); });
}

void FilterPanel::fillFindings()
{
    // The kinds the findings have, named as the store names them (the built-in names otherwise).
    std::map<QString, QString> labels;
    for (const FindingKind &k : defaultFindingKinds())
        labels[k.code] = localizedLabel(k.labelSv, k.labelEn);
    if (auto st = store::Store::open(m_data->storePath, store::Store::Mode::ReadOnly))
        if (auto kinds = (*st)->findingKinds())
            for (const FindingKind &k : *kinds)
                labels[k.code] = localizedLabel(k.labelSv, k.labelEn);
    std::map<QString, bool> present;
    for (const WalkFinding &f : m_data->findings)
        present[f.kind] = true;
    std::vector<std::pair<QString, QString>> kinds;
    for (const auto &[code, yes] : present) {
        const auto label = labels.find(code);
        kinds.emplace_back(label == labels.end() ? code : label->second, code);
    }
    std::sort(kinds.begin(), kinds.end(),
              [](const auto &a, const auto &b) { return a.first.localeAwareCompare(b.first) < 0; });
    // Walks newest first, as the walk dock lists them.
    std::vector<const Walk *> walks;
    for (const Walk &w : m_data->walks)
        walks.push_back(&w);
    std::stable_sort(walks.begin(), walks.end(), [](const Walk *a, const Walk *b) { return a->date > b->date; });
    std::vector<std::pair<QString, QString>> walkItems;
    for (const Walk *w : walks)
        walkItems.emplace_back(w->date.isValid() ? QStringLiteral("%1 (%2)").arg(w->name, w->date.toString(Qt::ISODate))
                                                 : w->name,
                               QString::number(w->id));
    fillList(m_ui->findingKindList, kinds);
    fillList(m_ui->walkList, walkItems);
}

void FilterPanel::readFindings(render::MapFilter &f) const
{
    bool all = true;
    for (const auto &[box, status] : statusBoxes()) {
        if (box->isChecked())
            f.findingStatuses.push_back(status);
        else
            all = false;
    }
    const bool none = f.findingStatuses.empty();
    if (all)
        f.findingStatuses.clear();
    f.findingKinds = chosenValues(m_ui->findingKindList);
    if (none)
        f.findingKinds = {noKind};
    for (const QString &id : chosenValues(m_ui->walkList))
        f.walks.push_back(id.toLongLong());
    f.overdueOnly = m_ui->overdueCheck->isChecked();
    if (f.overdueOnly)
        f.findingsAsOf = QDate::currentDate();
}

void FilterPanel::resetFindings()
{
    for (const auto &[box, status] : statusBoxes())
        box->setChecked(true);
    m_ui->overdueCheck->setChecked(false);
    m_ui->findingKindList->clearSelection();
    m_ui->walkList->clearSelection();
}

void FilterPanel::setFindingStatuses(const std::vector<FindingStatus> &statuses)
{
    const bool wasUpdating = std::exchange(m_updating, true);
    for (const auto &[box, status] : statusBoxes())
        box->setChecked(statuses.empty() || std::find(statuses.begin(), statuses.end(), status) != statuses.end());
    m_updating = wasUpdating;
    changed();
}

void FilterPanel::setFindingKinds(const QStringList &codes)
{
    const bool wasUpdating = std::exchange(m_updating, true);
    chooseValues(m_ui->findingKindList, codes);
    m_updating = wasUpdating;
    changed();
}

void FilterPanel::setWalks(const std::vector<std::int64_t> &walkIds)
{
    QStringList ids;
    for (std::int64_t id : walkIds)
        ids << QString::number(id);
    const bool wasUpdating = std::exchange(m_updating, true);
    chooseValues(m_ui->walkList, ids);
    m_updating = wasUpdating;
    changed();
}

void FilterPanel::setOverdueOnly(bool on)
{
    m_ui->overdueCheck->setChecked(on);
}

} // namespace lb::app
