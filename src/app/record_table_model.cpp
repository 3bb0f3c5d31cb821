#include "app/record_table_model.h"

#include <algorithm>

namespace lb::app {

void RecordTableModel::setStore(const QString &, std::shared_ptr<const render::MapData> snapshot)
{
    beginResetModel();
    m_data = std::move(snapshot);
    m_rows.clear();
    m_loaded = 0;
    endResetModel();
}

void RecordTableModel::setFilter(const render::MapFilter &filter, const DisclosureRules &)
{
    beginResetModel();
    m_rows.clear();
    if (m_data)
        for (size_t i = 0; i < recordCount(); ++i)
            if (accepts(i, filter))
                m_rows.push_back(i);
    m_loaded = int(std::min<size_t>(m_rows.size(), batchRows));
    endResetModel();
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_loaded;
}

bool RecordTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && size_t(m_loaded) < m_rows.size();
}

void RecordTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int more = int(std::min<size_t>(m_rows.size() - size_t(m_loaded), batchRows));
    beginInsertRows({}, m_loaded, m_loaded + more - 1);
    m_loaded += more;
    endInsertRows();
}

int RecordTableModel::rowOf(FeatureId id)
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(), [&](size_t i) { return idOf(i) == id; });
    if (it == m_rows.end())
        return -1;
    const int row = int(it - m_rows.begin());
    if (row >= m_loaded) {
        beginInsertRows({}, m_loaded, row);
        m_loaded = row + 1;
        endInsertRows();
    }
    return row;
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_loaded)
        return {};
    const std::vector<int> numeric = numericColumns();
    if (role == Qt::TextAlignmentRole && std::find(numeric.begin(), numeric.end(), index.column()) != numeric.end())
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    return cellText(m_rows[size_t(index.row())], index.column());
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return FeatureTableModel::headerData(section, orientation, role);
    return title(section);
}

void RecordTableModel::sort(int column, Qt::SortOrder order)
{
    beginResetModel();
    // The keys once per row, not once per comparison.
    std::vector<std::pair<QVariant, size_t>> keyed;
    keyed.reserve(m_rows.size());
    for (size_t i : m_rows)
        keyed.emplace_back(sortKey(i, column), i);
    const auto less = [](const std::pair<QVariant, size_t> &a, const std::pair<QVariant, size_t> &b) {
        if (a.first.typeId() == QMetaType::QString && b.first.typeId() == QMetaType::QString)
            return a.first.toString().localeAwareCompare(b.first.toString()) < 0;
        return QVariant::compare(a.first, b.first) == QPartialOrdering::Less;
    };
    if (order == Qt::AscendingOrder)
        std::stable_sort(keyed.begin(), keyed.end(), less);
    else
        std::stable_sort(keyed.begin(), keyed.end(), [&](const auto &a, const auto &b) { return less(b, a); });
    for (size_t r = 0; r < keyed.size(); ++r)
        m_rows[r] = keyed[r].second;
    endResetModel();
}

QStringList RecordTableModel::exportHeader() const
{
    QStringList h;
    for (int c = 0; c < columnCount(); ++c)
        h << title(c);
    return h;
}

QStringList RecordTableModel::exportRow(int row) const
{
    QStringList out;
    for (int c = 0; c < columnCount(); ++c)
        out << exportText(m_rows[size_t(row)], c);
    return out;
}

} // namespace lb::app
