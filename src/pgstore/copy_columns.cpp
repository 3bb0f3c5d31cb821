#include "pgstore/copy_columns.h"

#include "pgstore/pg_connection.h"
#include "pgstore/pg_schema.h"
#include "store/schema.h"

#include <QCoreApplication>

namespace lb::pgstore {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::pgstore::StoreCopy)
};

} // namespace

QString quotedName(const QString &name)
{
    return QLatin1Char('"') + name + QLatin1Char('"');
}

Result<std::vector<Column>> pgColumns(const PgConnection &db, const QString &table)
{
    auto rows = db.query(
        QStringLiteral("SELECT column_name, udt_name FROM information_schema.columns "
                       "WHERE table_schema = current_schema() AND table_name = $1 AND column_name <> 'row_version' "
                       "ORDER BY ordinal_position"),
        {table});
    if (!rows)
        return rows.error();
    std::vector<Column> columns;
    for (int r = 0; r < rows->rowCount(); ++r) {
        Column c{rows->text(r, 0)};
        const QString type = rows->text(r, 1);
        if (type == QLatin1String("int8") || type == QLatin1String("int4"))
            c.kind = Kind::Integer;
        else if (type == QLatin1String("float8"))
            c.kind = Kind::Real;
        else if (type == QLatin1String("bytea"))
            c.kind = Kind::Blob;
        else if (type == QLatin1String("date"))
            c.kind = Kind::Date;
        else if (type == QLatin1String("timestamptz"))
            // An incident's time is written to the second; audit times to the millisecond.
            c.kind = c.name == QLatin1String("occurred_at") ? Kind::TimeSeconds : Kind::Time;
        else if (type == QLatin1String("geometry"))
            c.kind = Kind::Geometry;
        columns.push_back(c);
    }
    return columns;
}

Status checkCopyVersion(int version, const QString &where)
{
    if (version != store::kCurrentSchemaVersion || version != kPgSchemaVersion)
        return Error{Tr::tr("%1 has schema version %2; copying needs version %3. Upgrade it first.")
                         .arg(where)
                         .arg(version)
                         .arg(store::kCurrentSchemaVersion)};
    return {};
}

} // namespace lb::pgstore
