#pragma once

// Writes the demo store: Södertälje municipality with nine districts, a background map, five
// years of incidents (2021–2025), three survey rounds (2020, 2021, 2023) and three safety walks.
// The same seed always gives the same store. Runs on any thread; it opens its own connection.

#include "core/feedback.h"
#include "core/result.h"

#include <QString>

#include <cstdint>

namespace lb::demo {

struct DemoOptions {
    std::uint32_t seed = 1;
    int epsg = 3006;
};

// Refuses to overwrite an existing file. The store is built under a temporary name and moved
// into place when complete, so a failure or cancel leaves nothing behind.
Status buildDemoStore(const QString &path, const DemoOptions &options, Feedback &feedback);

} // namespace lb::demo
