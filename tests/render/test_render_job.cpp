// RenderJob: renders on a worker, delivers finished() on the owning thread with the same pixels
// as the synchronous renderer, can be canceled, and reports layer errors as data.

#include "render/map_data.h"
#include "render/map_layers.h"
#include "render/map_renderer.h"
#include "render/render_job.h"
#include "support/image_compare.h"
#include "support/sample_store.h"
#include "support/wait.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>
#include <QThread>

#include <atomic>

using namespace lb;

namespace {

// A layer that keeps drawing until the job is canceled, recording the thread it ran on.
class BlockingLayer final : public render::MapLayer {
public:
    mutable std::atomic<bool> started{false};
    mutable std::atomic<QThread *> thread{nullptr};
    mutable std::atomic<bool> returned{false};
    QString id() const override { return QStringLiteral("blocking"); }
    QString title() const override { return QStringLiteral("Blocking"); }
    Status draw(QPainter &, const render::RenderContext &context) const override
    {
        thread = QThread::currentThread();
        started = true;
        while (!context.feedback.isCanceled())
            QThread::msleep(1);
        returned = true;
        return {};
    }
};

// A layer that fails, and one that paints the whole map a known colour.
class FailingLayer final : public render::MapLayer {
public:
    QString id() const override { return QStringLiteral("failing"); }
    QString title() const override { return QStringLiteral("Failing"); }
    Status draw(QPainter &, const render::RenderContext &) const override
    {
        return Error{QStringLiteral("the table is missing")};
    }
};

class FillLayer final : public render::MapLayer {
public:
    QString id() const override { return QStringLiteral("fill"); }
    QString title() const override { return QStringLiteral("Fill"); }
    Status draw(QPainter &painter, const render::RenderContext &context) const override
    {
        painter.fillRect(QRect(QPoint(0, 0), context.settings.outputSize()), QColor(10, 200, 30));
        return {};
    }
};

render::MapSettings view(const QStringList &layers)
{
    render::MapSettings s;
    s.setExtent({598000, 6549000, 612000, 6559000});
    s.setOutputSize({700, 500});
    s.setVisibleLayers(layers);
    return s;
}

} // namespace

TEST_CASE("a render job draws on a worker and matches the synchronous renderer", "[render][job]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.gpkg"));
    REQUIRE(test::createSampleStore(path).ok());
    Feedback feedback;
    auto data = render::loadMapData(path, feedback);
    REQUIRE(data.ok());
    const render::LayerList layers = render::createStandardLayers(*data);
    const render::MapSettings settings = view(render::standardLayerIds());

    render::RenderJob job(settings, layers);
    int finishedCount = 0;
    QObject::connect(&job, &render::RenderJob::finished, [&] { ++finishedCount; });
    job.start();
    REQUIRE(test::waitUntil([&] { return finishedCount == 1; }));
    CHECK_FALSE(job.isActive());
    CHECK_FALSE(job.result().canceled);
    CHECK(job.result().errors.empty());

    Feedback syncFeedback;
    const QImage expected = render::renderImage(settings, layers, syncFeedback);
    const test::ImageDiff diff = test::compareImages(job.image(), expected);
    CHECK(diff.sameSize);
    CHECK(diff.differingPixels == 0);
}

TEST_CASE("canceling a render job stops it and still reports finished", "[render][job]")
{
    auto blocking = std::make_shared<BlockingLayer>();
    render::RenderJob job(view({QStringLiteral("blocking")}), {blocking});
    bool finished = false;
    QObject::connect(&job, &render::RenderJob::finished, [&] { finished = true; });
    job.start();
    REQUIRE(test::waitUntil([&] { return blocking->started.load(); }, 5000));
    // The layer runs on a worker, never on the thread that owns the job.
    CHECK(blocking->thread.load() != QThread::currentThread());
    CHECK(job.isActive());
    job.cancel();
    REQUIRE(test::waitUntil([&] { return finished; }, 5000));
    CHECK(job.result().canceled);
}

TEST_CASE("a failing layer is reported and the other layers are still drawn", "[render][job]")
{
    const render::LayerList layers = {std::make_shared<FillLayer>(), std::make_shared<FailingLayer>()};
    Feedback feedback;
    render::RenderResult result;
    const QImage img =
        render::renderImage(view({QStringLiteral("fill"), QStringLiteral("failing")}), layers, feedback, &result);
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].layerId == QStringLiteral("failing"));
    CHECK(result.errors[0].message == QStringLiteral("the table is missing"));
    CHECK(test::colorNear(img.pixel(350, 250), QColor(10, 200, 30), 0));
}

TEST_CASE("destroying a running job waits for its worker", "[render][job]")
{
    auto blocking = std::make_shared<BlockingLayer>();
    {
        render::RenderJob job(view({QStringLiteral("blocking")}), {blocking});
        job.start();
        REQUIRE(test::waitUntil([&] { return blocking->started.load(); }, 5000));
    }
    // The destructor canceled the job and waited: the layer has returned.
    CHECK(blocking->returned.load());
}
