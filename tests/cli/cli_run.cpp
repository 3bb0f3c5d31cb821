#include "cli_run.h"

#include "support/catch_qt.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace lb::test {

CliResult runCliIn(const QString &language, const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LAGESBILD_LANG"), language);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(LB_CLI_PATH), args);
    REQUIRE(process.waitForStarted());
    REQUIRE(process.waitForFinished(300000));
    CliResult r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    // Qt's note about XDG_RUNTIME_DIR on test machines is not the program's output.
    QStringList lines = r.err.split(QLatin1Char('\n'));
    lines.removeIf([](const QString &l) { return l.startsWith(QLatin1String("QStandardPaths:")); });
    r.err = lines.join(QLatin1Char('\n'));
    return r;
}

QString scratchDir()
{
    static QTemporaryDir dir;
    static int n = 0;
    const QString path = dir.filePath(QString::number(++n));
    REQUIRE(QDir().mkpath(path));
    return path;
}

QString demoStore()
{
    static QString path;
    if (path.isEmpty()) {
        const QString candidate = scratchDir() + QStringLiteral("/demo.gpkg");
        const CliResult r =
            runCliIn(QStringLiteral("en"), {QStringLiteral("demo"), QStringLiteral("--out"), candidate});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        path = candidate;
    }
    return path;
}

} // namespace lb::test
