// PgStoreReader's reads of whole incident records, of incident counts by time and of interventions:
// the same values as the GeoPackage store's Store::incidents, store::countIncidentTimes (grouped
// on the server) and InterventionStore.

#include "pgstore/gpkg_wkb.h"
#include "pgstore/pg_incidents.h"
#include "pgstore/pg_store_reader.h"
#include "store/gpkg_geometry.h"

#include <QCoreApplication>
#include <QDateTime>

#include <map>
#include <tuple>

namespace lb::pgstore {

Result<std::vector<Incident>> PgStoreReader::incidents(const store::IncidentFilter &filter) const
{
    std::vector<Incident> out;
    const Status s = selectIncidents(
        m_db, filter,
        QStringLiteral("floor(extract(epoch FROM occurred_at))::bigint, time_precision, category, source, source_ref, "
                       "location_precision, description, batch_id"),
        [&](const PgRows &rows, int r) {
            Incident i;
            i.id = rows.int64(r, 0);
            i.position = {rows.real(r, 1), rows.real(r, 2)};
            i.occurredAt = rows.int64(r, 3);
            i.timePrecision = timePrecisionFromString(rows.text(r, 4)).value_or(TimePrecision::Exact);
            i.category = rows.text(r, 5);
            i.source = rows.text(r, 6);
            i.sourceRef = rows.text(r, 7);
            i.locationPrecision = locationPrecisionFromString(rows.text(r, 8)).value_or(LocationPrecision::Exact);
            i.description = rows.text(r, 9);
            i.batchId = rows.isNull(r, 10) ? 0 : rows.int64(r, 10);
            out.push_back(std::move(i));
        });
    if (!s)
        return s.error();
    return out;
}

Result<store::IncidentTimeCounts> PgStoreReader::countIncidentTimes(const store::IncidentFilter &filter,
                                                                    store::CountBucket bucket, bool bySource) const
{
    if (filter.extent || filter.areaId > 0)
        return Error{
            QCoreApplication::translate("lb::store::Store", "Counting by time cannot select incidents by place.")};
    // The server groups by the UTC bucket, whether the incident lies on minute 0 (the trends tell
    // an incident known to the hour from one at 12:00 exactly), category, precision and source.
    const bool hours = bucket == store::CountBucket::Hour;
    QStringList where{QStringLiteral("geom IS NOT NULL")};
    QStringList params;
    if (filter.span) {
        constexpr Instant kNoBound = 100'000'000'000;
        if (filter.span->begin > -kNoBound) {
            params << QString::number(filter.span->begin);
            where << QStringLiteral("occurred_at >= to_timestamp($%1)").arg(params.size());
        }
        if (filter.span->end < kNoBound) {
            params << QString::number(filter.span->end);
            where << QStringLiteral("occurred_at < to_timestamp($%1)").arg(params.size());
        }
    }
    const auto inList = [&](const char *column, const QStringList &values) {
        if (values.isEmpty())
            return;
        QStringList marks;
        for (const QString &v : values) {
            params << v;
            marks << QStringLiteral("$%1").arg(params.size());
        }
        where << QStringLiteral("%1 IN (%2)").arg(QLatin1String(column), marks.join(QLatin1Char(',')));
    };
    inList("category", filter.categories);
    inList("source", filter.sources);
    const QString sql =
        QStringLiteral("SELECT floor(extract(epoch FROM occurred_at) / %1)::bigint AS b, extract(minute FROM "
                       "occurred_at AT TIME ZONE 'UTC') = 0 AS m0, category, time_precision, %2 AS s, count(*) FROM "
                       "incidents WHERE %3 GROUP BY b, m0, category, time_precision, s ORDER BY b, m0, category, "
                       "time_precision, s")
            .arg(hours ? 3600 : 60)
            .arg(bySource ? QStringLiteral("coalesce(source, '')") : QStringLiteral("''"))
            .arg(where.join(QStringLiteral(" AND ")));
    auto rows = m_db.query(sql, params);
    if (!rows)
        return Error{QCoreApplication::translate("lb::store::Store", "Could not count the incidents: %1")
                         .arg(rows.errorMessage())};
    store::IncidentTimeCounts out;
    std::map<QString, std::uint16_t> categories, sources;
    const auto indexOf = [](std::map<QString, std::uint16_t> &index, QStringList &names, const QString &name) {
        auto it = index.find(name);
        if (it == index.end()) {
            it = index.emplace(name, static_cast<std::uint16_t>(names.size())).first;
            names << name;
        }
        return it->second;
    };
    for (int r = 0; r < rows->rowCount(); ++r) {
        const Instant t = rows->int64(r, 0) * (hours ? 3600 : 60);
        const bool onMinuteZero = rows->text(r, 1) == QLatin1String("t");
        out.times.push_back(hours && !onMinuteZero ? t + 60 : t);
        out.category.push_back(indexOf(categories, out.categories, rows->text(r, 2)));
        out.precision.push_back(timePrecisionFromString(rows->text(r, 3)).value_or(TimePrecision::Exact));
        out.source.push_back(bySource ? indexOf(sources, out.sources, rows->text(r, 4)) : std::uint16_t{0});
        out.counts.push_back(rows->int64(r, 5));
        out.total += out.counts.back();
    }
    return out;
}

Result<std::vector<Intervention>> PgStoreReader::interventions() const
{
    auto rows = m_db.query(QStringLiteral("SELECT fid, name, kind, shape, radius_m, starts_on, ends_on, organisation, "
                                          "cost, description, encode(ST_AsBinary(geom), 'hex') FROM interventions "
                                          "ORDER BY starts_on, fid"));
    if (!rows)
        return rows.error();
    std::vector<Intervention> out;
    std::map<std::int64_t, std::size_t> index;
    for (int r = 0; r < rows->rowCount(); ++r) {
        Intervention i;
        i.id = rows->int64(r, 0);
        i.name = rows->text(r, 1);
        i.kind = rows->text(r, 2);
        i.shape = interventionShapeFromString(rows->text(r, 3)).value_or(InterventionShape::Districts);
        i.radius = rows->real(r, 4);
        i.startsOn = QDate::fromString(rows->text(r, 5), Qt::ISODate);
        i.endsOn = rows->isNull(r, 6) ? QDate() : QDate::fromString(rows->text(r, 6), Qt::ISODate);
        i.organisation = rows->text(r, 7);
        if (!rows->isNull(r, 8))
            i.cost = rows->real(r, 8);
        i.description = rows->text(r, 9);
        if (!rows->isNull(r, 10)) {
            const QByteArray blob = wkbToGpkg(QByteArray::fromHex(rows->text(r, 10).toLatin1()), m_epsg);
            const auto *data = reinterpret_cast<const unsigned char *>(blob.constData());
            const int size = static_cast<int>(blob.size());
            switch (i.shape) {
            case InterventionShape::Point:
                i.point = store::decodePoint(data, size).value_or(PointXY{});
                break;
            case InterventionShape::Route:
                i.route = store::decodeLineString(data, size).value_or(LineString{});
                break;
            case InterventionShape::Polygon:
                i.polygon = store::decodeMultiPolygon(data, size).value_or(MultiPolygon{});
                break;
            case InterventionShape::Districts:
                break;
            }
        }
        index[i.id] = out.size();
        out.push_back(std::move(i));
    }
    // The file keeps these in the order they were entered; the copy keeps the same ids in order.
    auto areas = m_db.query(QStringLiteral("SELECT intervention_id, area_id FROM intervention_areas ORDER BY "
                                           "intervention_id, area_id"));
    auto links = m_db.query(QStringLiteral("SELECT intervention_id, target_table, target_fid FROM intervention_links "
                                           "ORDER BY intervention_id, target_table, target_fid"));
    if (!areas)
        return areas.error();
    if (!links)
        return links.error();
    for (int r = 0; r < areas->rowCount(); ++r)
        if (auto it = index.find(areas->int64(r, 0)); it != index.end())
            out[it->second].areaIds.push_back(areas->int64(r, 1));
    for (int r = 0; r < links->rowCount(); ++r)
        if (auto it = index.find(links->int64(r, 0)); it != index.end())
            out[it->second].links.push_back({links->text(r, 1), links->int64(r, 2)});
    return out;
}

Result<std::vector<InterventionKind>> PgStoreReader::interventionKinds() const
{
    auto rows =
        m_db.query(QStringLiteral("SELECT code, label_sv, label_en, sort_order FROM intervention_kinds ORDER BY "
                                  "sort_order, id"));
    if (!rows)
        return rows.error();
    std::vector<InterventionKind> out;
    for (int r = 0; r < rows->rowCount(); ++r)
        out.push_back({rows->text(r, 0), rows->text(r, 1), rows->text(r, 2), static_cast<int>(rows->int64(r, 3))});
    return out;
}

Result<WalkPlan> PgStoreReader::walkPoints(FeatureId walkId) const
{
    auto rows = m_db.query(QStringLiteral("SELECT fid, ST_X(geom), ST_Y(geom), walk_id, number, reason, place, why, "
                                          "source_table, source_fid, weight FROM walk_points WHERE walk_id = $1 ORDER "
                                          "BY number, fid"),
                           {QString::number(walkId)});
    if (!rows)
        return rows.error();
    WalkPlan out;
    for (int r = 0; r < rows->rowCount(); ++r) {
        WalkPoint p;
        p.id = rows->int64(r, 0);
        p.position = rows->isNull(r, 1) ? PointXY{} : PointXY{rows->real(r, 1), rows->real(r, 2)};
        p.walkId = rows->int64(r, 3);
        p.number = static_cast<int>(rows->int64(r, 4));
        p.reason = walkPointReasonFromString(rows->text(r, 5)).value_or(WalkPointReason::Added);
        p.place = rows->text(r, 6);
        p.why = rows->text(r, 7);
        p.sourceTable = rows->text(r, 8);
        p.sourceId = rows->isNull(r, 9) ? 0 : rows->int64(r, 9);
        p.weight = rows->int64(r, 10);
        out.push_back(std::move(p));
    }
    return out;
}

Result<std::vector<store::FindingPhoto>> PgStoreReader::findingPhotos(FeatureId findingId, bool withData) const
{
    auto rows = m_db.query(QStringLiteral("SELECT id, finding_id, file_name, mime_type, to_char(added_at AT TIME ZONE "
                                          "'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), length(data)%1 FROM "
                                          "finding_photos WHERE finding_id = $1 ORDER BY id")
                               .arg(withData ? QStringLiteral(", encode(data, 'hex')") : QString()),
                           {QString::number(findingId)});
    if (!rows)
        return rows.error();
    std::vector<store::FindingPhoto> out;
    for (int r = 0; r < rows->rowCount(); ++r) {
        store::FindingPhoto p;
        p.id = rows->int64(r, 0);
        p.findingId = rows->int64(r, 1);
        p.fileName = rows->text(r, 2);
        p.mimeType = rows->text(r, 3);
        p.addedAt = QDateTime::fromString(rows->text(r, 4), Qt::ISODateWithMs);
        p.size = rows->int64(r, 5);
        if (withData)
            p.data = QByteArray::fromHex(rows->text(r, 6).toLatin1());
        out.push_back(std::move(p));
    }
    return out;
}

} // namespace lb::pgstore
