#include "pgstore/pg_incidents.h"

#include "pgstore/gpkg_wkb.h"
#include "pgstore/pg_connection.h"
#include "store/gpkg_geometry.h"

#include <QCoreApplication>

#include <QDateTime>

#include <cstring>
#include <map>

namespace lb::pgstore {

namespace {

// A point as EWKB hex: little-endian, type 1 with the SRID flag, the SRID, x, y.
QByteArray pointEwkbHex(PointXY p, std::int32_t srid)
{
    QByteArray bytes;
    bytes.reserve(25);
    const auto put = [&bytes](const void *data, int size) {
        bytes.append(static_cast<const char *>(data), size);
    };
    const char order = 1;
    const std::uint32_t type = 0x20000001;
    put(&order, 1);
    put(&type, 4);
    put(&srid, 4);
    put(&p.x, 8);
    put(&p.y, 8);
    return bytes.toHex();
}

QByteArray utf8(const QString &s)
{
    return s.isNull() ? QByteArray() : (s.isEmpty() ? QByteArray("") : s.toUtf8());
}

} // namespace

Result<std::int64_t> writeIncidents(const PgConnection &db, const std::vector<Incident> &incidents)
{
    auto srid = db.queryText(QStringLiteral("SELECT value FROM lb_meta WHERE key = 'crs_epsg'"));
    if (!srid)
        return srid.error();
    const std::int32_t epsg = srid->toInt();
    size_t next = 0;
    const auto fill = [&](QByteArray &buffer) {
        for (; next < incidents.size() && buffer.size() < (1 << 20); ++next) {
            const Incident &i = incidents[next];
            appendCopyField(buffer, pointEwkbHex(i.position, epsg));
            appendCopyField(buffer,
                            QDateTime::fromSecsSinceEpoch(i.occurredAt, Qt::UTC).toString(Qt::ISODate).toLatin1());
            appendCopyField(buffer, utf8(toString(i.timePrecision)));
            appendCopyField(buffer, utf8(i.category));
            appendCopyField(buffer, utf8(i.source));
            appendCopyField(buffer, utf8(i.sourceRef));
            appendCopyField(buffer, utf8(toString(i.locationPrecision)));
            appendCopyField(buffer, utf8(i.description));
            appendCopyField(buffer, i.batchId > 0 ? QByteArray::number(i.batchId) : QByteArray());
            endCopyRow(buffer);
        }
        return next < incidents.size();
    };
    if (Status s = db.copyIn(QStringLiteral("COPY incidents (geom, occurred_at, time_precision, category, source, "
                                            "source_ref, location_precision, description, batch_id) FROM STDIN"),
                             fill);
        !s)
        return s.error();
    return static_cast<std::int64_t>(incidents.size());
}

Status selectIncidents(const PgConnection &db, const store::IncidentFilter &filter, const QString &columns,
                       const std::function<void(const PgRows &rows, int row)> &row)
{
    QStringList where;
    QStringList params;
    const auto param = [&params](const QString &value) {
        params << value;
        return QStringLiteral("$%1").arg(params.size());
    };
    std::optional<Extent> extent = filter.extent;
    std::optional<MultiPolygon> area;
    if (filter.areaId > 0) {
        // The area narrows the search by its bounding box on the index; the points inside it are
        // then kept with the GeoPackage store's own test, so both kinds select the same incidents.
        auto rows = db.query(QStringLiteral("SELECT encode(ST_AsBinary(geom), 'hex'), ST_SRID(geom) FROM areas "
                                            "WHERE fid = $1"),
                             {QString::number(filter.areaId)});
        if (!rows)
            return rows.error();
        if (rows->rowCount() == 0)
            return Error{QCoreApplication::translate("lb::store::Store", "Area %1 does not exist.").arg(filter.areaId)};
        const QByteArray gpkg =
            wkbToGpkg(QByteArray::fromHex(rows->text(0, 0).toLatin1()), static_cast<std::int32_t>(rows->int64(0, 1)));
        area = store::decodeMultiPolygon(reinterpret_cast<const unsigned char *>(gpkg.constData()),
                                         static_cast<int>(gpkg.size()));
        if (area) {
            const Extent a = extentOf(*area);
            extent = extent ? Extent{std::max(extent->minX, a.minX), std::max(extent->minY, a.minY),
                                     std::min(extent->maxX, a.maxX), std::min(extent->maxY, a.maxY)}
                            : a;
        }
    }
    if (extent) {
        const Extent &e = *extent;
        // && compares bounding boxes through the GiST index; the points on the border count, as
        // in the GeoPackage store's R-tree query.
        where << QStringLiteral("geom && ST_MakeEnvelope(%1, %2, %3, %4, ST_SRID(geom))")
                     .arg(param(QString::number(e.minX, 'g', 17)), param(QString::number(e.minY, 'g', 17)),
                          param(QString::number(e.maxX, 'g', 17)), param(QString::number(e.maxY, 'g', 17)));
    }
    if (filter.span) {
        // An open side of the span is a huge number that no timestamp reaches: it sets no bound.
        constexpr Instant kNoBound = 100'000'000'000; // about the year 5138
        if (filter.span->begin > -kNoBound)
            where << QStringLiteral("occurred_at >= to_timestamp(%1)").arg(param(QString::number(filter.span->begin)));
        if (filter.span->end < kNoBound)
            where << QStringLiteral("occurred_at < to_timestamp(%1)").arg(param(QString::number(filter.span->end)));
    }
    const auto arrayLiteral = [](const QStringList &values) {
        QStringList quoted;
        for (const QString &value : values) {
            QString v = value;
            v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
            v.replace(QLatin1Char('"'), QLatin1String("\\\""));
            quoted << QString(QLatin1Char('"') + v + QLatin1Char('"'));
        }
        return QString(QLatin1Char('{') + quoted.join(QLatin1Char(',')) + QLatin1Char('}'));
    };
    if (!filter.categories.isEmpty())
        where << QStringLiteral("category = ANY(%1::text[])").arg(param(arrayLiteral(filter.categories)));
    if (!filter.sources.isEmpty())
        where << QStringLiteral("source = ANY(%1::text[])").arg(param(arrayLiteral(filter.sources)));
    const QString sql =
        QStringLiteral("SELECT fid, ST_X(geom), ST_Y(geom)%1 FROM incidents WHERE geom IS NOT NULL%2 ORDER BY fid")
            .arg(columns.isEmpty() ? QString() : QStringLiteral(", ") + columns,
                 where.isEmpty() ? QString() : QStringLiteral(" AND ") + where.join(QStringLiteral(" AND ")));
    auto rows = db.query(sql, params);
    if (!rows)
        return rows.error();
    for (int r = 0; r < rows->rowCount(); ++r) {
        if (area && !contains(*area, PointXY{rows->real(r, 1), rows->real(r, 2)}))
            continue;
        row(*rows, r);
    }
    return {};
}

Result<store::IncidentPoints> readIncidentPoints(const PgConnection &db, const store::IncidentFilter &filter)
{
    store::IncidentPoints points;
    std::map<QString, std::uint16_t> categoryIndex;
    std::map<QString, std::uint16_t> sourceIndex;
    // Whole seconds, as the GeoPackage store reads its times.
    const Status s = selectIncidents(
        db, filter,
        QStringLiteral("floor(extract(epoch FROM occurred_at))::bigint, category, location_precision, "
                       "coalesce(source, '')"),
        [&](const PgRows &rows, int r) {
            points.ids.push_back(rows.int64(r, 0));
            points.positions.push_back({rows.real(r, 1), rows.real(r, 2)});
            points.times.push_back(rows.int64(r, 3));
            const QString category = rows.text(r, 4);
            auto it = categoryIndex.find(category);
            if (it == categoryIndex.end()) {
                it = categoryIndex.emplace(category, static_cast<std::uint16_t>(points.categories.size())).first;
                points.categories << category;
            }
            points.categoryIndex.push_back(it->second);
            points.precision.push_back(locationPrecisionFromString(rows.text(r, 5)).value_or(LocationPrecision::Exact));
            const QString source = rows.text(r, 6);
            auto src = sourceIndex.find(source);
            if (src == sourceIndex.end()) {
                src = sourceIndex.emplace(source, static_cast<std::uint16_t>(points.sources.size())).first;
                points.sources << source;
            }
            points.sourceIndex.push_back(src->second);
        });
    if (!s)
        return s.error();
    return points;
}

} // namespace lb::pgstore
