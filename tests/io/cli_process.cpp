#include "cli_process.h"

#include <QProcessEnvironment>

#include <csignal>
#include <grp.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace lb::test {

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

void setMode(const QString &path, unsigned mode)
{
    ::chmod(path.toLocal8Bit().constData(), static_cast<mode_t>(mode));
}

void startCli(QProcess &process, const QStringList &args, const CliOptions &options)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto &[key, value] : options.environment)
        env.insert(key, value);
    if (options.unprivileged && runningAsRoot())
        env.insert(QStringLiteral("HOME"), QStringLiteral("/tmp"));
    process.setProcessEnvironment(env);
    const std::int64_t limit = options.fileSizeLimit;
    const bool dropRoot = options.unprivileged && runningAsRoot();
    // Runs in the child between fork and exec: only async-signal-safe calls.
    process.setChildProcessModifier([limit, dropRoot] {
        if (limit > 0) {
            ::signal(SIGXFSZ, SIG_IGN); // a write past the limit then fails with EFBIG
            const rlimit rl{static_cast<rlim_t>(limit), static_cast<rlim_t>(limit)};
            ::setrlimit(RLIMIT_FSIZE, &rl);
        }
        if (dropRoot) {
            (void)::setgroups(0, nullptr);
            (void)::setgid(65534);
            (void)::setuid(65534);
        }
    });
    process.start(QStringLiteral(LB_CLI_PATH), args);
}

CliRun finishCli(QProcess &process, int timeoutMs)
{
    CliRun run;
    run.started = process.waitForStarted(10000);
    if (!run.started)
        return run;
    process.waitForFinished(timeoutMs);
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    run.killed = process.exitStatus() != QProcess::NormalExit;
    run.exitCode = run.killed ? -1 : process.exitCode();
    return run;
}

CliRun runCliWith(const QStringList &args, const CliOptions &options)
{
    QProcess process;
    startCli(process, args, options);
    return finishCli(process);
}

} // namespace lb::test
