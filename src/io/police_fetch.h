#pragma once

// Fetches the Swedish Police's current events for a place and imports the new ones: the weekly
// routine of reading polisen.se without hand work. This is the program's only network access and
// it runs only when the user asks for it (the "fetch-police" command or the app's menu item);
// nothing calls it on its own, and files never make the program fetch anything (network_guard.h).
//
// The response is saved beside the store (STORE-polisen/handelser-<time>.json) before it is
// imported with the built-in police-events profile, so the import batch names a file the user can
// open, and an event fetched twice is recognised by its id and added once.
//
// Blocking: runs its own event loop until the download ends, so it is called on a thread that may
// wait (the CLI's main thread, or a worker in the app). Cancel through the Feedback.

#include "core/feedback.h"
#include "core/result.h"
#include "io/importer.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace lb::store {
class Store;
}

namespace lb::io {

struct PoliceFetchOptions {
    // The API; the place goes into its locationname parameter.
    QString baseUrl = QStringLiteral("https://polisen.se/api/events");
    // The place as the police name it ("Stockholm", "Stockholms län"); the store's municipality name
    // (without " kommun") when empty.
    QString location;
    int timeoutMs = 30000;
};

struct PoliceFetchResult {
    QUrl url;          // what was fetched
    QString savedFile; // the response as saved
    std::int64_t events = 0;
    ImportSummary summary;
};

// The place the police would call the store's municipality: its name without " kommun".
QString policeLocationFor(const store::Store &store);
QUrl policeEventsUrl(const QString &baseUrl, const QString &location);

// Downloads the response: an error names the address and what went wrong (no connection, an HTTP
// status, an answer that is not police events).
Result<QByteArray> downloadPoliceEvents(const QUrl &url, int timeoutMs, Feedback &feedback);

// Downloads, saves and imports. The store must be open read-write.
Result<PoliceFetchResult> fetchPoliceEvents(store::Store &store, const PoliceFetchOptions &options, Feedback &feedback);

} // namespace lb::io
