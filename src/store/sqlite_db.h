#pragma once

// Small RAII wrappers over the SQLite C API: a connection, a prepared statement that finalises
// itself, and a transaction that rolls back unless committed. A Database is used by one thread
// at a time; open a second connection for another thread (WAL lets readers run beside a writer).

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace lb::store {

class Database;

class Statement {
public:
    Statement() = default;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    bool isValid() const { return m_stmt != nullptr; }

    // Parameters are 1-based, as in SQLite.
    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value); // a null QString binds NULL
    Statement &bind(int index, const QByteArray &blob);
    Statement &bindBlob(int index, const void *data, int size);
    Statement &bindNull(int index);

    // Advances to the next row: true when a row is ready, false when done or on error.
    bool step();
    // Runs the statement to completion; returns false and sets lastError() on failure.
    bool exec();
    void reset();

    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    int integer(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    // The blob stays valid until the next step(); copy it if you keep it.
    const unsigned char *blob(int column, int *size) const;

    bool failed() const { return m_failed; }
    QString lastError() const;

private:
    friend class Database;
    Statement(sqlite3_stmt *stmt, sqlite3 *db)
        : m_stmt(stmt)
        , m_db(db)
    {}
    sqlite3_stmt *m_stmt = nullptr;
    sqlite3 *m_db = nullptr;
    bool m_failed = false;
};

class Database {
public:
    // Immutable: read-only, and SQLite assumes nobody changes the file while it is open, so it
    // needs no lock or shared-memory file beside it (for a store in a folder that cannot be written).
    enum class Mode { ReadOnly, ReadWrite, Create, Immutable };

    static Result<Database> open(const QString &path, Mode mode);

    Database() = default;
    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    sqlite3 *handle() const { return m_db; }
    QString path() const { return m_path; }

    Result<Statement> prepare(const QString &sql) const;
    // Runs one or more statements without results.
    Status exec(const QString &sql) const;
    // The first column of the first row, if any.
    std::optional<std::int64_t> queryInt(const QString &sql) const;
    std::optional<QString> queryText(const QString &sql) const;
    std::int64_t lastInsertRowId() const;
    QString lastError() const;
    // The last call failed because another connection holds a lock on the file.
    bool lastErrorWasBusy() const;
    // How long a statement waits for another connection's lock before it fails as busy
    // (5 seconds unless set).
    void setBusyTimeout(int ms) const;

private:
    sqlite3 *m_db = nullptr;
    QString m_path;
};

// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless commit() succeeded.
class Transaction {
public:
    explicit Transaction(const Database &db);
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    bool isActive() const { return m_active; }
    Status commit();
    void rollback();
    QString error() const { return m_error; }

private:
    const Database &m_db;
    bool m_active = false;
    QString m_error;
};

// A savepoint: starts a transaction when none is open, nests inside the caller's otherwise.
// Rolled back on destruction unless released.
class Savepoint {
public:
    explicit Savepoint(const Database &db);
    Savepoint(const Savepoint &) = delete;
    Savepoint &operator=(const Savepoint &) = delete;
    ~Savepoint();

    bool isActive() const { return m_active; }
    Status release();

private:
    const Database &m_db;
    bool m_active = false;
};

} // namespace lb::store
