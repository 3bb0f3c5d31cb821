#pragma once

// PoliceFetchTask: File › Fetch police events… — downloads the police's current events for the
// open store's municipality and imports the new ones (io/police_fetch.h) on a worker thread, then
// says what came of it. Started only by the user's menu choice, after a confirmation.
//
// A QObject of the GUI thread; the worker opens its own Store. Waits for the worker when destroyed.

#include <QFutureWatcher>
#include <QObject>
#include <QString>

namespace lb::app {

struct PoliceFetchOutcome {
    bool ok = false;
    QString message; // what was imported, or why nothing was
    std::int64_t accepted = 0;
};

class PoliceFetchTask : public QObject {
    Q_OBJECT
public:
    PoliceFetchTask(QString storePath, QString baseUrl, QObject *parent = nullptr);
    ~PoliceFetchTask() override;

    void start();
    bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void finished(const lb::app::PoliceFetchOutcome &outcome);

private:
    QString m_storePath;
    QString m_baseUrl;
    QFutureWatcher<PoliceFetchOutcome> m_watcher;
};

} // namespace lb::app
