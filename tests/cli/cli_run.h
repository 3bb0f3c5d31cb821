#pragma once

// Runs lagesbild-cli in a chosen language (LAGESBILD_LANG) and keeps what it printed; makes the
// demo store once per test run for the commands that read a store.

#include <QString>
#include <QStringList>

namespace lb::test {

struct CliResult {
    int exitCode = -1;
    QString out, err;
};

// `language` is "sv" or "en".
CliResult runCliIn(const QString &language, const QStringList &args);
// The demo store, written on first use into a folder that lives as long as the test program.
QString demoStore();
// A fresh folder for a test's output files, removed when the test program ends.
QString scratchDir();

} // namespace lb::test
