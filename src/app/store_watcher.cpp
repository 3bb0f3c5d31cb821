#include "app/store_watcher.h"

#include "store/store.h"

namespace lb::app {

StoreWatcher::StoreWatcher(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(2000);
    connect(&m_timer, &QTimer::timeout, this, &StoreWatcher::check);
}

StoreWatcher::~StoreWatcher() = default;

void StoreWatcher::watch(const QString &path)
{
    m_path = path;
    m_suspended = false;
    open();
}

void StoreWatcher::open()
{
    m_store.reset();
    m_timer.stop();
    if (m_path.isEmpty())
        return;
    auto opened = store::Store::open(m_path, store::Store::Mode::ReadOnly);
    if (!opened)
        return; // nothing to compare against; the next watch() tries again
    m_store = std::move(*opened);
    m_version = m_store->dataVersion();
    m_timer.start();
}

void StoreWatcher::suspend()
{
    m_suspended = true;
    m_store.reset();
    m_timer.stop();
}

void StoreWatcher::resume()
{
    if (!m_suspended)
        return;
    m_suspended = false;
    open();
}

void StoreWatcher::check()
{
    if (!m_store || m_suspended)
        return;
    const std::int64_t now = m_store->dataVersion();
    if (now == m_version)
        return;
    m_version = now;
    Q_EMIT changedElsewhere();
}

} // namespace lb::app
