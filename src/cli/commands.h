#pragma once

// The commands of lagesbild-cli. Each takes the arguments after the command name and writes
// results to `out` and messages to `err`; the return value is the process exit code.

#include <QStringList>
#include <QTextStream>

namespace lb::cli {

struct CommandIo {
    QTextStream &out;
    QTextStream &err;
};

int runDemo(const QStringList &args, CommandIo io);
int runInfo(const QStringList &args, CommandIo io);
int runRender(const QStringList &args, CommandIo io);
int runCreate(const QStringList &args, CommandIo io);
int runProbe(const QStringList &args, CommandIo io);
int runImport(const QStringList &args, CommandIo io);
int runAnalyse(const QStringList &args, CommandIo io);
int runPersonalData(const QStringList &args, CommandIo io);
int runUpgrade(const QStringList &args, CommandIo io);
int runCopyStore(const QStringList &args, CommandIo io);
int runCheck(const QStringList &args, CommandIo io);
int runFetchPolice(const QStringList &args, CommandIo io);
int runInterventions(const QStringList &args, CommandIo io);
int runEditIntervention(const QStringList &args, CommandIo io);   // interventions edit
int runRemoveIntervention(const QStringList &args, CommandIo io); // interventions remove
int runEvaluate(const QStringList &args, CommandIo io);
int runChart(const QStringList &args, CommandIo io);
int runPrint(const QStringList &args, CommandIo io);
int runReport(const QStringList &args, CommandIo io);
int runCodes(const QStringList &args, CommandIo io);
int runTaxonomy(const QStringList &args, CommandIo io);
int runRejects(const QStringList &args, CommandIo io);
int runWalk(const QStringList &args, CommandIo io);

} // namespace lb::cli
