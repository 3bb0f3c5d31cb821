#include "analysis/parallel.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace lb::analysis {

int workerCount(int requested)
{
    if (requested > 0)
        return requested;
    return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

bool parallelChunks(std::size_t count, std::size_t chunk, const std::function<void(std::size_t, std::size_t)> &job,
                    Feedback &feedback, int threads, double progressBegin, double progressEnd)
{
    if (count == 0)
        return !feedback.isCanceled();
    chunk = std::max<std::size_t>(chunk, 1);
    const std::size_t chunks = (count + chunk - 1) / chunk;
    const int n = static_cast<int>(std::min<std::size_t>(static_cast<std::size_t>(workerCount(threads)), chunks));
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> done{0};

    auto worker = [&](bool reportsProgress) {
        for (;;) {
            if (feedback.isCanceled())
                return;
            const std::size_t c = next.fetch_add(1);
            if (c >= chunks)
                return;
            const std::size_t begin = c * chunk;
            job(begin, std::min(count, begin + chunk));
            const std::size_t finished = done.fetch_add(1) + 1;
            // Only the calling thread reports, so a progress callback never runs concurrently.
            if (reportsProgress)
                feedback.setProgress(progressBegin + (progressEnd - progressBegin) * static_cast<double>(finished) /
                                                         static_cast<double>(chunks));
        }
    };
    std::vector<std::thread> pool;
    pool.reserve(static_cast<std::size_t>(n - 1));
    for (int i = 1; i < n; ++i)
        pool.emplace_back(worker, false);
    worker(true);
    for (std::thread &t : pool)
        t.join();
    return !feedback.isCanceled();
}

} // namespace lb::analysis
