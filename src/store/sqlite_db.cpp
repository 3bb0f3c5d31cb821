#include "store/sqlite_db.h"

#include "store/gpkg_geometry.h"

#include <sqlite3.h>

#include <QCoreApplication>

#include <utility>

namespace lb::store {

Statement::Statement(Statement &&other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_db(other.m_db)
    , m_failed(other.m_failed)
{}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_db = other.m_db;
        m_failed = other.m_failed;
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    return bindBlob(index, blob.constData(), static_cast<int>(blob.size()));
}

Statement &Statement::bindBlob(int index, const void *data, int size)
{
    sqlite3_bind_blob(m_stmt, index, data, size, SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    m_failed = rc != SQLITE_DONE;
    return false;
}

bool Statement::exec()
{
    while (step()) {
    }
    const bool ok = !m_failed;
    sqlite3_reset(m_stmt);
    return ok;
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_failed = false;
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}
std::int64_t Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}
double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

const unsigned char *Statement::blob(int column, int *size) const
{
    const auto *data = static_cast<const unsigned char *>(sqlite3_column_blob(m_stmt, column));
    *size = sqlite3_column_bytes(m_stmt, column);
    return data;
}

QString Statement::lastError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
}

Result<Database> Database::open(const QString &path, Mode mode)
{
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::Immutable:
        flags |= SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    QByteArray name = path.toUtf8();
    if (mode == Mode::Immutable)
        name = "file:" + name.toPercentEncoding("/") + "?immutable=1";
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(name.constData(), &raw, flags, nullptr);
    Database db;
    db.m_db = raw;
    db.m_path = path;
    if (rc != SQLITE_OK) {
        const QString why = raw ? QString::fromUtf8(sqlite3_errmsg(raw)) : QString::fromUtf8(sqlite3_errstr(rc));
        return Error{QCoreApplication::translate("lb::store", "Cannot open %1: %2").arg(path, why)};
    }
    sqlite3_busy_timeout(raw, 5000);
    sqlite3_extended_result_codes(raw, 1);
    registerGeoPackageFunctions(raw);
    return db;
}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
{}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
    }
    return *this;
}

Database::~Database()
{
    sqlite3_close_v2(m_db);
}

Result<Statement> Database::prepare(const QString &sql) const
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, utf8.constData(), static_cast<int>(utf8.size()), &stmt, nullptr) != SQLITE_OK) {
        return Error{QCoreApplication::translate("lb::store", "Database error in %1: %2").arg(m_path, lastError())};
    }
    return Statement(stmt, m_db);
}

Status Database::exec(const QString &sql) const
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString why = QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
        sqlite3_free(message);
        return Error{QCoreApplication::translate("lb::store", "Database error in %1: %2").arg(m_path, why)};
    }
    return {};
}

std::optional<std::int64_t> Database::queryInt(const QString &sql) const
{
    auto stmt = prepare(sql);
    if (!stmt || !stmt->step() || stmt->isNull(0))
        return std::nullopt;
    return stmt->int64(0);
}

std::optional<QString> Database::queryText(const QString &sql) const
{
    auto stmt = prepare(sql);
    if (!stmt || !stmt->step() || stmt->isNull(0))
        return std::nullopt;
    return stmt->text(0);
}

std::int64_t Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

QString Database::lastError() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

void Database::setBusyTimeout(int ms) const
{
    sqlite3_busy_timeout(m_db, ms);
}

bool Database::lastErrorWasBusy() const
{
    const int rc = sqlite3_errcode(m_db) & 0xff;
    return rc == SQLITE_BUSY || rc == SQLITE_LOCKED;
}

Transaction::Transaction(const Database &db)
    : m_db(db)
{
    const Status s = m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    m_active = s.ok();
    if (!s)
        m_error = m_db.lastErrorWasBusy()
                      ? QCoreApplication::translate("lb::store", "%1 is busy: another program is writing to it. Try "
                                                                 "again when it has finished.")
                            .arg(m_db.path())
                      : s.errorMessage();
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return Error{m_error.isEmpty() ? QStringLiteral("No transaction is active.") : m_error};
    const Status s = m_db.exec(QStringLiteral("COMMIT"));
    if (s)
        m_active = false;
    return s;
}

void Transaction::rollback()
{
    if (m_active) {
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
        m_active = false;
    }
}

Savepoint::Savepoint(const Database &db)
    : m_db(db)
{
    m_active = m_db.exec(QStringLiteral("SAVEPOINT lb_write")).ok();
}

Savepoint::~Savepoint()
{
    if (m_active)
        (void)m_db.exec(QStringLiteral("ROLLBACK TO lb_write; RELEASE lb_write"));
}

Status Savepoint::release()
{
    if (!m_active)
        return Error{QCoreApplication::translate("lb::store", "Could not start a write in %1: %2")
                         .arg(m_db.path(), m_db.lastError())};
    const Status s = m_db.exec(QStringLiteral("RELEASE lb_write"));
    if (s)
        m_active = false;
    return s;
}

} // namespace lb::store
