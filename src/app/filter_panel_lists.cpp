// FilterPanel's lists of districts, sources and survey rounds: filled from the map snapshot,
// read into the filter (none chosen means all), and set from code or tests.

#include "app/filter_panel.h"

#include "ui_filter_panel.h"

#include <QListWidget>

#include <algorithm>
#include <utility>

namespace lb::app {

namespace {
constexpr int valueRole = Qt::UserRole + 1;
} // namespace

QStringList FilterPanel::chosenValues(const QListWidget *list)
{
    QStringList values;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->isSelected())
            values << list->item(i)->data(valueRole).toString();
    return values;
}

void FilterPanel::chooseValues(QListWidget *list, const QStringList &values)
{
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setSelected(values.contains(list->item(i)->data(valueRole).toString(), Qt::CaseInsensitive));
}

void FilterPanel::fillList(QListWidget *list, const std::vector<std::pair<QString, QString>> &labelled)
{
    // Keeps the choices that are still there, as the category tree does.
    const QStringList keep = chosenValues(list);
    list->clear();
    for (const auto &[label, value] : labelled) {
        auto *item = new QListWidgetItem(label, list);
        item->setData(valueRole, value);
    }
    chooseValues(list, keep);
}

void FilterPanel::connectLists()
{
    for (QListWidget *list : {m_ui->districtList, m_ui->sourceList, m_ui->roundList})
        connect(list, &QListWidget::itemSelectionChanged, this, [this] { changed(); });
}

void FilterPanel::fillLists()
{
    std::vector<std::pair<QString, QString>> districts, sources, rounds;
    for (const Area &a : m_data->districts)
        districts.emplace_back(a.name, a.name);
    std::sort(districts.begin(), districts.end(),
              [](const auto &a, const auto &b) { return a.first.localeAwareCompare(b.first) < 0; });
    for (const QString &s : m_data->sources)
        sources.emplace_back(s, s);
    for (const Survey &s : m_data->surveys)
        rounds.emplace_back(s.year > 0 && !s.name.contains(QString::number(s.year))
                                ? QStringLiteral("%1 (%2)").arg(s.name).arg(s.year)
                                : s.name,
                            QString::number(s.id));
    fillList(m_ui->districtList, districts);
    fillList(m_ui->sourceList, sources);
    fillList(m_ui->roundList, rounds);
}

void FilterPanel::readLists(render::MapFilter &f) const
{
    f.districts = chosenValues(m_ui->districtList);
    f.sources = chosenValues(m_ui->sourceList);
    for (const QString &id : chosenValues(m_ui->roundList))
        f.surveyRounds.push_back(id.toLongLong());
}

void FilterPanel::clearLists()
{
    for (QListWidget *list : {m_ui->districtList, m_ui->sourceList, m_ui->roundList})
        list->clearSelection();
}

void FilterPanel::setDistricts(const QStringList &names)
{
    const bool wasUpdating = std::exchange(m_updating, true);
    chooseValues(m_ui->districtList, names);
    m_updating = wasUpdating;
    changed();
}

void FilterPanel::setSources(const QStringList &names)
{
    const bool wasUpdating = std::exchange(m_updating, true);
    chooseValues(m_ui->sourceList, names);
    m_updating = wasUpdating;
    changed();
}

void FilterPanel::setSurveyRounds(const std::vector<std::int64_t> &surveyIds)
{
    QStringList ids;
    for (std::int64_t id : surveyIds)
        ids << QString::number(id);
    const bool wasUpdating = std::exchange(m_updating, true);
    chooseValues(m_ui->roundList, ids);
    m_updating = wasUpdating;
    changed();
}

} // namespace lb::app
