#include "pgstore/pg_listener.h"

#include "pgstore/shared_editing.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>

#include <poll.h>

namespace lb::pgstore {

Result<PgListener> PgListener::open(const QString &url)
{
    auto db = PgConnection::open(url);
    if (!db)
        return db.error();
    if (Status s = db->exec(QStringLiteral("LISTEN %1").arg(QLatin1String(kChangeChannel))); !s)
        return s.error();
    return PgListener(std::move(*db));
}

Result<std::vector<StoreChange>> PgListener::changes() const
{
    auto notes = m_db.takeNotifications();
    if (!notes)
        return notes.error();
    std::vector<StoreChange> out;
    for (const PgConnection::Notification &n : *notes) {
        if (n.channel != QLatin1String(kChangeChannel))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(n.payload.toUtf8()).object();
        out.push_back({o.value(QStringLiteral("kind")).toString(), o.value(QStringLiteral("table")).toString(),
                       o.value(QStringLiteral("id")).toVariant().toLongLong(),
                       o.value(QStringLiteral("user")).toString()});
    }
    return out;
}

Result<std::vector<StoreChange>> PgListener::wait(int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        auto found = changes();
        if (!found || !found->empty() || deadline.hasExpired())
            return found;
        pollfd fd{socket(), POLLIN, 0};
        const int left = static_cast<int>(std::max<qint64>(0, deadline.remainingTime()));
        if (::poll(&fd, 1, left) < 0 && errno != EINTR)
            return Error{QCoreApplication::translate("lb::pgstore::PgListener",
                                                     "Waiting for changes on the server failed (error %1).")
                             .arg(errno)};
    }
}

} // namespace lb::pgstore
