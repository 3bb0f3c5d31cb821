// Bookmarks and zoom to district in the real main window: a bookmark of the current view is kept
// in the store and comes back after reopening, showing it restores the view, and zooming to a
// district shows the district's extent (from the sample store's geometry).

#include "app/bookmarks_panel.h"
#include "app/dialog_service.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "app/store_watcher.h"
#include "render/map_bookmarks.h"
#include "store/store.h"
#include "support/sample_store.h"
#include "support/test_support.h"
#include "support/wait.h"
#include "ui_bookmarks_panel.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace lb;

namespace {

class Dialogs final : public app::DialogService {
public:
    int asked = 0;
    QString openFileName(QWidget *, const QString &, const QString &, const QString &) override { return {}; }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override { return {}; }
    void showError(QWidget *, const QString &, const QString &) override {}
    void showAbout(QWidget *, const QString &, const QString &) override {}
    bool ask(QWidget *, const QString &, const QString &) override
    {
        ++asked;
        return false;
    }
};

void openIn(app::MainWindow &window, const QString &path)
{
    const int before = window.canvas()->renderCount();
    window.openStore(path);
    REQUIRE(test::waitUntil([&] {
        return window.storePath() == path && window.canvas()->renderCount() > before && !window.canvas()->isRendering();
    }));
}

} // namespace

TEST_CASE("a bookmark is kept in the store and shows its view again", "[app][gui][bookmarks]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.gpkg"));
    REQUIRE(test::createSampleStore(path).ok());
    Dialogs dialogs;
    Extent kept;
    {
        app::MainWindow window(&dialogs);
        window.resize(1200, 800);
        window.show();
        window.setStartExtent({602000, 6552000, 604000, 6554000});
        openIn(window, path);
        auto *panel = window.findChild<app::BookmarksPanel *>(QStringLiteral("bookmarksDock"));
        REQUIRE(panel);
        kept = window.canvas()->visibleExtent();
        panel->form()->nameEdit->setText(QStringLiteral("Torget"));
        panel->form()->addButton->click();
        REQUIRE(panel->bookmarks().size() == 1);
        CHECK(panel->form()->bookmarkList->count() == 1);
        // The window's own write does not count as a change by another program.
        window.storeWatcher()->check();
        CHECK(dialogs.asked == 0);
    }
    {
        auto st = store::Store::open(path, store::Store::Mode::ReadOnly);
        REQUIRE(st.ok());
        const auto marks = render::readBookmarks(**st);
        REQUIRE(marks.size() == 1);
        CHECK(marks[0].name == QStringLiteral("Torget"));
        CHECK(marks[0].extent.minX == Approx(kept.minX));
        CHECK(marks[0].extent.maxY == Approx(kept.maxY));
    }
    app::MainWindow window(&dialogs);
    window.resize(1200, 800);
    window.show();
    openIn(window, path);
    auto *panel = window.findChild<app::BookmarksPanel *>(QStringLiteral("bookmarksDock"));
    REQUIRE(panel->form()->bookmarkList->count() == 1);
    CHECK_FALSE(window.canvas()->visibleExtent().width() < 3000.0); // the full extent at first
    panel->showBookmark(QStringLiteral("torget"));
    const Extent shown = window.canvas()->visibleExtent();
    CHECK(shown.contains({kept.minX + 1, kept.minY + 1}));
    CHECK(shown.contains({kept.maxX - 1, kept.maxY - 1}));
    CHECK(shown.width() < kept.width() * 1.2);

    // The command-line program draws the same view.
    const QString png = dir.filePath(QStringLiteral("torget.png"));
    QString out, err;
    REQUIRE(test::runCli({QStringLiteral("render"), path, QStringLiteral("--out"), png, QStringLiteral("--size"),
                          QStringLiteral("400x400"), QStringLiteral("--bookmark"), QStringLiteral("Torget")},
                         &out, &err) == 0);
    const QString scale = QStringLiteral("1:%1").arg(qint64(std::max(kept.width(), kept.height()) / 400 / 0.0254 * 96));
    INFO(out.toStdString());
    CHECK(out.contains(scale.left(4)));
    CHECK(test::runCli({QStringLiteral("render"), path, QStringLiteral("--out"), png, QStringLiteral("--bookmark"),
                        QStringLiteral("Nowhere")},
                       &out, &err) == 2);

    CHECK(panel->removeBookmark(QStringLiteral("Torget")));
    CHECK(panel->form()->bookmarkList->count() == 0);
}

TEST_CASE("zoom to district shows the district whole", "[app][gui][bookmarks]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.gpkg"));
    REQUIRE(test::createSampleStore(path).ok());
    Dialogs dialogs;
    app::MainWindow window(&dialogs);
    window.resize(1200, 800);
    window.show();
    openIn(window, path);
    auto *panel = window.findChild<app::BookmarksPanel *>(QStringLiteral("bookmarksDock"));
    REQUIRE(panel->form()->districtCombo->count() == 3); // "Choose…", Väster, Öster
    auto st = store::Store::open(path, store::Store::Mode::ReadOnly);
    auto districts = (*st)->areas(QStringLiteral("district"));
    REQUIRE(districts.ok());
    const Area &west = districts->front();
    const Extent e = extentOf(west.geometry);
    panel->zoomToDistrict(west.name);
    const Extent shown = window.canvas()->visibleExtent();
    CHECK(shown.contains({e.minX, e.minY}));
    CHECK(shown.contains({e.maxX, e.maxY}));
    // The limiting side fills the view, with a margin of 5 % on each side.
    CHECK(std::min(shown.width() / e.width(), shown.height() / e.height()) < 1.2);
}
