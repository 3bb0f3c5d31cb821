#include "pgstore/shared_interventions.h"

#include "pgstore/gpkg_wkb.h"
#include "pgstore/pg_connection.h"
#include "store/gpkg_geometry.h"

#include <QCoreApplication>
#include <QLocale>

#include <map>

namespace lb::pgstore {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::pgstore::SharedInterventions)
};

const QString kColumns = QStringLiteral("fid, name, kind, shape, radius_m, starts_on, ends_on, organisation, cost, "
                                        "description, row_version, encode(ST_AsBinary(geom), 'hex')");

// The drawn shape, from the WKB the server gives through the store's own geometry decoding.
void readShape(Intervention &i, const QString &hex)
{
    if (hex.isEmpty())
        return;
    const QByteArray gpkg = wkbToGpkg(QByteArray::fromHex(hex.toLatin1()), 0);
    const auto *data = reinterpret_cast<const unsigned char *>(gpkg.constData());
    switch (i.shape) {
    case InterventionShape::Point:
        i.point = store::decodePoint(data, int(gpkg.size())).value_or(PointXY{});
        break;
    case InterventionShape::Route:
        i.route = store::decodeLineString(data, int(gpkg.size())).value_or(LineString{});
        break;
    case InterventionShape::Polygon:
        i.polygon = store::decodeMultiPolygon(data, int(gpkg.size())).value_or(MultiPolygon{});
        break;
    case InterventionShape::Districts:
        break;
    }
}

Intervention fromRow(const PgRows &rows, int r)
{
    Intervention i;
    i.id = rows.int64(r, 0);
    i.name = rows.text(r, 1);
    i.kind = rows.text(r, 2);
    i.shape = interventionShapeFromString(rows.text(r, 3)).value_or(InterventionShape::Districts);
    i.radius = rows.real(r, 4);
    i.startsOn = QDate::fromString(rows.text(r, 5), Qt::ISODate);
    i.endsOn = QDate::fromString(rows.text(r, 6), Qt::ISODate);
    i.organisation = rows.text(r, 7);
    if (!rows.isNull(r, 8))
        i.cost = rows.real(r, 8);
    i.description = rows.text(r, 9);
    readShape(i, rows.text(r, 11));
    return i;
}

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}
} // namespace

Result<std::vector<VersionedIntervention>> sharedInterventions(const PgConnection &db)
{
    auto rows = db.query(QStringLiteral("SELECT %1 FROM interventions ORDER BY starts_on, fid").arg(kColumns));
    if (!rows)
        return rows.error();
    std::vector<VersionedIntervention> out;
    std::map<std::int64_t, std::size_t> index;
    for (int r = 0; r < rows->rowCount(); ++r) {
        index[rows->int64(r, 0)] = out.size();
        out.push_back({fromRow(*rows, r), rows->int64(r, 10)});
    }
    auto areas = db.query(QStringLiteral("SELECT intervention_id, area_id FROM intervention_areas ORDER BY "
                                         "intervention_id, area_id"));
    if (!areas)
        return areas.error();
    for (int r = 0; r < areas->rowCount(); ++r)
        if (const auto it = index.find(areas->int64(r, 0)); it != index.end())
            out[it->second].intervention.areaIds.push_back(areas->int64(r, 1));
    return out;
}

Result<std::vector<InterventionKind>> sharedInterventionKinds(const PgConnection &db)
{
    auto rows = db.query(QStringLiteral("SELECT code, label_sv, label_en, sort_order FROM intervention_kinds ORDER BY "
                                        "sort_order, code"));
    if (!rows)
        return rows.error();
    std::vector<InterventionKind> out;
    for (int r = 0; r < rows->rowCount(); ++r)
        out.push_back({rows->text(r, 0), rows->text(r, 1), rows->text(r, 2), int(rows->int64(r, 3))});
    return out;
}

Result<InterventionSave> saveIntervention(const PgConnection &db, const Intervention &intervention,
                                          std::int64_t expectedVersion)
{
    const QString cost = intervention.cost ? QString::number(*intervention.cost, 'g', 17) : QString();
    auto updated = db.query(QStringLiteral("UPDATE interventions SET name = $3, kind = $4, starts_on = $5::date, "
                                           "ends_on = $6::date, organisation = $7, cost = $8::double precision, "
                                           "description = $9 WHERE fid = $1 AND row_version = $2 RETURNING "
                                           "row_version"),
                            {QString::number(intervention.id), QString::number(expectedVersion), intervention.name,
                             intervention.kind, dateText(intervention.startsOn), dateText(intervention.endsOn),
                             intervention.organisation, cost, intervention.description});
    if (!updated)
        return updated.error();
    InterventionSave save;
    if (updated->rowCount() == 1) {
        save.saved = true;
        save.newVersion = updated->int64(0, 0);
        return save;
    }
    auto rows = db.query(QStringLiteral("SELECT %1 FROM interventions WHERE fid = $1").arg(kColumns),
                         {QString::number(intervention.id)});
    if (!rows)
        return rows.error();
    if (rows->rowCount() == 0)
        return Error{Tr::tr("The intervention %1 was removed by someone else; your changes were not saved.")
                         .arg(intervention.name)};
    InterventionConflict conflict;
    conflict.current = fromRow(*rows, 0);
    conflict.currentVersion = rows->int64(0, 10);
    auto last = db.query(QStringLiteral("SELECT author, to_char(changed_at AT TIME ZONE 'UTC', "
                                        "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') FROM edit_log WHERE table_name = "
                                        "'interventions' AND feature_id = $1 ORDER BY id DESC LIMIT 1"),
                         {QString::number(intervention.id)});
    if (last && last->rowCount() == 1) {
        conflict.changedBy = last->text(0, 0);
        conflict.changedAt = last->text(0, 1);
    }
    const Intervention &now = conflict.current;
    const QLocale locale;
    conflict.message =
        Tr::tr("%1 saved the intervention %2 at %3, after you opened it; your changes were not saved. It now reads: "
               "%4, %5 to %6, organisation %7, description: %8")
            .arg(conflict.changedBy.isEmpty() ? Tr::tr("Someone else") : conflict.changedBy, intervention.name,
                 conflict.changedAt, now.name, locale.toString(now.startsOn, QLocale::ShortFormat),
                 now.endsOn.isValid() ? locale.toString(now.endsOn, QLocale::ShortFormat) : QStringLiteral("-"),
                 now.organisation, now.description);
    save.conflict = std::move(conflict);
    return save;
}

} // namespace lb::pgstore
