#include "cli/kill_switch.h"

#include <QFile>
#include <QStringList>
#include <QtGlobal>

#include <chrono>
#include <csignal>
#include <thread>

namespace lb::cli {

KillSwitch::KillSwitch(const QString &storePath)
    : m_journal(storePath + QStringLiteral("-journal"))
{
    const QString spec = qEnvironmentVariable("LB_CLI_KILL_AT");
    const QStringList parts = spec.split(QLatin1Char('+'));
    m_phase = parts.value(0).trimmed();
    m_delayMs = parts.value(1).toInt();
}

void KillSwitch::progress(double percent, const QString &message)
{
    if (m_phase.isEmpty() || m_fired || message.isEmpty())
        return;
    const bool index = percent >= 99.0 && percent < 100.0;
    if (m_phase == QLatin1String("commit") && index) {
        m_fired = true;
        fireWhenJournalValid();
        return;
    }
    const bool reached = (m_phase == QLatin1String("reading") && percent < 99.0) ||
                         (m_phase == QLatin1String("writing") && percent >= 50.0 && percent < 99.0) ||
                         (m_phase == QLatin1String("index") && index) ||
                         (m_phase == QLatin1String("committed") && percent >= 100.0);
    if (reached) {
        m_fired = true;
        fire(m_delayMs);
    }
}

void KillSwitch::fire(int delayMs)
{
    if (delayMs <= 0) {
        std::raise(SIGKILL);
        return;
    }
    std::thread([delayMs] {
        std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
        std::raise(SIGKILL);
    }).detach();
}

void KillSwitch::fireWhenJournalValid()
{
    // SQLite writes the journal header's first bytes only when the journal is complete and about
    // to protect pages being overwritten in the store file; from then on until the commit ends,
    // the journal is what a killed commit leaves behind.
    std::thread([journal = m_journal] {
        while (true) {
            QFile f(journal);
            if (f.open(QIODevice::ReadOnly)) {
                const QByteArray head = f.read(1);
                if (!head.isEmpty() && head.at(0) != 0)
                    std::raise(SIGKILL);
            }
            std::this_thread::sleep_for(std::chrono::microseconds(50));
        }
    }).detach();
}

} // namespace lb::cli
