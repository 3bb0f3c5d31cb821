#pragma once

// The demo store (lagesbild-cli demo) with planned points added to a walk by SQL, for the tests of
// the walk print and the follow-up lists.

#include "core/walk_plan.h"

#include <QString>

namespace lb::test {

// A copy of the demo store in `dir` (the demo is built once per test run and copied).
QString demoStoreCopy(const QString &dir);

// Adds `count` planned points to walk `walkId`, at the positions of its findings (repeated when it
// has fewer), numbered 1..count, with place "Plats N" and reason "Skäl N: …"; returns them.
WalkPlan addWalkPoints(const QString &storePath, std::int64_t walkId, int count);

} // namespace lb::test
