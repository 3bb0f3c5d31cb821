#pragma once

// A store with a known intervention effect, for the CLI and app tests of intervention evaluation.
// See intervention_fixture.cpp for the counts.

#include <QString>
#include <QTemporaryDir>

namespace lb::test {

// The target point of the fixture (use a radius of 100 m and a buffer of 200 m).
inline constexpr double interventionX = 600500.0;
inline constexpr double interventionY = 6600500.0;

// Writes eval.gpkg in `dir` and returns its path (REQUIREs that it succeeds).
QString makeInterventionStore(const QTemporaryDir &dir);

} // namespace lb::test
