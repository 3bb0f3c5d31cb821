#include "core/feedback.h"

namespace lb {

void Feedback::setProgress(double percent, const QString &message)
{
    m_progress.store(percent, std::memory_order_relaxed);
    if (!message.isEmpty()) {
        std::lock_guard lock(m_mutex);
        m_message = message;
    }
    if (m_callback)
        m_callback(percent, message);
}

QString Feedback::message() const
{
    std::lock_guard lock(m_mutex);
    return m_message;
}

} // namespace lb
