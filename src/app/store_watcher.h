#pragma once

// StoreWatcher: notices when another program (a CLI import, a second desktop window) has changed
// the open store, so the window can offer to read it again. It keeps a read-only connection of
// its own and compares SQLite's data_version, which changes whenever another connection commits,
// on a timer and whenever check() is called (on window activation).
//
// The connection is closed while suspended: an open connection keeps an import in this program
// from switching the store to its faster bulk journal. GUI thread only.

#include <QObject>
#include <QString>
#include <QTimer>

#include <cstdint>
#include <memory>

namespace lb::store {
class Store;
}

namespace lb::app {

class StoreWatcher : public QObject {
    Q_OBJECT
public:
    explicit StoreWatcher(QObject *parent = nullptr);
    ~StoreWatcher() override;

    // Starts watching `path` from its current state; an empty path stops watching.
    void watch(const QString &path);
    // Closes the connection until resume(), which takes the store's state then as the baseline.
    void suspend();
    void resume();
    bool isSuspended() const { return m_suspended; }
    // Compares now; emits changedElsewhere() once per change.
    void check();
    void setInterval(int ms) { m_timer.setInterval(ms); }

Q_SIGNALS:
    void changedElsewhere();

private:
    void open();

    QTimer m_timer;
    QString m_path;
    std::unique_ptr<store::Store> m_store;
    std::int64_t m_version = 0;
    bool m_suspended = false;
};

} // namespace lb::app
