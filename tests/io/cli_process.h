#pragma once

// Runs lagesbild-cli as a separate process with what the store-recovery tests need: extra
// environment variables (LB_CLI_KILL_AT), a file-size limit that plays a full disk, and running
// as an unprivileged user so that file permissions count even when the tests run as root.

#include <QProcess>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <utility>
#include <vector>

namespace lb::test {

struct CliOptions {
    std::vector<std::pair<QString, QString>> environment;
    std::int64_t fileSizeLimit = 0; // bytes; 0 = none. Writes past it fail (EFBIG) as on a full disk.
    bool unprivileged = false;      // when root, run as the user nobody (permissions apply)
};

struct CliRun {
    bool started = false;
    bool killed = false; // ended by a signal (the kill switch)
    int exitCode = -1;
    QString out, err;
};

// Starts the CLI; the caller waits with finishCli().
void startCli(QProcess &process, const QStringList &args, const CliOptions &options = {});
CliRun finishCli(QProcess &process, int timeoutMs = 300000);
CliRun runCliWith(const QStringList &args, const CliOptions &options = {});

// True when the tests run as root (then `unprivileged` switches to nobody).
bool runningAsRoot();
// Gives a folder the permissions `mode` (e.g. 0755), so that nobody can enter it.
void setMode(const QString &path, unsigned mode);

} // namespace lb::test
