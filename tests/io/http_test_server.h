#pragma once

// A tiny HTTP server on a free port of 127.0.0.1 for the tests of the police events fetch: it
// answers every GET with the body it was given (a saved response) and remembers the request
// targets, so a test sees what was asked for without any real network. Runs on its own thread
// (so a CLI process or a blocking download can talk to it) and stops when destroyed.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>
#include <mutex>
#include <thread>

namespace lb::test {

class HttpTestServer {
public:
    HttpTestServer();
    ~HttpTestServer();
    HttpTestServer(const HttpTestServer &) = delete;
    HttpTestServer &operator=(const HttpTestServer &) = delete;

    // The body of the answers from now on; `status` 200 unless given.
    void setResponse(const QByteArray &body, int status = 200);
    // Waits this long before each answer (answers go out one after the other), like a slow server.
    void setDelayMs(int ms) { m_delayMs = ms; }
    QString baseUrl() const; // http://127.0.0.1:PORT/api/events
    // The request targets received so far ("/api/events?locationname=Stockholm").
    QStringList requests() const;
    // The User-Agent headers of those requests.
    QStringList userAgents() const;

private:
    void serve();

    int m_fd = -1;
    int m_port = 0;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_delayMs{0};
    mutable std::mutex m_mutex;
    QByteArray m_body;
    int m_status = 200;
    QStringList m_requests;
    QStringList m_userAgents;
    std::thread m_thread;
};

} // namespace lb::test
