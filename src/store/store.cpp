#include "store/store.h"
#include "store/open_check.h"

#include "core/crs.h"
#include "store/schema.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace lb::store {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::store::Store)
};

} // namespace

Store::~Store()
{
    if (m_stampOnClose && !m_readOnly)
        stampCleanClose(m_db, m_verifiedOnOpen);
}

Result<std::unique_ptr<Store>> Store::create(const QString &path, const StoreOptions &options)
{
    return createImpl(path, options, kCurrentSchemaVersion);
}

Result<std::unique_ptr<Store>> Store::createAtSchemaVersion(const QString &path, const StoreOptions &options,
                                                            int version)
{
    return createImpl(path, options, version);
}

Result<std::unique_ptr<Store>> Store::createImpl(const QString &path, const StoreOptions &options, int version)
{
    if (QFileInfo::exists(path))
        return Error{Tr::tr("%1 already exists; choose another file name.").arg(path)};
    auto crs = crsInfo(options.epsg);
    if (!crs)
        return crs.error();
    if (!crs->projected || !crs->metric)
        return Error{Tr::tr("EPSG:%1 (%2) is not a projected CRS in metres; a store needs one so that distances "
                            "and densities are in metres.")
                         .arg(options.epsg)
                         .arg(crs->name)};
    if (!QTimeZone(options.timeZone.toUtf8()).isValid())
        return Error{Tr::tr("Unknown time zone %1.").arg(options.timeZone)};

    // Build the file under a temporary name and move it into place when complete, so a failure
    // never leaves a half-made store behind.
    const QString tmpPath = path + QStringLiteral(".creating");
    QFile::remove(tmpPath);
    {
        auto db = Database::open(tmpPath, Database::Mode::Create);
        if (!db)
            return db.error();
        // GeoPackage files are written with the default page size and a rollback journal until the
        // schema is complete; WAL is switched on when the store is opened.
        Transaction tx(*db);
        SchemaOptions schema{options.epsg, crs->name, crs->wkt, options.timeZone, options.name};
        Status s = createBaseSchema(*db, schema);
        if (s)
            s = seedTaxonomy(*db);
        if (s)
            s = migrate(*db, 1, version);
        if (s)
            s = tx.commit();
        if (!s) {
            tx.rollback();
            QFile::remove(tmpPath);
            return s.error();
        }
    }
    if (!QFile::rename(tmpPath, path)) {
        QFile::remove(tmpPath);
        return Error{Tr::tr("Cannot write %1.").arg(path)};
    }
    return openImpl(path, Mode::ReadWrite, version == kCurrentSchemaVersion, nullptr);
}

Status Store::loadMeta()
{
    m_epsg = metaValue(QStringLiteral("crs_epsg")).value_or(QString()).toInt();
    if (m_epsg <= 0)
        return Error{Tr::tr("%1 has no coordinate reference system recorded.").arg(path())};
    m_crsName =
        m_db.queryText(QStringLiteral("SELECT srs_name FROM gpkg_spatial_ref_sys WHERE srs_id = %1").arg(m_epsg))
            .value_or(QStringLiteral("EPSG:%1").arg(m_epsg));
    m_timeZone = QTimeZone(metaValue(QStringLiteral("time_zone")).value_or(QStringLiteral("UTC")).toUtf8());
    if (!m_timeZone.isValid())
        m_timeZone = QTimeZone::utc();
    m_name = metaValue(QStringLiteral("name")).value_or(QString());
    return {};
}

int Store::schemaVersion() const
{
    return store::schemaVersion(m_db);
}

std::optional<QString> Store::metaValue(const QString &key) const
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT value FROM lb_meta WHERE key = ?"));
    if (!stmt)
        return std::nullopt;
    stmt->bind(1, key);
    if (!stmt->step())
        return std::nullopt;
    return stmt->text(0);
}

Status Store::setMetaValue(const QString &key, const QString &value)
{
    auto stmt = m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO lb_meta (key, value) VALUES (?, ?)"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, key).bind(2, value);
    if (!stmt->exec())
        return Error{stmt->lastError()};
    if (key == QLatin1String("name"))
        m_name = value;
    return {};
}

Result<std::vector<LayerInfo>> Store::layers() const
{
    std::vector<LayerInfo> out;
    for (const FeatureTableSpec &spec : featureTables()) {
        LayerInfo info;
        info.table = QString::fromLatin1(spec.name);
        info.geometryType = QString::fromLatin1(spec.geometryType);
        // The extent comes from gpkg_contents, which every write and undo keeps up to date
        // (refreshContentsExtent); the R-tree is read only when it holds none. The count comes
        // from the table, since rows without a geometry are not in the R-tree.
        info.count = m_db.queryInt(QStringLiteral("SELECT count(*) FROM %1").arg(info.table)).value_or(0);
        auto stmt =
            m_db.prepare(QStringLiteral("SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE table_name = ?"));
        if (!stmt)
            return stmt.error();
        stmt->bind(1, info.table);
        if (stmt->step() && !stmt->isNull(0)) {
            info.extent = {stmt->real(0), stmt->real(1), stmt->real(2), stmt->real(3)};
        } else if (info.count > 0) {
            auto rtree = m_db.prepare(QStringLiteral("SELECT min(minx), min(miny), max(maxx), max(maxy) FROM "
                                                     "rtree_%1_geom")
                                          .arg(info.table));
            if (!rtree)
                return rtree.error();
            if (rtree->step() && !rtree->isNull(0))
                info.extent = {rtree->real(0), rtree->real(1), rtree->real(2), rtree->real(3)};
        }
        out.push_back(info);
    }
    return out;
}

Status Store::refreshContentsExtent(const QString &table)
{
    return m_db.exec(QStringLiteral("UPDATE gpkg_contents SET (min_x, min_y, max_x, max_y) = (SELECT min(minx), "
                                    "min(miny), max(maxx), max(maxy) FROM rtree_%1_geom), last_change = "
                                    "strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE table_name = '%1'")
                         .arg(table));
}

} // namespace lb::store
