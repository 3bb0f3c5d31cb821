#include "app/incident_table_model.h"

#include <QLocale>

#include <algorithm>

namespace lb::app {

namespace {
// More rows than this in the cache and it starts afresh; a screen shows a few dozen.
constexpr int maxCached = 20000;

QString precisionText(LocationPrecision p)
{
    switch (p) {
    case LocationPrecision::Exact:
        return IncidentTableModel::tr("exact");
    case LocationPrecision::Street:
        return IncidentTableModel::tr("street");
    case LocationPrecision::AreaCentroid:
        return IncidentTableModel::tr("district centre");
    case LocationPrecision::MunicipalityCentroid:
        return IncidentTableModel::tr("municipality centre");
    case LocationPrecision::CountyCentroid:
        return IncidentTableModel::tr("county centre");
    }
    return {};
}
} // namespace

IncidentTableModel::IncidentTableModel(QObject *parent)
    : FeatureTableModel(parent)
{}

IncidentTableModel::~IncidentTableModel() = default;

void IncidentTableModel::setStore(const QString &path, std::shared_ptr<const render::MapData> snapshot)
{
    beginResetModel();
    m_data = std::move(snapshot);
    m_store.reset();
    if (auto opened = store::openStoreReader(path))
        m_store = std::move(*opened);
    m_rows.clear();
    m_loaded = 0;
    m_cache.clear();
    m_categoryLabels.clear();
    if (m_data)
        for (const lb::Category &c : m_data->categories)
            m_categoryLabels << localizedLabel(c.labelSv, c.labelEn);
    endResetModel();
}

void IncidentTableModel::setFilter(const render::MapFilter &filter, const DisclosureRules &rules)
{
    beginResetModel();
    m_rows.clear();
    m_loaded = 0;
    if (m_data) {
        const render::CompiledMapFilter f(filter, *m_data);
        const render::IncidentSnapshot &inc = m_data->incidents;
        for (size_t i = 0; i < inc.size(); ++i) {
            if (inc.sensitive[i] && !rules.showSensitivePoints)
                continue;
            if (f.accepts(inc.times[i], inc.hour[i], inc.category[i], inc.precision[i], inc.source[i], inc.district[i]))
                m_rows.push_back({inc.ids[i], inc.times[i], inc.positions[i], inc.category[i], inc.precision[i]});
        }
        for (const render::CentreStack &s : m_data->centreStacks) {
            for (size_t i = 0; i < s.times.size(); ++i)
                if (f.accepts(s.times[i], s.hours[i], s.categories[i], s.precision, s.sources[i], s.district))
                    m_rows.push_back({s.ids[i], s.times[i], s.position, s.categories[i], s.precision});
            if (!rules.showSensitivePoints)
                continue;
            for (size_t i = 0; i < s.sensitiveTimes.size(); ++i)
                if (f.accepts(s.sensitiveTimes[i], s.sensitiveHours[i], s.sensitiveCategories[i], s.precision,
                              s.sensitiveSources[i], s.district))
                    m_rows.push_back(
                        {s.sensitiveIds[i], s.sensitiveTimes[i], s.position, s.sensitiveCategories[i], s.precision});
        }
        std::sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) { return a.time < b.time; });
    }
    m_loaded = int(std::min<size_t>(m_rows.size(), batchRows));
    endResetModel();
}

int IncidentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_loaded;
}

int IncidentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool IncidentTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && size_t(m_loaded) < m_rows.size();
}

void IncidentTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int more = int(std::min<size_t>(m_rows.size() - size_t(m_loaded), batchRows));
    beginInsertRows({}, m_loaded, m_loaded + more - 1);
    m_loaded += more;
    endInsertRows();
}

int IncidentTableModel::rowOf(FeatureId id)
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(), [id](const Row &r) { return r.id == id; });
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

std::optional<Incident> IncidentTableModel::incidentAt(int row) const
{
    const Row &r = m_rows[size_t(row)];
    if (auto it = m_cache.constFind(r.id); it != m_cache.constEnd())
        return *it;
    if (!m_store)
        return std::nullopt;
    // Every incident at this position comes in one R-tree query; the neighbours are kept too.
    store::IncidentFilter f;
    f.extent = Extent{r.position.x - 0.01, r.position.y - 0.01, r.position.x + 0.01, r.position.y + 0.01};
    auto found = m_store->incidents(f);
    if (!found)
        return std::nullopt;
    if (m_cache.size() > maxCached)
        m_cache.clear();
    for (const Incident &i : *found)
        m_cache.insert(i.id, i);
    if (auto it = m_cache.constFind(r.id); it != m_cache.constEnd())
        return *it;
    return std::nullopt;
}

QString IncidentTableModel::categoryLabelAt(int row) const
{
    const std::uint16_t c = m_rows[size_t(row)].category;
    return c < m_categoryLabels.size() ? m_categoryLabels[c] : tr("other");
}

QString IncidentTableModel::cellText(const Row &r, int column) const
{
    const QLocale locale;
    switch (column) {
    case Time:
        return locale.toString(toDateTime(r.time, m_data->timeZone), QStringLiteral("yyyy-MM-dd HH:mm"));
    case Category:
        return r.category < m_categoryLabels.size() ? m_categoryLabels[r.category] : tr("other");
    case Precision:
        return precisionText(r.precision);
    case East:
        return locale.toString(r.position.x, 'f', 0);
    case North:
        return locale.toString(r.position.y, 'f', 0);
    default:
        break;
    }
    const auto incident = incidentAt(int(&r - m_rows.data()));
    if (!incident)
        return {};
    switch (column) {
    case Source:
        return incident->source;
    case Reference:
        return incident->sourceRef;
    case Description:
        return incident->description;
    case Batch:
        return incident->batchId > 0 ? locale.toString(qint64(incident->batchId)) : QString();
    default:
        return {};
    }
}

QVariant IncidentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_loaded)
        return {};
    if (role == Qt::TextAlignmentRole && (index.column() == East || index.column() == North))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    return cellText(m_rows[size_t(index.row())], index.column());
}

QVariant IncidentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time (local)");
    case Category:
        return tr("Category");
    case Source:
        return tr("Source");
    case Reference:
        return tr("Reference");
    case Precision:
        return tr("Precision");
    case East:
        return tr("E");
    case North:
        return tr("N");
    case Description:
        return tr("Description");
    case Batch:
        return tr("Import batch");
    default:
        return {};
    }
}

void IncidentTableModel::sort(int column, Qt::SortOrder order)
{
    beginResetModel();
    const auto key = [&](const Row &a, const Row &b) {
        switch (column) {
        case Category: {
            const QString la = a.category < m_categoryLabels.size() ? m_categoryLabels[a.category] : QString();
            const QString lb = b.category < m_categoryLabels.size() ? m_categoryLabels[b.category] : QString();
            return la.localeAwareCompare(lb) < 0;
        }
        case Precision:
            return a.precision < b.precision;
        case East:
            return a.position.x < b.position.x;
        case North:
            return a.position.y < b.position.y;
        default:
            // The text fields live in the store, not in the snapshot: time order.
            return a.time < b.time;
        }
    };
    if (order == Qt::AscendingOrder)
        std::stable_sort(m_rows.begin(), m_rows.end(), key);
    else
        std::stable_sort(m_rows.begin(), m_rows.end(), [&](const Row &a, const Row &b) { return key(b, a); });
    endResetModel();
}

QStringList IncidentTableModel::exportHeader() const
{
    QStringList h;
    for (int c = 0; c < ColumnCount; ++c)
        h << headerData(c, Qt::Horizontal).toString();
    return h;
}

QStringList IncidentTableModel::exportRow(int row) const
{
    const Row &r = m_rows[size_t(row)];
    QStringList out;
    for (int c = 0; c < ColumnCount; ++c) {
        if (c == East)
            out << QString::number(r.position.x, 'f', 1);
        else if (c == North)
            out << QString::number(r.position.y, 'f', 1);
        else if (c == Batch) {
            const auto incident = incidentAt(row);
            out << (incident && incident->batchId > 0 ? QString::number(incident->batchId) : QString());
        } else
            out << cellText(r, c);
    }
    return out;
}

} // namespace lb::app
