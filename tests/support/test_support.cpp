#include "support/test_support.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <catch2/catch.hpp>

namespace lb::test {

QString dataPath(const QString &relative)
{
    return QDir(QStringLiteral(LB_TEST_DATA_DIR)).filePath(relative);
}

int runProgram(const QString &program, const QStringList &args, QString *out, QString *err, int timeoutMs)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForStarted(10000))
        return -1;
    process.waitForFinished(timeoutMs);
    if (out)
        *out = QString::fromUtf8(process.readAllStandardOutput());
    if (err)
        *err = QString::fromUtf8(process.readAllStandardError());
    if (process.exitStatus() != QProcess::NormalExit)
        return -2;
    return process.exitCode();
}

int runCli(const QStringList &args, QString *out, QString *err)
{
    return runProgram(QStringLiteral(LB_CLI_PATH), args, out, err);
}

bool haveProgram(const QString &program)
{
    return !QStandardPaths::findExecutable(program).isEmpty();
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace lb::test
