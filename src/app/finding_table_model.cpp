#include "app/finding_table_model.h"

#include "app/finding_commands.h"
#include "app/shared_store.h"
#include "core/taxonomy.h"
#include "store/store.h"

#include <QLocale>

namespace lb::app {

void FindingTableModel::setStore(const QString &path, std::shared_ptr<const render::MapData> snapshot)
{
    m_walkNames.clear();
    m_walkDates.clear();
    m_kindLabels.clear();
    if (snapshot) {
        for (const lb::Walk &w : snapshot->walks) {
            m_walkNames.insert(w.id, w.name);
            m_walkDates.insert(w.id, w.date);
        }
    }
    // The kind labels are the store's; a store that cannot be read keeps the codes.
    for (const FindingKind &k : findingKindsOf(path))
        m_kindLabels.insert(k.code, localizedLabel(k.labelSv, k.labelEn));
    RecordTableModel::setStore(path, std::move(snapshot));
}

bool FindingTableModel::accepts(size_t i, const render::MapFilter &filter) const
{
    const WalkFinding &f = snapshot().findings[i];
    return filter.acceptsFinding(f, m_walkDates.value(f.walkId));
}

QString FindingTableModel::title(int column) const
{
    switch (column) {
    case Walk:
        return tr("Walk");
    case Kind:
        return tr("Kind");
    case Status:
        return tr("Status");
    case Responsible:
        return tr("Responsible");
    case DueDate:
        return tr("Due");
    case FixedDate:
        return tr("Fixed on");
    case Description:
        return tr("Description");
    case East:
        return tr("E");
    case North:
        return tr("N");
    default:
        return {};
    }
}

QString FindingTableModel::cellText(size_t i, int column) const
{
    const WalkFinding &f = snapshot().findings[i];
    const QLocale locale;
    const auto date = [](const QDate &d) {
        return d.isValid() ? d.toString(Qt::ISODate) : QString();
    };
    switch (column) {
    case Walk:
        return m_walkNames.value(f.walkId);
    case Kind:
        return m_kindLabels.value(f.kind, f.kind);
    case Status:
        return findingStatusLabel(f.status);
    case Responsible:
        return f.responsible;
    case DueDate:
        return date(f.dueDate);
    case FixedDate:
        return date(f.fixedDate);
    case Description:
        return f.description;
    case East:
        return locale.toString(f.position.x, 'f', 0);
    case North:
        return locale.toString(f.position.y, 'f', 0);
    default:
        return {};
    }
}

QString FindingTableModel::exportText(size_t i, int column) const
{
    const WalkFinding &f = snapshot().findings[i];
    if (column == East)
        return QString::number(f.position.x, 'f', 1);
    if (column == North)
        return QString::number(f.position.y, 'f', 1);
    return cellText(i, column);
}

QVariant FindingTableModel::sortKey(size_t i, int column) const
{
    const WalkFinding &f = snapshot().findings[i];
    switch (column) {
    case Status:
        return int(f.status);
    case East:
        return f.position.x;
    case North:
        return f.position.y;
    default:
        return cellText(i, column);
    }
}

} // namespace lb::app
