// Fetching the police's events, only when asked: the download goes to the address given (here a
// local server serving saved responses, never the real network), asks for the store's
// municipality, is saved beside the store and imported; a second fetch of the same response adds
// nothing, and a later response adds only its new events. Errors name the address.

#include "http_test_server.h"
#include "import_test_support.h"
#include "io/police_fetch.h"
#include "police_events_fixture.h"
#include "support/test_support.h"

#include <QFile>
#include <QFileInfo>

#include <catch2/catch.hpp>

using namespace lb;
using namespace lb::io;
using namespace lb::test;

TEST_CASE("fetching the police's events imports the new ones", "[import][police][fetch]")
{
    HttpTestServer server;
    server.setResponse(policeEventsJson());
    QTemporaryDir dir;
    auto store = makeStore(dir);

    PoliceFetchOptions options;
    options.baseUrl = server.baseUrl();
    Feedback feedback;
    auto first = fetchPoliceEvents(*store, options, feedback);
    REQUIRE(first);
    // The store's municipality is called Teststad (import_test_support.cpp).
    REQUIRE(server.requests().size() == 1);
    CHECK(server.requests().front() == QLatin1String("/api/events?locationname=Teststad"));
    CHECK(first->events == 7);
    CHECK(first->summary.accepted == 4);
    CHECK(first->summary.rejected == 3);
    CHECK(countRows(*store, QStringLiteral("incidents")) == 4);
    // The response is kept beside the store, byte for byte, and the batch names it.
    QFile saved(first->savedFile);
    REQUIRE(saved.open(QIODevice::ReadOnly));
    CHECK(saved.readAll() == policeEventsJson());
    CHECK(QFileInfo(first->savedFile).absolutePath() == dir.filePath(QStringLiteral("s-polisen")));

    SECTION("the same response again adds nothing")
    {
        auto second = fetchPoliceEvents(*store, options, feedback);
        REQUIRE(second);
        CHECK(second->summary.accepted == 0);
        CHECK(second->summary.duplicates == 4);
        CHECK(countRows(*store, QStringLiteral("incidents")) == 4);
        CHECK(second->savedFile != first->savedFile);
    }
    SECTION("a later response adds only its new event")
    {
        server.setResponse(policeEventsLaterJson());
        options.location = QStringLiteral("Stockholms län");
        auto later = fetchPoliceEvents(*store, options, feedback);
        REQUIRE(later);
        CHECK(server.requests().back() == QLatin1String("/api/events?locationname=Stockholms%20l%C3%A4n"));
        CHECK(later->summary.accepted == 1);
        CHECK(later->summary.duplicates == 2);
        CHECK(countRows(*store, QStringLiteral("incidents")) == 5);
        CHECK(countRows(*store, QStringLiteral("incidents"), QStringLiteral("source_ref = '500008'")) == 1);
    }
}

TEST_CASE("a failed fetch says why and imports nothing", "[import][police][fetch]")
{
    HttpTestServer server;
    QTemporaryDir dir;
    auto store = makeStore(dir);
    PoliceFetchOptions options;
    options.baseUrl = server.baseUrl();
    Feedback feedback;

    server.setResponse("Service unavailable", 503);
    auto failed = fetchPoliceEvents(*store, options, feedback);
    REQUIRE_FALSE(failed);
    CHECK(failed.errorMessage().contains(QStringLiteral("503")));
    CHECK(failed.errorMessage().contains(server.baseUrl()));

    server.setResponse("{\"not\": \"events\"}");
    failed = fetchPoliceEvents(*store, options, feedback);
    REQUIRE_FALSE(failed);
    CHECK(failed.errorMessage().contains(QStringLiteral("not a list of police events")));
    CHECK(countRows(*store, QStringLiteral("incidents")) == 0);
}

TEST_CASE("lagesbild-cli fetch-police fetches from the address given", "[import][police][fetch][cli]")
{
    HttpTestServer server;
    server.setResponse(policeEventsJson());
    QTemporaryDir dir;
    makeStore(dir);
    const QString store = dir.filePath(QStringLiteral("s.gpkg"));
    QString out, err;
    REQUIRE(runCli({QStringLiteral("fetch-police"), store, QStringLiteral("--url"), server.baseUrl(),
                    QStringLiteral("--location"), QStringLiteral("Stockholm")},
                   &out, &err) == 0);
    CHECK(server.requests() == QStringList{QStringLiteral("/api/events?locationname=Stockholm")});
    CHECK(out.contains(QStringLiteral("New events imported: 4")));
    REQUIRE(runCli({QStringLiteral("fetch-police"), store, QStringLiteral("--url"), server.baseUrl()}, &out, &err) ==
            0);
    CHECK(out.contains(QStringLiteral("New events imported: 0")));
    CHECK(out.contains(QStringLiteral("Already in the store: 4")));
}
