#pragma once

// SharedStoreListener: while a shared store is open, hears the other users' imports and edits
// (pgstore::PgListener on a connection of its own, LISTEN/NOTIFY) without polling: a
// QSocketNotifier wakes it when the server sends something. Changes arriving close together are
// gathered for a short moment and reported once, so an import of many rows or a burst of edits
// refreshes the map once. The program's own edits are reported too; the window tells them apart
// by the database user and the ids it saved itself. GUI thread only.

#include "pgstore/pg_listener.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

class QSocketNotifier;

namespace lb::app {

class SharedStoreListener : public QObject {
    Q_OBJECT
public:
    explicit SharedStoreListener(QObject *parent = nullptr);
    ~SharedStoreListener() override;

    // Starts listening on the store at `location`; a file path or an empty one stops it. An error
    // message when the server cannot be reached (the map is still shown, without live updates).
    QString listen(const QString &location);
    bool isListening() const { return m_listener.has_value(); }
    // How long changes are gathered before they are reported.
    void setGatherInterval(int ms) { m_gather.setInterval(ms); }

Q_SIGNALS:
    void changed(const std::vector<lb::pgstore::StoreChange> &changes);

private:
    void readSocket();

    std::optional<pgstore::PgListener> m_listener;
    std::unique_ptr<QSocketNotifier> m_notifier;
    std::vector<pgstore::StoreChange> m_pending;
    QTimer m_gather;
};

} // namespace lb::app
