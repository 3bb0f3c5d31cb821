#include "pgstore/pg_connection.h"

#include <QCoreApplication>

#include <libpq-fe.h>

namespace lb::pgstore {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::pgstore::PgConnection)
};

QString resultError(const PGresult *r, const PGconn *c)
{
    const char *message = r ? PQresultErrorMessage(r) : PQerrorMessage(c);
    return QString::fromUtf8(message).trimmed();
}

} // namespace

void PgRows::Deleter::operator()(pg_result *r) const
{
    PQclear(r);
}

PgRows::PgRows(pg_result *result)
    : m_result(result)
{}

PgRows::~PgRows() = default;

int PgRows::rowCount() const
{
    return PQntuples(m_result.get());
}

int PgRows::columnCount() const
{
    return PQnfields(m_result.get());
}

QString PgRows::columnName(int column) const
{
    return QString::fromUtf8(PQfname(m_result.get(), column));
}

bool PgRows::isNull(int row, int column) const
{
    return PQgetisnull(m_result.get(), row, column);
}

QString PgRows::text(int row, int column) const
{
    if (isNull(row, column))
        return {};
    return QString::fromUtf8(PQgetvalue(m_result.get(), row, column), PQgetlength(m_result.get(), row, column));
}

std::int64_t PgRows::int64(int row, int column) const
{
    return std::strtoll(PQgetvalue(m_result.get(), row, column), nullptr, 10);
}

double PgRows::real(int row, int column) const
{
    return std::strtod(PQgetvalue(m_result.get(), row, column), nullptr);
}

void PgConnection::Deleter::operator()(pg_conn *c) const
{
    PQfinish(c);
}

bool PgConnection::isConnectionString(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

Result<PgConnection> PgConnection::open(const QString &connectionString)
{
    PgConnection c;
    c.m_conn.reset(PQconnectdb(connectionString.toUtf8().constData()));
    if (!c.m_conn)
        return Error{Tr::tr("Cannot connect to the PostgreSQL server: out of memory.")};
    if (PQstatus(c.m_conn.get()) != CONNECTION_OK)
        return Error{Tr::tr("Cannot connect to the PostgreSQL server: %1")
                         .arg(QString::fromUtf8(PQerrorMessage(c.m_conn.get())).trimmed())};
    if (PQsetClientEncoding(c.m_conn.get(), "UTF8") != 0)
        return Error{Tr::tr("The PostgreSQL server does not accept UTF-8.")};
    // Times travel as UTC text; doubles in their shortest exact form (the server's default since 12).
    if (Status s = c.exec(QStringLiteral("SET TIME ZONE 'UTC'; SET extra_float_digits = 1;")); !s)
        return s.error();
    return c;
}

PgConnection::~PgConnection() = default;

Status PgConnection::exec(const QString &sql) const
{
    PGresult *r = PQexec(m_conn.get(), sql.toUtf8().constData());
    const ExecStatusType status = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    const QString message = resultError(r, m_conn.get());
    PQclear(r);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        return Error{message};
    return {};
}

Result<PgRows> PgConnection::query(const QString &sql, const QStringList &params) const
{
    std::vector<QByteArray> utf8;
    std::vector<const char *> values;
    utf8.reserve(static_cast<size_t>(params.size()));
    for (const QString &p : params) {
        utf8.push_back(p.toUtf8());
        values.push_back(p.isNull() ? nullptr : utf8.back().constData());
    }
    PGresult *r = PQexecParams(m_conn.get(), sql.toUtf8().constData(), static_cast<int>(values.size()), nullptr,
                               values.data(), nullptr, nullptr, 0);
    const ExecStatusType status = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        const QString message = resultError(r, m_conn.get());
        PQclear(r);
        return Error{message};
    }
    return PgRows(r);
}

Result<QString> PgConnection::queryText(const QString &sql, const QStringList &params) const
{
    auto rows = query(sql, params);
    if (!rows)
        return rows.error();
    if (rows->rowCount() < 1 || rows->columnCount() < 1)
        return Error{Tr::tr("The server returned no row for: %1").arg(sql)};
    return rows->text(0, 0);
}

Status PgConnection::copyIn(const QString &copySql, const std::function<bool(QByteArray &)> &fill) const
{
    PGresult *start = PQexec(m_conn.get(), copySql.toUtf8().constData());
    const bool started = start && PQresultStatus(start) == PGRES_COPY_IN;
    const QString startError = resultError(start, m_conn.get());
    PQclear(start);
    if (!started)
        return Error{startError};
    QByteArray buffer;
    bool more = true;
    QString failure;
    while (more) {
        buffer.clear();
        more = fill(buffer);
        if (!buffer.isEmpty() &&
            PQputCopyData(m_conn.get(), buffer.constData(), static_cast<int>(buffer.size())) != 1) {
            failure = lastError();
            break;
        }
    }
    if (PQputCopyEnd(m_conn.get(), failure.isEmpty() ? nullptr : "aborted") != 1 && failure.isEmpty())
        failure = lastError();
    // The COPY's own result, then the end of the command.
    while (PGresult *r = PQgetResult(m_conn.get())) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK && failure.isEmpty())
            failure = resultError(r, m_conn.get());
        PQclear(r);
    }
    if (!failure.isEmpty())
        return Error{failure};
    return {};
}

Status PgConnection::copyOut(const QString &copySql, const std::function<bool(const char *, int)> &row) const
{
    PGresult *start = PQexec(m_conn.get(), copySql.toUtf8().constData());
    const bool started = start && PQresultStatus(start) == PGRES_COPY_OUT;
    const QString startError = resultError(start, m_conn.get());
    PQclear(start);
    if (!started)
        return Error{startError};
    QString failure;
    bool wanted = true;
    for (;;) {
        char *line = nullptr;
        const int size = PQgetCopyData(m_conn.get(), &line, 0);
        if (size < 0) {
            if (size == -2)
                failure = lastError();
            break;
        }
        // Keep draining after the caller stops: the connection must reach the end of the COPY.
        if (wanted) {
            const int length = size > 0 && line[size - 1] == '\n' ? size - 1 : size;
            wanted = row(line, length);
        }
        PQfreemem(line);
    }
    while (PGresult *r = PQgetResult(m_conn.get())) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK && failure.isEmpty())
            failure = resultError(r, m_conn.get());
        PQclear(r);
    }
    if (!failure.isEmpty())
        return Error{failure};
    return {};
}

int PgConnection::socket() const
{
    return PQsocket(m_conn.get());
}

Result<std::vector<PgConnection::Notification>> PgConnection::takeNotifications() const
{
    if (PQconsumeInput(m_conn.get()) == 0)
        return Error{lastError()};
    std::vector<Notification> out;
    while (PGnotify *n = PQnotifies(m_conn.get())) {
        out.push_back({QString::fromUtf8(n->relname), QString::fromUtf8(n->extra)});
        PQfreemem(n);
    }
    return out;
}

QString PgConnection::user() const
{
    return QString::fromUtf8(PQuser(m_conn.get()));
}

QString PgConnection::lastError() const
{
    return QString::fromUtf8(PQerrorMessage(m_conn.get())).trimmed();
}

} // namespace lb::pgstore

namespace lb::pgstore {

void appendCopyField(QByteArray &buffer, const QByteArray &utf8)
{
    if (utf8.isNull()) {
        buffer.append("\\N\t");
        return;
    }
    for (const char c : utf8) {
        switch (c) {
        case '\\':
            buffer.append("\\\\");
            break;
        case '\t':
            buffer.append("\\t");
            break;
        case '\n':
            buffer.append("\\n");
            break;
        case '\r':
            buffer.append("\\r");
            break;
        default:
            buffer.append(c);
        }
    }
    buffer.append('\t');
}

void endCopyRow(QByteArray &buffer)
{
    if (buffer.endsWith('\t'))
        buffer[buffer.size() - 1] = '\n';
    else
        buffer.append('\n');
}

std::vector<QByteArray> splitCopyLine(const char *line, int size)
{
    std::vector<QByteArray> fields;
    QByteArray field("");
    bool null = false;
    for (int i = 0; i < size; ++i) {
        const char c = line[i];
        if (c == '\t') {
            fields.push_back(null ? QByteArray() : field);
            field = QByteArray("");
            null = false;
        } else if (c == '\\' && i + 1 < size) {
            const char e = line[++i];
            switch (e) {
            case 'N':
                null = true;
                break;
            case 't':
                field.append('\t');
                break;
            case 'n':
                field.append('\n');
                break;
            case 'r':
                field.append('\r');
                break;
            case 'b':
                field.append('\b');
                break;
            case 'f':
                field.append('\f');
                break;
            case 'v':
                field.append('\v');
                break;
            default:
                field.append(e);
            }
        } else {
            field.append(c);
        }
    }
    fields.push_back(null ? QByteArray() : field);
    return fields;
}

} // namespace lb::pgstore
