#pragma once

// KillSwitch: lets tests stop `lagesbild-cli import` the hardest way, at a chosen phase, to check
// that a cut-off import leaves a store that opens with none or all of its rows. The environment
// variable LB_CLI_KILL_AT=PHASE[+MS] names the phase and an optional delay in milliseconds; when
// the import reaches that phase, the process sends itself SIGKILL (after the delay, from a second
// thread, while the import goes on). Unset, it does nothing. Read only by the CLI; the desktop
// program has no such switch.
//
// Phases: reading = the first rows are converted and handed to the store; writing = half the
// source is read; index = all rows are written and the indexes are about to be rebuilt;
// commit = the commit is writing into the store file (its rollback journal has become valid,
// which SQLite does just before it overwrites pages in the file); committed = the transaction
// has been committed, before the journal mode is put back.

#include <QString>

namespace lb::cli {

class KillSwitch {
public:
    explicit KillSwitch(const QString &storePath);
    // Called with each progress report of the import.
    void progress(double percent, const QString &message);

private:
    void fire(int delayMs);
    void fireWhenJournalValid();
    QString m_journal;
    QString m_phase;
    int m_delayMs = 0;
    bool m_fired = false;
};

} // namespace lb::cli
