#pragma once

// The throwaway PostgreSQL/PostGIS server the CTest fixture starts (scripts/pg-test-server.sh):
// its connection string, and fresh databases on it. A test that needs the server and finds none
// fails with the reason; it never passes without having run.

#include <QString>

namespace lb::test {

// The postgresql:// URL of the server's "lagesbild" database; FAILs the test when there is none.
QString pgServerUrl();

// Drops and creates a database (with PostGIS, from template1) and returns its URL. The name gets
// the process id, because CTest runs each test case as a process of its own, in parallel, and
// two cases of one file must not drop each other's database.
QString freshPgDatabase(const QString &name);

} // namespace lb::test
