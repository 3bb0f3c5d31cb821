#include "io/police_fetch.h"

#include "io/builtin_profiles.h"
#include "io/police_events_reader.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QTimer>
#include <QUrlQuery>

namespace lb::io {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::io::Importer)
};

// A response of the police API is well under a megabyte; a server that sends much more is not it.
constexpr qint64 kMaxResponseBytes = 32 * 1024 * 1024;
} // namespace

QString policeLocationFor(const store::Store &store)
{
    QString name = store.name().trimmed();
    if (name.isEmpty())
        if (auto areas = store.areas(QStringLiteral("municipality")); areas && !areas->empty())
            name = areas->front().name.trimmed();
    for (const QString &suffix : {QStringLiteral(" kommun"), QStringLiteral(" stad")})
        if (name.endsWith(suffix, Qt::CaseInsensitive))
            name.chop(suffix.size());
    return name;
}

QUrl policeEventsUrl(const QString &baseUrl, const QString &location)
{
    QUrl url(baseUrl);
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("locationname"));
    query.addQueryItem(QStringLiteral("locationname"), location);
    url.setQuery(query);
    return url;
}

Result<QByteArray> downloadPoliceEvents(const QUrl &url, int timeoutMs, Feedback &feedback)
{
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return Error{Tr::tr("%1 is not a web address the police events can be fetched from.").arg(url.toString())};
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Lagesbild"));
    request.setTransferTimeout(timeoutMs);
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(reply.get(), &QNetworkReply::downloadProgress, &loop, [&](qint64 received, qint64) {
        if (received > kMaxResponseBytes)
            reply->abort();
    });
    // The feedback is asked now and then, so that a user can stop a slow download.
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (feedback.isCanceled())
            reply->abort();
    });
    poll.start(100);
    feedback.setProgress(0, Tr::tr("Fetching %1").arg(url.toString()));
    if (!reply->isFinished())
        loop.exec();
    if (feedback.isCanceled())
        return Error{Tr::tr("Fetching %1 was canceled.").arg(url.toString())};
    // An HTTP status says more than Qt's error text for it.
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError && status == 0)
        return Error{Tr::tr("Fetching %1 failed: %2").arg(url.toString(), reply->errorString())};
    if (status != 200)
        return Error{
            Tr::tr("Fetching %1 failed: the server answered with HTTP status %2.").arg(url.toString()).arg(status)};
    QByteArray body = reply->readAll();
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!(doc.isArray() && doc.array().isEmpty()) && !isPoliceEventsJson(body))
        return Error{Tr::tr("The answer from %1 is not a list of police events.").arg(url.toString())};
    return body;
}

Result<PoliceFetchResult> fetchPoliceEvents(store::Store &store, const PoliceFetchOptions &options, Feedback &feedback)
{
    PoliceFetchResult result;
    const QString location =
        options.location.trimmed().isEmpty() ? policeLocationFor(store) : options.location.trimmed();
    if (location.isEmpty())
        return Error{Tr::tr("The store has no municipality name; give the place to fetch events for.")};
    result.url = policeEventsUrl(options.baseUrl, location);
    auto body = downloadPoliceEvents(result.url, options.timeoutMs, feedback);
    if (!body)
        return body.error();
    result.events = QJsonDocument::fromJson(*body).array().size();

    // Saved beside the store, named by the time of the fetch, so every batch names its own file.
    const QFileInfo storeFile(store.path());
    QDir folder(storeFile.absolutePath());
    const QString sub = storeFile.completeBaseName() + QStringLiteral("-polisen");
    if (!folder.mkpath(sub))
        return Error{Tr::tr("The folder %1 cannot be created.").arg(folder.filePath(sub))};
    folder.cd(sub);
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmsszzz"));
    result.savedFile = folder.filePath(QStringLiteral("handelser-%1.json").arg(stamp));
    QSaveFile out(result.savedFile);
    if (!out.open(QIODevice::WriteOnly) || out.write(*body) != body->size() || !out.commit())
        return Error{Tr::tr("%1 cannot be written: %2").arg(result.savedFile, out.errorString())};
    if (result.events == 0)
        return result;

    auto mapping = builtinProfile(QStringLiteral("police-events"));
    auto importer = Importer::create(store, result.savedFile, *mapping);
    if (!importer)
        return importer.error();
    // Nobody is there to be asked: personal data in a summary (a phone number) is replaced by a marker.
    (*importer)->setPersonalDataChoice(PersonalDataChoice::Redact);
    auto summary = (*importer)->run(feedback, QStringLiteral("police-events"));
    if (!summary)
        return summary.error();
    result.summary = *summary;
    return result;
}

} // namespace lb::io
