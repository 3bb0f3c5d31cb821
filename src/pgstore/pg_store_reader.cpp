#include "pgstore/pg_store_reader.h"

#include "core/local_clock.h"
#include "pgstore/pg_incidents.h"
#include "pgstore/pg_schema.h"
#include "store/schema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

#include <map>

namespace lb::pgstore {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::pgstore::PgStore)
};

QString utcText(Instant t)
{
    return QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate);
}
} // namespace

QString withoutPassword(const QString &url)
{
    QString out = url;
    // user:password@host in the authority, and a password=... parameter in the query.
    out.replace(QRegularExpression(QStringLiteral("^(postgres(?:ql)?://[^/@:]*):[^/@]*@")), QStringLiteral("\\1@"));
    out.replace(QRegularExpression(QStringLiteral("([?&])password=[^&]*&?")), QStringLiteral("\\1"));
    if (out.endsWith(QLatin1Char('&')) || out.endsWith(QLatin1Char('?')))
        out.chop(1);
    return out;
}

Result<std::unique_ptr<PgStoreReader>> PgStoreReader::open(const QString &url)
{
    auto db = PgConnection::open(url);
    if (!db)
        return db.error();
    if (Status s = db->exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")); !s)
        return s.error();
    auto version = pgSchemaVersion(*db);
    if (!version)
        return version.error();
    if (*version == 0)
        return Error{Tr::tr("The database holds no Lägesbild store. Copy one into it with lagesbild-cli copy-store.")};
    if (*version != kPgSchemaVersion)
        return Error{Tr::tr("The shared store has schema version %1; this program reads version %2.")
                         .arg(*version)
                         .arg(kPgSchemaVersion)};
    std::unique_ptr<PgStoreReader> reader(new PgStoreReader(std::move(*db)));
    reader->m_location = withoutPassword(url);
    reader->m_schemaVersion = *version;
    reader->m_epsg = reader->metaValue(QStringLiteral("crs_epsg")).value_or(QString()).toInt();
    if (reader->m_epsg <= 0)
        return Error{Tr::tr("The shared store has no coordinate reference system recorded.")};
    auto crs = reader->m_db.query(QStringLiteral("SELECT srs_name FROM crs_definitions WHERE srs_id = $1"),
                                  {QString::number(reader->m_epsg)});
    reader->m_crsName = crs && crs->rowCount() > 0 ? crs->text(0, 0) : QStringLiteral("EPSG:%1").arg(reader->m_epsg);
    reader->m_timeZone =
        QTimeZone(reader->metaValue(QStringLiteral("time_zone")).value_or(QStringLiteral("UTC")).toUtf8());
    if (!reader->m_timeZone.isValid())
        reader->m_timeZone = QTimeZone::utc();
    reader->m_name = reader->metaValue(QStringLiteral("name")).value_or(QString());
    return reader;
}

std::optional<QString> PgStoreReader::metaValue(const QString &key) const
{
    auto rows = m_db.query(QStringLiteral("SELECT value FROM lb_meta WHERE key = $1"), {key});
    if (!rows || rows->rowCount() == 0)
        return std::nullopt;
    return rows->text(0, 0);
}

Result<std::vector<store::LayerInfo>> PgStoreReader::layers() const
{
    std::vector<store::LayerInfo> out;
    for (const store::FeatureTableSpec &spec : store::featureTables()) {
        store::LayerInfo info;
        info.table = QString::fromLatin1(spec.name);
        info.geometryType = QString::fromLatin1(spec.geometryType);
        // As in the GeoPackage store: the count from the table, the extent as recorded with the
        // layer (copied with the store), else from the geometries.
        auto rows = m_db.query(QStringLiteral("SELECT (SELECT count(*) FROM %1), c.min_x, c.min_y, c.max_x, c.max_y, "
                                              "ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM (SELECT "
                                              "ST_Extent(geom) AS e FROM %1) x LEFT JOIN layer_contents c ON "
                                              "c.table_name = $1")
                                   .arg(info.table),
                               {info.table});
        if (!rows)
            return rows.error();
        info.count = rows->int64(0, 0);
        if (rows->rowCount() > 0 && !rows->isNull(0, 1))
            info.extent = {rows->real(0, 1), rows->real(0, 2), rows->real(0, 3), rows->real(0, 4)};
        else if (info.count > 0 && !rows->isNull(0, 5))
            info.extent = {rows->real(0, 5), rows->real(0, 6), rows->real(0, 7), rows->real(0, 8)};
        out.push_back(info);
    }
    return out;
}

Result<std::vector<Category>> PgStoreReader::categories() const
{
    auto rows = m_db.query(QStringLiteral("SELECT code, label_sv, label_en, group_code, sensitive, sort_order FROM "
                                          "categories ORDER BY sort_order, code COLLATE \"C\""));
    if (!rows)
        return rows.error();
    std::vector<Category> out;
    for (int r = 0; r < rows->rowCount(); ++r)
        out.push_back({rows->text(r, 0), rows->text(r, 1), rows->text(r, 2), rows->text(r, 3), rows->int64(r, 4) != 0,
                       static_cast<int>(rows->int64(r, 5))});
    return out;
}

Result<std::vector<FindingKind>> PgStoreReader::findingKinds() const
{
    // Ordered as the file store orders them (SQLite compares text by its bytes).
    auto rows = m_db.query(QStringLiteral("SELECT code, label_sv, label_en, sort_order FROM finding_kinds ORDER BY "
                                          "sort_order, code COLLATE \"C\""));
    if (!rows)
        return rows.error();
    std::vector<FindingKind> out;
    for (int r = 0; r < rows->rowCount(); ++r)
        out.push_back({rows->text(r, 0), rows->text(r, 1), rows->text(r, 2), static_cast<int>(rows->int64(r, 3))});
    return out;
}

Result<store::IncidentPoints> PgStoreReader::incidentPoints(const store::IncidentFilter &filter) const
{
    return readIncidentPoints(m_db, filter);
}

Result<std::vector<store::GroupCount>> PgStoreReader::countIncidents(const store::IncidentFilter &filter,
                                                                     store::GroupBy groupBy) const
{
    using store::GroupBy;
    std::map<QString, std::int64_t> counts;
    if (groupBy == GroupBy::Area) {
        // Each area counted separately, as in the GeoPackage store; areas may overlap.
        auto all = areas();
        if (!all)
            return all.error();
        for (const Area &a : *all) {
            store::IncidentFilter f = filter;
            f.areaId = a.id;
            auto points = incidentPoints(f);
            if (!points)
                return points.error();
            counts[a.name] += static_cast<std::int64_t>(points->size());
        }
    } else if (groupBy == GroupBy::Year || groupBy == GroupBy::Month) {
        // Local calendar periods of the store's time zone.
        auto points = incidentPoints(filter);
        if (!points)
            return points.error();
        const LocalClock clock(m_timeZone);
        for (Instant t : points->times) {
            const LocalFields f = clock.fields(t);
            ++counts[groupBy == GroupBy::Year
                         ? QString::number(f.year)
                         : QStringLiteral("%1-%2").arg(f.year).arg(f.month, 2, 10, QLatin1Char('0'))];
        }
    } else {
        std::map<QString, QString> groupOf;
        if (groupBy == GroupBy::CategoryGroup) {
            auto cats = categories();
            if (!cats)
                return cats.error();
            for (const Category &c : *cats)
                groupOf[c.code] = c.group;
        }
        const Status s =
            selectIncidents(m_db, filter, QStringLiteral("category, source"), [&](const PgRows &rows, int r) {
                QString key = rows.text(r, groupBy == GroupBy::Source ? 4 : 3);
                if (groupBy == GroupBy::CategoryGroup) {
                    const auto it = groupOf.find(key);
                    key = it != groupOf.end() ? it->second : QStringLiteral("other");
                }
                ++counts[key];
            });
        if (!s)
            return s.error();
    }
    std::vector<store::GroupCount> out;
    for (const auto &[key, n] : counts)
        out.push_back({key, n});
    return out;
}

TimeSpan PgStoreReader::incidentTimeSpan() const
{
    auto rows = m_db.query(QStringLiteral("SELECT floor(extract(epoch FROM min(occurred_at)))::bigint, "
                                          "floor(extract(epoch FROM max(occurred_at)))::bigint FROM incidents"));
    if (!rows || rows->rowCount() == 0 || rows->isNull(0, 0))
        return {};
    TimeSpan span{rows->int64(0, 0), rows->int64(0, 1) + 1};
    // Incidents known only to the month or the year run to its end (see store::Store).
    const LocalClock clock(m_timeZone);
    const LocalFields last = clock.fields(span.end - 1);
    const auto coarseIn = [&](Instant from, const char *precision) {
        auto q = m_db.query(QStringLiteral("SELECT 1 FROM incidents WHERE occurred_at >= $1 AND occurred_at < $2 AND "
                                           "time_precision = $3 LIMIT 1"),
                            {utcText(from), utcText(from + 86400), QString::fromLatin1(precision)});
        return q && q->rowCount() > 0;
    };
    if (coarseIn(clock.toUtc(last.year, last.month, 1), "month"))
        span.end = std::max(span.end, last.month == 12 ? clock.toUtc(last.year + 1, 1, 1)
                                                       : clock.toUtc(last.year, last.month + 1, 1));
    if (coarseIn(clock.toUtc(last.year, 1, 1), "year"))
        span.end = std::max(span.end, clock.toUtc(last.year + 1, 1, 1));
    return span;
}

void enableServerStores()
{
    store::setServerStoreOpener([](const QString &location) -> Result<std::unique_ptr<store::StoreReader>> {
        auto reader = PgStoreReader::open(location);
        if (!reader)
            return reader.error();
        return std::unique_ptr<store::StoreReader>(std::move(*reader));
    });
}

} // namespace lb::pgstore
