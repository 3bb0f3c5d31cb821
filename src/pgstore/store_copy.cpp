#include "pgstore/store_copy.h"

#include "pgstore/copy_columns.h"
#include "pgstore/gpkg_wkb.h"
#include "pgstore/pg_connection.h"
#include "pgstore/pg_schema.h"
#include "pgstore/shared_editing.h"
#include "store/schema.h"
#include "store/sqlite_db.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace lb::pgstore {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::pgstore::StoreCopy)
};

// Refuses when the file's table has a column the server's has not (it would be lost) or lacks one.
Status matchColumns(const store::Database &file, const QString &table, const std::vector<Column> &columns)
{
    auto info = file.prepare(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
    if (!info)
        return info.error();
    QStringList fileColumns;
    while (info->step())
        fileColumns << info->text(0);
    QStringList serverColumns;
    for (const Column &c : columns)
        serverColumns << c.name;
    for (const QString &name : fileColumns)
        if (!serverColumns.contains(name))
            return Error{Tr::tr("The table %1 has a column %2 the server's store lacks.").arg(table, name)};
    for (const QString &name : serverColumns)
        if (!fileColumns.contains(name))
            return Error{Tr::tr("The table %1 lacks the column %2 of the server's store.").arg(table, name)};
    return {};
}

QByteArray nonNull(QByteArray bytes)
{
    return bytes.isNull() ? QByteArray("") : bytes;
}

Status copyTableIn(const store::Database &file, const PgConnection &db, const PgTableSpec &table, int srid,
                   std::int64_t *count)
{
    const QString name = QString::fromLatin1(table.name);
    auto columns = pgColumns(db, name);
    if (!columns)
        return columns.error();
    if (Status s = matchColumns(file, QString::fromLatin1(table.gpkgName), *columns); !s)
        return s;
    QStringList names;
    for (const Column &c : *columns)
        names << quotedName(c.name);
    auto rows = file.prepare(
        QStringLiteral("SELECT %1 FROM %2").arg(names.join(QLatin1Char(',')), QString::fromLatin1(table.gpkgName)));
    if (!rows)
        return rows.error();
    *count = 0;
    const auto fill = [&](QByteArray &buffer) {
        while (buffer.size() < (1 << 20)) {
            if (!rows->step())
                return false;
            for (int i = 0; i < static_cast<int>(columns->size()); ++i) {
                if (rows->isNull(i)) {
                    appendCopyField(buffer, QByteArray());
                    continue;
                }
                switch ((*columns)[static_cast<size_t>(i)].kind) {
                case Kind::Integer:
                    appendCopyField(buffer, QByteArray::number(rows->int64(i)));
                    break;
                case Kind::Real:
                    appendCopyField(buffer, QByteArray::number(rows->real(i), 'g', 17));
                    break;
                case Kind::Blob: {
                    int size = 0;
                    const unsigned char *data = rows->blob(i, &size);
                    appendCopyField(buffer, "\\x" + QByteArray(reinterpret_cast<const char *>(data), size).toHex());
                    break;
                }
                case Kind::Geometry: {
                    int size = 0;
                    const unsigned char *data = rows->blob(i, &size);
                    const QByteArray hex = gpkgToEwkbHex(data, size, srid);
                    appendCopyField(buffer, hex.isEmpty() ? QByteArray() : hex);
                    break;
                }
                default:
                    appendCopyField(buffer, nonNull(rows->text(i).toUtf8()));
                }
            }
            endCopyRow(buffer);
            ++*count;
        }
        return true;
    };
    if (Status s = db.copyIn(QStringLiteral("COPY %1 (%2) FROM STDIN").arg(name, names.join(QLatin1Char(','))), fill);
        !s)
        return Error{Tr::tr("Copying the table %1 failed: %2").arg(name, s.errorMessage())};
    if (rows->failed())
        return Error{rows->lastError()};
    return {};
}

// The id counter of a table in the file (sqlite_sequence), so that ids are never reused.
std::int64_t fileSequence(const store::Database &file, const char *table)
{
    return file.queryInt(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = '%1'").arg(QLatin1String(table)))
        .value_or(0);
}

// Secondary indexes and foreign keys cost a lookup per row when kept up during COPY; building them
// once afterwards is several times faster. Returns the statements that put them back (inside the
// caller's transaction, so a failed copy restores them with everything else).
Result<QStringList> dropIndexesAndForeignKeys(const PgConnection &db)
{
    auto keys = db.query(
        QStringLiteral("SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint "
                       "WHERE contype = 'f' AND connamespace = current_schema()::regnamespace"));
    if (!keys)
        return keys.error();
    auto indexes = db.query(QStringLiteral(
        "SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i "
        "JOIN pg_class t ON t.oid = i.indrelid WHERE t.relnamespace = current_schema()::regnamespace "
        "AND t.relkind = 'r' AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)"));
    if (!indexes)
        return indexes.error();
    QStringList drop;
    QStringList restore;
    for (int r = 0; r < keys->rowCount(); ++r) {
        drop << QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2;").arg(keys->text(r, 0), keys->text(r, 1));
        restore << QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3;")
                       .arg(keys->text(r, 0), keys->text(r, 1), keys->text(r, 2));
    }
    for (int r = 0; r < indexes->rowCount(); ++r) {
        drop << QStringLiteral("DROP INDEX %1;").arg(indexes->text(r, 0));
        restore.prepend(indexes->text(r, 1) + QLatin1Char(';'));
    }
    if (Status s = db.exec(drop.join(QLatin1Char('\n'))); !s)
        return s.error();
    return restore;
}

} // namespace

std::int64_t CopySummary::total() const
{
    std::int64_t sum = 0;
    for (const auto &r : rows)
        sum += r.second;
    return sum;
}

Result<CopySummary> copyGeoPackageToPostgres(const QString &gpkgPath, const QString &url)
{
    if (!QFileInfo::exists(gpkgPath))
        return Error{Tr::tr("The store %1 does not exist.").arg(gpkgPath)};
    auto file = store::Database::open(gpkgPath, store::Database::Mode::ReadOnly);
    if (!file)
        return file.error();
    if (Status s = checkCopyVersion(store::schemaVersion(*file), gpkgPath); !s)
        return s.error();
    const int srid = static_cast<int>(
        file->queryInt(QStringLiteral("SELECT CAST(value AS INTEGER) FROM lb_meta WHERE key = 'crs_epsg'"))
            .value_or(3006));
    auto db = PgConnection::open(url);
    if (!db)
        return db.error();
    if (Status s = ensurePgSchema(*db, srid); !s)
        return s.error();
    for (const PgTableSpec &t : pgTables()) {
        if (QLatin1String(t.name) == QLatin1String("lb_meta"))
            continue;
        auto any = db->queryText(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(QLatin1String(t.name)));
        if (!any)
            return any.error();
        if (*any == QLatin1String("t"))
            return Error{Tr::tr("The store on the server is not empty (the table %1 has rows); copy into an empty "
                                "database.")
                             .arg(QLatin1String(t.name))};
    }
    auto serverSrid = db->queryText(QStringLiteral("SELECT value FROM lb_meta WHERE key = 'crs_epsg'"));
    if (!serverSrid)
        return serverSrid.error();
    if (serverSrid->toInt() != srid)
        return Error{Tr::tr("The store on the server uses EPSG:%1, the file EPSG:%2.").arg(*serverSrid).arg(srid)};

    if (Status s = db->exec(QStringLiteral("BEGIN; SET LOCAL lb.copying = 'on'; DELETE FROM lb_meta;")); !s)
        return s.error();
    auto restore = dropIndexesAndForeignKeys(*db);
    if (!restore) {
        (void)db->exec(QStringLiteral("ROLLBACK"));
        return restore.error();
    }
    CopySummary summary;
    for (const PgTableSpec &t : pgTables()) {
        std::int64_t count = 0;
        Status s = copyTableIn(*file, *db, t, srid, &count);
        if (s && t.key) {
            const QString name = QString::fromLatin1(t.name);
            const std::int64_t seq = fileSequence(*file, t.gpkgName);
            s = db->exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), GREATEST(m, 1), m > 0) FROM "
                                        "(SELECT GREATEST(%3, (SELECT max(%2) FROM %1)) AS m) AS v")
                             .arg(name, QLatin1String(t.key))
                             .arg(seq));
        }
        if (!s) {
            (void)db->exec(QStringLiteral("ROLLBACK"));
            return s.error();
        }
        summary.rows.emplace_back(QString::fromLatin1(t.name), count);
    }
    if (Status s =
            db->exec(QStringLiteral("SET LOCAL maintenance_work_mem = '256MB';") + restore->join(QLatin1Char('\n')));
        !s) {
        (void)db->exec(QStringLiteral("ROLLBACK"));
        return Error{Tr::tr("The copied rows break a rule of the store: %1").arg(s.errorMessage())};
    }
    if (Status s = db->exec(QStringLiteral("COMMIT; ANALYZE;")); !s)
        return s.error();
    if (Status s = enableSharedEditing(*db); !s)
        return s.error();
    return summary;
}

} // namespace lb::pgstore
