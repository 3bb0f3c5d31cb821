#pragma once

// Helpers shared by the tests: temporary directories, test data paths, running the CLI.

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace lb::test {

// Absolute path of a file under tests/data.
QString dataPath(const QString &relative);

// Runs a program and returns its exit code; stdout and stderr are captured into the out-params.
int runProgram(const QString &program, const QStringList &args, QString *out = nullptr, QString *err = nullptr,
               int timeoutMs = 300000);

// Runs lagesbild-cli with the given arguments.
int runCli(const QStringList &args, QString *out = nullptr, QString *err = nullptr);

// True when a program is on PATH (tests that call ogrinfo or pdfinfo skip without it).
bool haveProgram(const QString &program);

// SHA-256 of a file's bytes (REQUIREs that it can be read), to show a file was left unchanged.
QByteArray fileHash(const QString &path);

} // namespace lb::test
