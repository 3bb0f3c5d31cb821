#pragma once

// The walk subcommands for planning a walk and recording it from its table (see walk_command.h):
// create, list, plan, points, points-edit, table and import-table.

#include "cli/commands.h"

namespace lb::cli {

int runWalkCreate(const QStringList &args, CommandIo io);
int runWalkList(const QStringList &args, CommandIo io);
int runWalkPlan(const QStringList &args, CommandIo io);
int runWalkPoints(const QStringList &args, CommandIo io);
int runWalkPointsEdit(const QStringList &args, CommandIo io);
int runWalkTable(const QStringList &args, CommandIo io);
int runWalkImportTable(const QStringList &args, CommandIo io);

} // namespace lb::cli
