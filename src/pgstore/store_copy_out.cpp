#include "pgstore/store_copy.h"

#include "pgstore/copy_columns.h"
#include "pgstore/gpkg_wkb.h"
#include "pgstore/pg_connection.h"
#include "pgstore/pg_schema.h"
#include "store/sqlite_db.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace lb::pgstore {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::pgstore::StoreCopy)
};

// The expression that brings a column out of the server in the form the GeoPackage store keeps.
QString outExpression(const Column &c)
{
    const QString n = quotedName(c.name);
    switch (c.kind) {
    case Kind::Geometry:
        return QStringLiteral("encode(ST_AsBinary(%1, 'NDR'), 'hex')").arg(n);
    case Kind::Blob:
        return QStringLiteral("encode(%1, 'hex')").arg(n);
    case Kind::Date:
        return QStringLiteral("to_char(%1, 'YYYY-MM-DD')").arg(n);
    case Kind::TimeSeconds:
        return QStringLiteral("to_char(%1, 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')").arg(n);
    case Kind::Time:
        return QStringLiteral("to_char(%1, 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')").arg(n);
    default:
        return n;
    }
}

Status copyTableOut(const PgConnection &db, const store::Database &file, const PgTableSpec &table, int srid,
                    std::int64_t *count)
{
    const QString name = QString::fromLatin1(table.name);
    auto columns = pgColumns(db, name);
    if (!columns)
        return columns.error();
    QStringList expressions;
    QStringList names;
    QStringList marks;
    for (const Column &c : *columns) {
        expressions << outExpression(c);
        names << quotedName(c.name);
        marks << QStringLiteral("?");
    }
    auto insert = file.prepare(
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(QString::fromLatin1(table.gpkgName), names.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
    if (!insert)
        return insert.error();
    const QString order = table.key ? QStringLiteral(" ORDER BY %1").arg(QLatin1String(table.key)) : QString();
    QString failure;
    *count = 0;
    const auto row = [&](const char *line, int size) {
        const std::vector<QByteArray> fields = splitCopyLine(line, size);
        if (fields.size() != columns->size()) {
            failure = Tr::tr("The server sent a row of %1 with %2 fields.").arg(name).arg(fields.size());
            return false;
        }
        insert->reset();
        for (size_t i = 0; i < fields.size(); ++i) {
            const int index = static_cast<int>(i) + 1;
            const QByteArray &f = fields[i];
            if (f.isNull()) {
                insert->bindNull(index);
                continue;
            }
            switch ((*columns)[i].kind) {
            case Kind::Integer:
                insert->bind(index, static_cast<std::int64_t>(f.toLongLong()));
                break;
            case Kind::Real:
                insert->bind(index, f.toDouble());
                break;
            case Kind::Blob:
                insert->bind(index, QByteArray::fromHex(f));
                break;
            case Kind::Geometry:
                insert->bind(index, wkbToGpkg(QByteArray::fromHex(f), srid));
                break;
            default:
                insert->bind(index, QString::fromUtf8(f));
            }
        }
        if (!insert->exec()) {
            failure = Tr::tr("Writing a row of %1 failed: %2").arg(name, insert->lastError());
            return false;
        }
        ++*count;
        return true;
    };
    Status s = db.copyOut(
        QStringLiteral("COPY (SELECT %1 FROM %2%3) TO STDOUT").arg(expressions.join(QLatin1Char(',')), name, order),
        row);
    if (!failure.isEmpty())
        return Error{failure};
    return s;
}

Status writeSequence(const PgConnection &db, const store::Database &file, const PgTableSpec &table)
{
    auto sequence = db.queryText(QStringLiteral("SELECT pg_get_serial_sequence('%1', '%2')")
                                     .arg(QLatin1String(table.name), QLatin1String(table.key)));
    if (!sequence)
        return sequence.error();
    auto rows = db.query(QStringLiteral("SELECT last_value, is_called FROM %1").arg(*sequence));
    if (!rows)
        return rows.error();
    if (rows->rowCount() == 0 || rows->text(0, 1) != QLatin1String("t"))
        return {};
    auto stmt = file.prepare(QStringLiteral("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, QString::fromLatin1(table.gpkgName)).bind(2, rows->int64(0, 0));
    if (!stmt->exec())
        return Error{stmt->lastError()};
    return {};
}

Result<CopySummary> copyInto(const PgConnection &db, const store::Database &file, int srid)
{
    store::Transaction transaction(file);
    if (!transaction.isActive())
        return Error{transaction.error()};
    // The new file's own rows (seeded taxonomy, its layer list, its metadata) give way to the
    // server's, children first.
    const auto &tables = pgTables();
    for (auto t = tables.rbegin(); t != tables.rend(); ++t)
        if (Status s = file.exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(t->gpkgName))); !s)
            return s.error();
    CopySummary summary;
    for (const PgTableSpec &t : tables) {
        std::int64_t count = 0;
        if (Status s = copyTableOut(db, file, t, srid, &count); !s)
            return Error{Tr::tr("Copying the table %1 failed: %2").arg(QLatin1String(t.name), s.errorMessage())};
        summary.rows.emplace_back(QString::fromLatin1(t.name), count);
    }
    // Inserting rows moved SQLite's id counters; the server's counters replace them.
    if (Status s = file.exec(QStringLiteral("DELETE FROM sqlite_sequence")); !s)
        return s.error();
    for (const PgTableSpec &t : tables)
        if (t.key)
            if (Status s = writeSequence(db, file, t); !s)
                return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return summary;
}

} // namespace

Result<CopySummary> copyPostgresToGeoPackage(const QString &url, const QString &gpkgPath)
{
    if (QFileInfo::exists(gpkgPath))
        return Error{Tr::tr("%1 exists already; copy into a new file.").arg(gpkgPath)};
    auto db = PgConnection::open(url);
    if (!db)
        return db.error();
    auto version = pgSchemaVersion(*db);
    if (!version)
        return version.error();
    if (Status s = checkCopyVersion(*version, Tr::tr("The store on the server")); !s)
        return s.error();
    auto srid = db->queryText(QStringLiteral("SELECT value FROM lb_meta WHERE key = 'crs_epsg'"));
    if (!srid)
        return srid.error();
    // One snapshot of the server for the whole copy, however long it takes.
    if (Status s = db->exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")); !s)
        return s.error();
    store::StoreOptions options;
    options.epsg = srid->toInt();
    {
        auto created = store::Store::create(gpkgPath, options);
        if (!created)
            return created.error();
    }
    Result<CopySummary> summary = Error{};
    {
        auto file = store::Database::open(gpkgPath, store::Database::Mode::ReadWrite);
        if (!file)
            summary = file.error();
        else if (Status s = file->exec(QStringLiteral("PRAGMA foreign_keys = OFF")); !s)
            summary = s.error();
        else
            summary = copyInto(*db, *file, options.epsg);
    }
    (void)db->exec(QStringLiteral("COMMIT"));
    if (!summary) {
        QFile::remove(gpkgPath);
        QFile::remove(gpkgPath + QStringLiteral("-wal"));
        QFile::remove(gpkgPath + QStringLiteral("-shm"));
    }
    return summary;
}

} // namespace lb::pgstore
