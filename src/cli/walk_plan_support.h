#pragma once

// What the walk subcommands for planning share: reading coordinates from the command line, finding
// the walk named by --walk, gathering a walk's proposal from the store, and printing a plan as a
// numbered table. Used on the CLI's thread only.

#include "cli/commands.h"
#include "core/walk_plan.h"
#include "report/walk_proposal_source.h"
#include "store/store.h"

#include <optional>

namespace lb::cli {

using report::proposeForWalk;
using report::reasonLabel;

// "674000,6580000" or "674000 6580000" in the store's CRS.
std::optional<PointXY> parsePoint(const QString &text);
// "X Y, X Y, ..." with at least two points.
std::optional<LineString> parseRoute(const QString &text);

// The walk whose id is `idText`, or nothing after printing why (then *exitCode is set).
std::optional<Walk> walkById(const store::Store &store, const QString &idText, CommandIo io, int *exitCode);

// The plan as a table: number, source, place, why and position, one point a line.
void printPlan(const WalkPlan &plan, QTextStream &out);

} // namespace lb::cli
