#include "support/app_window.h"

#include "app/map_canvas.h"
#include "support/wait.h"

#include <catch2/catch.hpp>

namespace lb::test {

void openAndDraw(app::MainWindow &window, const QString &path)
{
    const int before = window.canvas()->renderCount();
    window.openStore(path);
    REQUIRE(waitUntil([&] { return window.storePath() == path; }));
    REQUIRE(
        waitUntil([&] { return window.canvas()->renderCount() > before && !window.canvas()->isRendering(); }, 20000));
}

} // namespace lb::test
