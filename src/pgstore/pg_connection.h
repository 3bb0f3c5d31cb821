#pragma once

// A connection to a PostgreSQL server (libpq), opened from a connection string such as
// "postgresql://host/database" or "postgresql:///lagesbild?host=/run/pg". The password is never
// part of what the program keeps: libpq takes it from the user's ~/.pgpass (or PGPASSFILE) or from
// the connection string the user typed, and this class forgets the string once connected.
//
// Owns its PGconn and closes it on destruction. One thread at a time; open a second connection for
// another thread. The only place in the program that includes libpq-fe.h is src/pgstore.

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

struct pg_conn;
struct pg_result;

namespace lb::pgstore {

// The rows of a query in text form; owns its PGresult.
class PgRows {
public:
    explicit PgRows(pg_result *result);
    PgRows(PgRows &&) noexcept = default;
    PgRows &operator=(PgRows &&) noexcept = default;
    ~PgRows();

    int rowCount() const;
    int columnCount() const;
    QString columnName(int column) const;
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    std::int64_t int64(int row, int column) const;
    double real(int row, int column) const;

private:
    struct Deleter {
        void operator()(pg_result *r) const;
    };
    std::unique_ptr<pg_result, Deleter> m_result;
};

class PgConnection {
public:
    // True when `location` names a PostgreSQL server rather than a file.
    static bool isConnectionString(const QString &location);
    static Result<PgConnection> open(const QString &connectionString);

    PgConnection(PgConnection &&) noexcept = default;
    PgConnection &operator=(PgConnection &&) noexcept = default;
    ~PgConnection();

    // Runs one or more statements without results.
    Status exec(const QString &sql) const;
    // Runs one statement with text parameters ($1, $2, ...; a null QString is NULL).
    Result<PgRows> query(const QString &sql, const QStringList &params = {}) const;
    // The first column of the first row; an error when there is no row.
    Result<QString> queryText(const QString &sql, const QStringList &params = {}) const;

    // COPY ... FROM STDIN: `fill` appends rows in COPY text format to the buffer it is given and
    // returns false when there are no more; each filled buffer is sent before the next call.
    Status copyIn(const QString &copySql, const std::function<bool(QByteArray &)> &fill) const;
    // COPY ... TO STDOUT: `row` receives each line (without its newline); returning false stops.
    Status copyOut(const QString &copySql, const std::function<bool(const char *, int)> &row) const;

    // Notifications (LISTEN/NOTIFY): the socket to wait on, and the channel and payload of each
    // notification that has arrived, after reading what the server sent.
    int socket() const;
    struct Notification {
        QString channel;
        QString payload;
    };
    Result<std::vector<Notification>> takeNotifications() const;

    // The database user this connection acts as.
    QString user() const;
    QString lastError() const;

private:
    PgConnection() = default;
    struct Deleter {
        void operator()(pg_conn *c) const;
    };
    std::unique_ptr<pg_conn, Deleter> m_conn;
};

// COPY text format: appends one field, escaped (backslash, tab, newline, carriage return), and
// its separator; a null QByteArray is NULL (\N). endCopyRow() ends the row.
void appendCopyField(QByteArray &buffer, const QByteArray &utf8);
void endCopyRow(QByteArray &buffer);
// Splits one COPY text line into its unescaped fields; a NULL field is a null QByteArray.
std::vector<QByteArray> splitCopyLine(const char *line, int size);

} // namespace lb::pgstore
