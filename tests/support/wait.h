#pragma once

// Spins the event loop until a condition holds or a timeout passes, for tests of asynchronous
// jobs (render jobs, store loading) without Qt Test.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

namespace lb::test {

template <typename Predicate> bool waitUntil(Predicate done, int timeoutMs = 30000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return true;
}

} // namespace lb::test
