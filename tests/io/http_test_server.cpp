#include "http_test_server.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>

namespace lb::test {

HttpTestServer::HttpTestServer()
{
    m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    if (m_fd >= 0 && ::bind(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0 && ::listen(m_fd, 16) == 0) {
        socklen_t len = sizeof addr;
        if (::getsockname(m_fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
            m_port = ntohs(addr.sin_port);
    }
    m_thread = std::thread([this] { serve(); });
}

HttpTestServer::~HttpTestServer()
{
    m_stop = true;
    m_thread.join();
    if (m_fd >= 0)
        ::close(m_fd);
}

void HttpTestServer::setResponse(const QByteArray &body, int status)
{
    std::lock_guard lock(m_mutex);
    m_body = body;
    m_status = status;
}

QString HttpTestServer::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1/api/events").arg(m_port);
}

QStringList HttpTestServer::userAgents() const
{
    std::lock_guard lock(m_mutex);
    return m_userAgents;
}

QStringList HttpTestServer::requests() const
{
    std::lock_guard lock(m_mutex);
    return m_requests;
}

void HttpTestServer::serve()
{
    while (!m_stop && m_port > 0) {
        pollfd p{m_fd, POLLIN, 0};
        if (::poll(&p, 1, 50) <= 0)
            continue;
        const int c = ::accept(m_fd, nullptr, nullptr);
        if (c < 0)
            continue;
        // The request head, up to its blank line.
        QByteArray request;
        char buf[4096];
        while (!request.contains("\r\n\r\n") && request.size() < 65536) {
            pollfd q{c, POLLIN, 0};
            if (::poll(&q, 1, 2000) <= 0)
                break;
            const ssize_t n = ::recv(c, buf, sizeof buf, 0);
            if (n <= 0)
                break;
            request.append(buf, static_cast<qsizetype>(n));
        }
        if (const int delay = m_delayMs; delay > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(delay));
        QByteArray answer;
        {
            std::lock_guard lock(m_mutex);
            const QList<QByteArray> line = request.left(request.indexOf("\r\n")).split(' ');
            if (line.size() >= 2)
                m_requests << QString::fromUtf8(line[1]);
            for (const QByteArray &header : request.split('\n'))
                if (header.toLower().startsWith("user-agent:"))
                    m_userAgents << QString::fromUtf8(header.mid(11).trimmed());
            answer = "HTTP/1.1 " + QByteArray::number(m_status) + (m_status == 200 ? " OK" : " Error") +
                     "\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: " +
                     QByteArray::number(m_body.size()) + "\r\nConnection: close\r\n\r\n" + m_body;
        }
        qsizetype sent = 0;
        while (sent < answer.size()) {
            const ssize_t n =
                ::send(c, answer.constData() + sent, static_cast<size_t>(answer.size() - sent), MSG_NOSIGNAL);
            if (n <= 0)
                break;
            sent += n;
        }
        ::close(c);
    }
}

} // namespace lb::test
