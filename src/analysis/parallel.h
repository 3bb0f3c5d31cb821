#pragma once

// Runs a job over [0, count) in chunks on a few std::threads that pull chunks from a shared
// counter, so uneven chunks (dense and empty parts of a map) balance themselves. The job must
// only write to memory that belongs to its chunk. Stops handing out chunks once the feedback is
// canceled. Any thread may call it; it blocks until every chunk is done.

#include "core/feedback.h"

#include <cstddef>
#include <functional>

namespace lb::analysis {

// Number of worker threads to use: the hardware concurrency, at least 1; `requested` > 0 wins.
int workerCount(int requested = 0);

// Calls job(begin, end) for consecutive chunks of at most `chunk` items. Progress is reported to
// feedback between progressBegin and progressEnd percent. Returns false when canceled.
bool parallelChunks(std::size_t count, std::size_t chunk, const std::function<void(std::size_t, std::size_t)> &job,
                    Feedback &feedback, int threads = 0, double progressBegin = 0.0, double progressEnd = 100.0);

} // namespace lb::analysis
