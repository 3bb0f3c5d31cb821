#include "pg_test_server.h"

#include "pgstore/pg_connection.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <catch2/catch.hpp>

namespace lb::test {

QString pgServerUrl()
{
    const QString envFile =
        qEnvironmentVariableIsSet("LB_PG_ENV") ? qEnvironmentVariable("LB_PG_ENV") : QStringLiteral(LB_PG_ENV_FILE);
    QFile file(envFile);
    if (!file.open(QIODevice::ReadOnly))
        FAIL("No PostgreSQL test server: " << envFile.toStdString()
                                           << " is missing. Run the tests through ctest (its fixture starts the "
                                              "server) or scripts/pg-test-server.sh start DIR with LB_PG_ENV=DIR/env.");
    const QString text = QString::fromUtf8(file.readAll());
    const auto match = QRegularExpression(QStringLiteral("LB_PG_URL=\"([^\"]+)\"")).match(text);
    if (!match.hasMatch())
        FAIL("No LB_PG_URL in " << envFile.toStdString());
    return match.captured(1);
}

QString freshPgDatabase(const QString &base)
{
    const QString name = QStringLiteral("%1_%2").arg(base).arg(QCoreApplication::applicationPid());
    const QString url = pgServerUrl();
    auto db = pgstore::PgConnection::open(url);
    if (!db)
        FAIL("Cannot connect to the test server: " << db.errorMessage().toStdString());
    const Status dropped = db->exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name));
    REQUIRE(dropped.errorMessage().toStdString() == "");
    const Status created = db->exec(QStringLiteral("CREATE DATABASE %1").arg(name));
    REQUIRE(created.errorMessage().toStdString() == "");
    QString fresh = url;
    fresh.replace(QStringLiteral("/lagesbild?"), QStringLiteral("/%1?").arg(name));
    return fresh;
}

} // namespace lb::test
