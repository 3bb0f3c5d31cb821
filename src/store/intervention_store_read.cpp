// Reads of interventions (see intervention_store.h).

#include "store/gpkg_geometry.h"
#include "store/intervention_store.h"
#include "store/store.h"

#include <QCoreApplication>

#include <map>

namespace lb::store {

namespace {
Intervention fromRow(const Statement &row)
{
    Intervention i;
    i.id = row.int64(0);
    i.name = row.text(1);
    i.kind = row.text(2);
    i.shape = interventionShapeFromString(row.text(3)).value_or(InterventionShape::Districts);
    i.radius = row.real(4);
    i.startsOn = QDate::fromString(row.text(5), Qt::ISODate);
    i.endsOn = QDate::fromString(row.text(6), Qt::ISODate);
    i.organisation = row.text(7);
    if (!row.isNull(8))
        i.cost = row.real(8);
    i.description = row.text(9);
    int size = 0;
    const unsigned char *blob = row.blob(10, &size);
    if (blob && size > 0) {
        switch (i.shape) {
        case InterventionShape::Point:
            i.point = decodePoint(blob, size).value_or(PointXY{});
            break;
        case InterventionShape::Route:
            i.route = decodeLineString(blob, size).value_or(LineString{});
            break;
        case InterventionShape::Polygon:
            i.polygon = decodeMultiPolygon(blob, size).value_or(MultiPolygon{});
            break;
        case InterventionShape::Districts:
            break;
        }
    }
    return i;
}
} // namespace

Result<std::vector<Intervention>> InterventionStore::interventions() const
{
    const Database &db = m_store.database();
    auto stmt = db.prepare(QStringLiteral("SELECT fid, name, kind, shape, radius_m, starts_on, ends_on, organisation, "
                                          "cost, description, geom FROM interventions ORDER BY starts_on, fid"));
    if (!stmt)
        return stmt.error();
    std::vector<Intervention> out;
    std::map<std::int64_t, std::size_t> index;
    while (stmt->step()) {
        index[stmt->int64(0)] = out.size();
        out.push_back(fromRow(*stmt));
    }
    if (stmt->failed())
        return Error{stmt->lastError()};
    auto areas = db.prepare(QStringLiteral("SELECT intervention_id, area_id FROM intervention_areas ORDER BY rowid"));
    auto links = db.prepare(
        QStringLiteral("SELECT intervention_id, target_table, target_fid FROM intervention_links ORDER BY rowid"));
    if (!areas || !links)
        return Error{db.lastError()};
    while (areas->step())
        if (auto it = index.find(areas->int64(0)); it != index.end())
            out[it->second].areaIds.push_back(areas->int64(1));
    while (links->step())
        if (auto it = index.find(links->int64(0)); it != index.end())
            out[it->second].links.push_back({links->text(1), links->int64(2)});
    return out;
}

Result<Intervention> InterventionStore::intervention(std::int64_t id) const
{
    auto all = interventions();
    if (!all)
        return all.error();
    for (Intervention &i : *all)
        if (i.id == id)
            return std::move(i);
    return Error{QCoreApplication::translate("lb::store::InterventionStore", "There is no intervention %1.").arg(id)};
}

} // namespace lb::store
