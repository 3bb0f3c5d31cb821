#pragma once

// AsyncBaseMapSource: a background map for the interactive map, where no frame may wait for a
// GeoTIFF to be warped or tiles to come over the network. It wraps a (blocking) BaseMapSource:
// image() returns at once with what it has — the finished image of the same view, the tiles
// that have arrived so far, or the last finished image moved and scaled to the new view — and
// reads the view asked for on a worker thread of its own pool (the render jobs' pool stays
// free). Each time more is ready it calls `changed`, and the map asks for a new frame.
//
// Only the newest view is read: asking for another one cancels the read in progress. Vector
// sources (read whole when opened) pass their features through unchanged.
//
// Thread-safe: image() is called by render jobs on any thread; `changed` is called on a worker
// thread, never after detach() has returned. Printing and exports use the wrapped source
// (wrapped()), which waits for the whole image.

#include "render/base_map_source.h"

#include <functional>
#include <memory>

namespace lb::render {

class AsyncBaseMapSource final : public BaseMapSource {
public:
    AsyncBaseMapSource(std::shared_ptr<const BaseMapSource> source, std::function<void()> changed);
    ~AsyncBaseMapSource() override;
    AsyncBaseMapSource(const AsyncBaseMapSource &) = delete;
    AsyncBaseMapSource &operator=(const AsyncBaseMapSource &) = delete;

    Result<QImage> image(const Extent &extent, QSize size, Feedback &feedback) const override;
    const BaseMapFeatures *features() const override { return m_source->features(); }
    Extent extent() const override { return m_source->extent(); }

    const std::shared_ptr<const BaseMapSource> &wrapped() const { return m_source; }
    // True while a view is being read.
    bool isLoading() const;
    // No more calls of `changed` once this returns (its receiver is going away).
    void detach() const;

private:
    struct State;
    static void run(const std::shared_ptr<State> &state);

    std::shared_ptr<const BaseMapSource> m_source;
    std::shared_ptr<State> m_state; // shared with the worker, which may outlive this
};

} // namespace lb::render
