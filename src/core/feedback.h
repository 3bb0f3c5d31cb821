#pragma once

// Progress and cancellation for long jobs (imports, analyses, renders). The job calls
// setProgress() and polls isCanceled(); any thread may call cancel(). Cancellation is a state
// the job reports, not an error.

#include <QString>

#include <atomic>
#include <functional>
#include <mutex>

namespace lb {

class Feedback {
public:
    using ProgressCallback = std::function<void(double percent, const QString &message)>;

    Feedback() = default;
    explicit Feedback(ProgressCallback callback)
        : m_callback(std::move(callback))
    {}
    Feedback(const Feedback &) = delete;
    Feedback &operator=(const Feedback &) = delete;

    void cancel() { m_canceled.store(true, std::memory_order_relaxed); }
    bool isCanceled() const { return m_canceled.load(std::memory_order_relaxed); }

    // percent in [0, 100]
    void setProgress(double percent, const QString &message = {});
    double progress() const { return m_progress.load(std::memory_order_relaxed); }
    QString message() const;

private:
    std::atomic<bool> m_canceled{false};
    std::atomic<double> m_progress{0.0};
    mutable std::mutex m_mutex;
    QString m_message;
    ProgressCallback m_callback;
};

} // namespace lb
