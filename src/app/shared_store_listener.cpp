#include "app/shared_store_listener.h"

#include "app/shared_store.h"

#include <QSocketNotifier>

namespace lb::app {

SharedStoreListener::SharedStoreListener(QObject *parent)
    : QObject(parent)
{
    setObjectName(QStringLiteral("sharedStoreListener"));
    m_gather.setSingleShot(true);
    m_gather.setInterval(150);
    connect(&m_gather, &QTimer::timeout, this, [this] {
        std::vector<pgstore::StoreChange> changes;
        changes.swap(m_pending);
        if (!changes.empty())
            Q_EMIT changed(changes);
    });
}

SharedStoreListener::~SharedStoreListener() = default;

QString SharedStoreListener::listen(const QString &location)
{
    m_notifier.reset();
    m_listener.reset();
    m_pending.clear();
    m_gather.stop();
    if (!isSharedStore(location))
        return {};
    auto opened = pgstore::PgListener::open(location);
    if (!opened)
        return opened.errorMessage();
    m_listener.emplace(std::move(*opened));
    m_notifier = std::make_unique<QSocketNotifier>(m_listener->socket(), QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &SharedStoreListener::readSocket);
    return {};
}

void SharedStoreListener::readSocket()
{
    if (!m_listener)
        return;
    auto changes = m_listener->changes();
    if (!changes) {
        // The server went away: stop listening rather than waking on a dead socket forever.
        m_notifier->setEnabled(false);
        return;
    }
    if (changes->empty())
        return;
    m_pending.insert(m_pending.end(), changes->begin(), changes->end());
    if (!m_gather.isActive())
        m_gather.start();
}

} // namespace lb::app
