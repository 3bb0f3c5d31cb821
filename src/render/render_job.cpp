#include "render/render_job.h"

#include <QtConcurrent/QtConcurrentRun>

namespace lb::render {

RenderJob::RenderJob(MapSettings settings, LayerList layers, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_layers(std::move(layers))
    , m_feedback(std::make_shared<Feedback>())
{
    connect(&m_watcher, &QFutureWatcher<Output>::finished, this, &RenderJob::onWorkerDone);
}

RenderJob::~RenderJob()
{
    if (m_watcher.isRunning()) {
        m_feedback->cancel();
        m_watcher.waitForFinished();
    }
}

void RenderJob::start()
{
    if (m_watcher.isRunning())
        return;
    // The worker gets its own copies; nothing it touches is shared mutable state.
    m_watcher.setFuture(QtConcurrent::run([settings = m_settings, layers = m_layers, feedback = m_feedback]() {
        Output out;
        out.image = renderImage(settings, layers, *feedback, &out.result);
        return out;
    }));
}

void RenderJob::cancel()
{
    m_feedback->cancel();
}

bool RenderJob::isActive() const
{
    return m_watcher.isRunning();
}

void RenderJob::waitForFinished()
{
    m_watcher.waitForFinished();
}

void RenderJob::onWorkerDone()
{
    const Output out = m_watcher.result();
    m_image = out.image;
    m_result = out.result;
    Q_EMIT finished();
}

} // namespace lb::render
