#include "app/police_fetch_task.h"

#include "io/police_fetch.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace lb::app {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::app::MainWindow)
};

PoliceFetchOutcome fetch(const QString &storePath, const QString &baseUrl)
{
    PoliceFetchOutcome out;
    auto store = store::Store::open(storePath, store::Store::Mode::ReadWrite);
    if (!store) {
        out.message = store.errorMessage();
        return out;
    }
    io::PoliceFetchOptions options;
    if (!baseUrl.isEmpty())
        options.baseUrl = baseUrl;
    Feedback feedback;
    auto fetched = io::fetchPoliceEvents(**store, options, feedback);
    if (!fetched) {
        out.message = fetched.errorMessage();
        return out;
    }
    if (Status s = (*store)->checkpoint(); !s) {
        out.message = s.errorMessage();
        return out;
    }
    const io::ImportSummary &s = fetched->summary;
    out.ok = true;
    out.accepted = s.accepted;
    const QLocale locale;
    out.message = fetched->events == 0
                      ? Tr::tr("The police list no current events for this place (%1).").arg(fetched->url.toString())
                      : Tr::tr("%1 new events imported, %2 already in the store, %3 rejected (see Import batches).\n"
                               "The police's answer is saved as %4.")
                            .arg(locale.toString(s.accepted), locale.toString(s.duplicates),
                                 locale.toString(s.rejected), fetched->savedFile);
    return out;
}

} // namespace

PoliceFetchTask::PoliceFetchTask(QString storePath, QString baseUrl, QObject *parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
    , m_baseUrl(std::move(baseUrl))
{
    connect(&m_watcher, &QFutureWatcher<PoliceFetchOutcome>::finished, this,
            [this] { Q_EMIT finished(m_watcher.result()); });
}

PoliceFetchTask::~PoliceFetchTask()
{
    m_watcher.waitForFinished();
}

void PoliceFetchTask::start()
{
    const QString path = m_storePath, url = m_baseUrl;
    m_watcher.setFuture(QtConcurrent::run([path, url] { return fetch(path, url); }));
}

} // namespace lb::app
