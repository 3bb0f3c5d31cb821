#pragma once

// Hears other users' imports and edits of a shared store: a connection of its own that LISTENs on
// the store's channel (shared_editing.h) and waits on its socket. The app hands socket() to a
// QSocketNotifier and calls changes() when it is readable; a command line program calls wait().

#include "pgstore/pg_connection.h"

#include <vector>

namespace lb::pgstore {

struct StoreChange {
    QString kind;  // "import", "undo_import" or "edit"
    QString table; // the table changed ("import_batches" for imports)
    std::int64_t id = 0;
    QString user; // the database user who made the change
};

class PgListener {
public:
    static Result<PgListener> open(const QString &url);

    int socket() const { return m_db.socket(); }
    // The changes announced since the last call, without waiting.
    Result<std::vector<StoreChange>> changes() const;
    // Waits up to timeoutMs for at least one change; an empty list when none came.
    Result<std::vector<StoreChange>> wait(int timeoutMs) const;

private:
    explicit PgListener(PgConnection db)
        : m_db(std::move(db))
    {}
    PgConnection m_db;
};

} // namespace lb::pgstore
