#pragma once

// RenderJob: renders the map into a QImage on a worker thread (Qt's global thread pool) and
// emits finished() on the thread that owns the job, normally the GUI thread. The job keeps
// copies of the settings and shared pointers to the immutable layers, so the caller may change
// its own settings or load new data while the job runs.
//
// Create, start() and read results on the owning thread; cancel() may be called from any thread.
// A canceled job still emits finished(), with result().canceled set. Destroying a running job
// cancels it and waits for the worker, so the worker never outlives the job's data.

#include "render/map_renderer.h"

#include <QFutureWatcher>
#include <QImage>
#include <QObject>

#include <memory>

namespace lb::render {

class RenderJob : public QObject {
    Q_OBJECT
public:
    RenderJob(MapSettings settings, LayerList layers, QObject *parent = nullptr);
    ~RenderJob() override;

    void start();
    void cancel();
    bool isActive() const;
    // Blocks until the worker is done; finished() is still delivered through the event loop.
    void waitForFinished();

    const MapSettings &settings() const { return m_settings; }
    // Valid after finished().
    QImage image() const { return m_image; }
    RenderResult result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    struct Output {
        QImage image;
        RenderResult result;
    };
    void onWorkerDone();

    MapSettings m_settings;
    LayerList m_layers;
    std::shared_ptr<Feedback> m_feedback; // shared with the worker, which may outlive a cancel()
    QFutureWatcher<Output> m_watcher;
    QImage m_image;
    RenderResult m_result;
};

} // namespace lb::render
