#pragma once

// The throwaway PostgreSQL/PostGIS server the CTest fixture starts (scripts/pg-test-server.sh):
// its connection string, and fresh databases on it. A test that needs the server and finds none
// fails with the reason; it never passes without having run.

#include <QString>

namespace lb::test {

// The postgresql:// URL of the server's "lagesbild" database; FAILs the test when there is none.
QString pgServerUrl();

// Drops and creates a database (with PostGIS, from template1) and returns its URL.
QString freshPgDatabase(const QString &name);

} // namespace lb::test
