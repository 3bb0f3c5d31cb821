#include "render/async_base_map_source.h"

#include <QPainter>
#include <QThreadPool>

#include <mutex>
#include <optional>

namespace lb::render {

namespace {

// One view: its extent and its size in pixels.
struct ViewKey {
    Extent extent;
    QSize size;
    bool operator==(const ViewKey &o) const
    {
        return size == o.size && extent.minX == o.extent.minX && extent.minY == o.extent.minY &&
               extent.maxX == o.extent.maxX && extent.maxY == o.extent.maxY;
    }
};

// Background maps read on threads of their own, so a slow file or server never holds up the render
// jobs (Qt's global pool). Two: a tile layer and a raster can load at the same time. Made by the
// first render thread that asks, so it has no parent (which would live on another thread), and
// kept for the life of the process.
QThreadPool *loaderPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setObjectName(QStringLiteral("baseMapLoaders"));
        p->setMaxThreadCount(2);
        return p;
    }();
    return pool;
}

// `image` (drawn for `from`) moved and scaled to where `from` lies in the view `to`; both are in
// the store's CRS, so this is a scale and a shift.
QImage preview(const QImage &image, const ViewKey &from, const ViewKey &to)
{
    QImage out(to.size, QImage::Format_ARGB32_Premultiplied);
    out.fill(Qt::transparent);
    if (image.isNull() || !from.extent.intersects(to.extent))
        return out;
    const double sx = to.size.width() / to.extent.width();
    const double sy = to.size.height() / to.extent.height();
    const QRectF target((from.extent.minX - to.extent.minX) * sx, (to.extent.maxY - from.extent.maxY) * sy,
                        from.extent.width() * sx, from.extent.height() * sy);
    QPainter painter(&out);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(target, image);
    return out;
}

} // namespace

struct AsyncBaseMapSource::State {
    std::shared_ptr<const BaseMapSource> source;
    std::mutex mutex;
    std::optional<ViewKey> wanted;     // the newest view asked for
    bool running = false;              // a worker is reading
    std::shared_ptr<Feedback> current; // the read in progress
    std::optional<ViewKey> shownKey;   // the view of `shown`
    QImage shown;                      // the last image read, whole or so far
    bool complete = false;             // `shown` is whole
    std::optional<ViewKey> failedKey;  // the view whose read failed, and why
    QString error;

    std::mutex callbackMutex;
    std::function<void()> changed;
    void notify()
    {
        std::lock_guard lock(callbackMutex);
        if (changed)
            changed();
    }
};

AsyncBaseMapSource::AsyncBaseMapSource(std::shared_ptr<const BaseMapSource> source, std::function<void()> changed)
    : m_source(std::move(source))
    , m_state(std::make_shared<State>())
{
    m_state->source = m_source;
    m_state->changed = std::move(changed);
}

AsyncBaseMapSource::~AsyncBaseMapSource()
{
    detach();
    std::lock_guard lock(m_state->mutex);
    m_state->wanted.reset();
    if (m_state->current)
        m_state->current->cancel();
}

void AsyncBaseMapSource::detach() const
{
    std::lock_guard lock(m_state->callbackMutex);
    m_state->changed = nullptr;
}

bool AsyncBaseMapSource::isLoading() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->running;
}

Result<QImage> AsyncBaseMapSource::image(const Extent &extent, QSize size, Feedback &) const
{
    const ViewKey key{extent, size};
    State &s = *m_state;
    std::lock_guard lock(s.mutex);
    if (s.shownKey == key && s.complete)
        return s.shown;
    if (s.failedKey == key)
        return Error{s.error};
    if (s.wanted != key) {
        s.wanted = key;
        if (s.current)
            s.current->cancel();
        if (!s.running) {
            s.running = true;
            loaderPool()->start([state = m_state] { run(state); });
        }
    }
    return s.shownKey ? preview(s.shown, *s.shownKey, key) : preview({}, key, key);
}

void AsyncBaseMapSource::run(const std::shared_ptr<State> &state)
{
    State &s = *state;
    for (;;) {
        ViewKey key;
        std::shared_ptr<Feedback> feedback;
        {
            std::lock_guard lock(s.mutex);
            if (!s.wanted || (s.shownKey == s.wanted && s.complete) || s.failedKey == s.wanted) {
                s.running = false;
                return;
            }
            key = *s.wanted;
            feedback = std::make_shared<Feedback>();
            s.current = feedback;
        }
        auto partial = [&](const QImage &image) {
            {
                std::lock_guard lock(s.mutex);
                if (s.wanted != key)
                    return;
                s.shown = image;
                s.shownKey = key;
                s.complete = false;
            }
            s.notify();
        };
        Result<QImage> image = s.source->progressiveImage(key.extent, key.size, *feedback, partial);
        bool done = false;
        {
            std::lock_guard lock(s.mutex);
            s.current.reset();
            if (!feedback->isCanceled() && s.wanted == key) {
                if (image) {
                    s.shown = *image;
                    s.shownKey = key;
                    s.complete = true;
                } else {
                    s.failedKey = key;
                    s.error = image.errorMessage();
                }
                done = true;
            }
        }
        if (done)
            s.notify();
    }
}

} // namespace lb::render
