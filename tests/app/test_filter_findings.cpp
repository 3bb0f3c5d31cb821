// Walk findings in the one filter: the real main window opens the place sample store with a second
// walk and forty findings of every status and several kinds, some overdue today; the test ticks
// statuses, chooses a kind and a walk and "Only overdue" in the filter dock as a user would, and
// checks the walk layer's count and title in the layer list, the findings table and its export
// against counts SQL makes on the store itself (overdue: open or in progress with a due date
// before today, or without one more than 90 days after the walk).

#include "app/attribute_table_window.h"
#include "app/filter_panel.h"
#include "app/layer_panel.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "core/translations.h"
#include "store/store.h"
#include "support/app_window.h"
#include "support/place_sample.h"
#include "support/wait.h"
#include "ui_filter_panel.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QScrollArea>
#include <QTemporaryDir>
#include <QTranslator>

using namespace lb;

namespace {

// A second walk, 30 days ago, and 40 findings spread over both walks, statuses, kinds and due
// dates (past, future and none).
std::int64_t addFindings(const QString &path)
{
    auto st = store::Store::open(path);
    REQUIRE(st);
    Walk walk;
    walk.route = {{600500.0, 6551000.0}, {601500.0, 6552000.0}};
    walk.date = QDate::currentDate().addDays(-30);
    walk.name = QStringLiteral("Trygghetsvandring Väster");
    auto walkId = (*st)->insertWalk(walk);
    REQUIRE(walkId);
    const auto first = test::sqlCount(path, QStringLiteral("SELECT min(fid) FROM walks"));
    const QString kinds[] = {QStringLiteral("belysning"), QStringLiteral("vegetation_sikt"),
                             QStringLiteral("gangstrak")};
    const FindingStatus statuses[] = {FindingStatus::Open, FindingStatus::InProgress, FindingStatus::Fixed,
                                      FindingStatus::Rejected, FindingStatus::Open};
    std::vector<WalkFinding> findings(40);
    for (int i = 0; i < 40; ++i) {
        WalkFinding &f = findings[size_t(i)];
        f.walkId = i % 2 ? *walkId : first;
        f.position = {600600.0 + 150.0 * (i % 8), 6551100.0 + 160.0 * (i / 8)};
        f.kind = kinds[i % 3];
        f.status = statuses[i % 5];
        if (i % 4 == 1)
            f.dueDate = QDate::currentDate().addDays(-3 - i);
        else if (i % 4 == 2)
            f.dueDate = QDate::currentDate().addDays(5 + i);
    }
    REQUIRE((*st)->insertWalkFindings(findings).ok());
    return *walkId;
}

std::int64_t layerCount(const app::MainWindow &window, const QString &id)
{
    for (const auto &l : window.canvas()->layers())
        if (l->id() == id)
            return l->featureCount();
    return -1;
}

const QString overdueSql = QStringLiteral("f.status IN ('open','in_progress') AND coalesce(f.due_date, "
                                          "date(w.walk_date, '+90 days')) < date('now', 'localtime')");

} // namespace

TEST_CASE("walk findings by status, kind, walk and overdue drive the map, its counts and the table",
          "[app][gui][filter]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("places.gpkg"));
    REQUIRE(test::createPlaceSampleStore(path).ok());
    const std::int64_t westWalk = addFindings(path);
    const auto count = [&](const QString &where) {
        return test::sqlCount(path, QStringLiteral("SELECT count(*) FROM walk_findings f LEFT JOIN walks w ON "
                                                   "w.fid = f.walk_id WHERE %1")
                                        .arg(where));
    };

    test::QuietDialogs dialogs;
    app::MainWindow window(&dialogs);
    window.resize(1400, 900);
    window.show();
    window.setStartExtent({598000, 6549000, 612000, 6559000});
    test::openAndDraw(window, path);
    auto *panel = window.findChild<app::FilterPanel *>(QStringLiteral("filterDock"));
    REQUIRE(panel);
    window.findChild<QAction *>(QStringLiteral("actionAttributeTableFindings"))->trigger();
    auto *table = window.findChild<app::AttributeTableWindow *>(QStringLiteral("attributeTableFindings"));
    REQUIRE(table);
    const auto walkTitle = [&] {
        return window.layerPanel()->layerItem(QStringLiteral("walks"))->text(0);
    };

    // The lists offer the findings' kinds and the store's walks.
    CHECK(panel->form()->findingKindList->count() ==
          test::sqlCount(path, QStringLiteral("SELECT count(DISTINCT kind) FROM walk_findings")));
    CHECK(panel->form()->walkList->count() == test::sqlCount(path, QStringLiteral("SELECT count(*) FROM walks")));
    const long long all = count(QStringLiteral("1"));
    CHECK(all == 42);
    CHECK(layerCount(window, QStringLiteral("walks")) == all);
    CHECK(table->model()->totalRows() == all);

    // Open and in progress, ticked in the dock.
    panel->form()->fixedCheck->setChecked(false);
    panel->form()->rejectedCheck->setChecked(false);
    REQUIRE(test::waitUntil([&] { return window.mapFilter() == panel->filter(); }));
    const long long active = count(QStringLiteral("f.status IN ('open','in_progress')"));
    REQUIRE(active > 0);
    REQUIRE(active < all);
    CHECK(layerCount(window, QStringLiteral("walks")) == active);
    CHECK(table->model()->totalRows() == active);
    CHECK(walkTitle().contains(QStringLiteral("in progress")));

    // Of those, one kind on one walk.
    panel->setFindingKinds({QStringLiteral("belysning")});
    panel->setWalks({westWalk});
    REQUIRE(test::waitUntil([&] { return window.mapFilter() == panel->filter(); }));
    const long long lighting = count(
        QStringLiteral("f.status IN ('open','in_progress') AND f.kind = 'belysning' AND f.walk_id = %1").arg(westWalk));
    REQUIRE(lighting > 0);
    CHECK(layerCount(window, QStringLiteral("walks")) == lighting);
    CHECK(table->model()->totalRows() == lighting);
    CHECK(walkTitle().contains(QStringLiteral("Trygghetsvandring Väster")));

    // Only the overdue ones of every walk and kind, with every status ticked again.
    panel->setFindingKinds({});
    panel->setWalks({});
    panel->setFindingStatuses({});
    panel->setOverdueOnly(true);
    REQUIRE(test::waitUntil([&] { return window.mapFilter() == panel->filter(); }));
    const long long overdue = count(overdueSql);
    REQUIRE(overdue > 0);
    REQUIRE(overdue < active);
    CHECK(layerCount(window, QStringLiteral("walks")) == overdue);
    CHECK(table->model()->totalRows() == overdue);
    CHECK(walkTitle().contains(QStringLiteral("overdue")));
    // The export holds what the table shows: a header and one line per finding.
    const QString csv = dir.filePath(QStringLiteral("overdue.csv"));
    REQUIRE(table->exportRows(csv, false).ok());
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll()).trimmed().split(QLatin1Char('\n')).size() == overdue + 1);

    // No status ticked shows no finding; Show all brings every one back.
    panel->setOverdueOnly(false);
    for (QCheckBox *box : {panel->form()->openCheck, panel->form()->inProgressCheck, panel->form()->fixedCheck,
                           panel->form()->rejectedCheck})
        box->setChecked(false);
    REQUIRE(test::waitUntil([&] { return window.mapFilter() == panel->filter(); }));
    CHECK(layerCount(window, QStringLiteral("walks")) == 0);
    panel->form()->resetButton->click();
    REQUIRE(test::waitUntil([&] { return window.mapFilter() == panel->filter(); }));
    CHECK(layerCount(window, QStringLiteral("walks")) == all);
    CHECK(table->model()->totalRows() == all);
    CHECK(walkTitle() == QStringLiteral("Safety walks"));
}

// Not run by default: the filter dock in Swedish with the findings part set, and the map it
// filters, into the folder LB_DOCS_IMAGES names (filter-findings.sv.png, filter-findings-map.png),
// to look at (nothing may be clipped) and for the user guide.
TEST_CASE("pictures of the walk-findings filter", "[.docs]")
{
    const QString folder = qEnvironmentVariable("LB_DOCS_IMAGES");
    if (folder.isEmpty())
        return;
    qputenv("LAGESBILD_LANG", "sv");
    lb::installTranslations();
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("places.gpkg"));
        REQUIRE(test::createPlaceSampleStore(path).ok());
        const std::int64_t westWalk = addFindings(path);
        test::QuietDialogs dialogs;
        app::MainWindow window(&dialogs);
        window.resize(1400, 900);
        window.show();
        window.setStartExtent({599500, 6550000, 605500, 6553500});
        test::openAndDraw(window, path);
        auto *panel = window.findChild<app::FilterPanel *>(QStringLiteral("filterDock"));
        REQUIRE(panel);
        panel->setFindingStatuses({FindingStatus::Open, FindingStatus::InProgress});
        panel->setWalks({westWalk});
        REQUIRE(test::waitUntil([&] { return window.mapFilter() == panel->filter(); }));
        REQUIRE(test::waitUntil([&] { return !window.canvas()->isRendering(); }));
        QApplication::processEvents();
        auto *scroll = panel->findChild<QScrollArea *>();
        REQUIRE(scroll);
        scroll->ensureWidgetVisible(panel->form()->findingGroup);
        QApplication::processEvents();
        REQUIRE(panel->grab().save(QDir(folder).filePath(QStringLiteral("filter-findings.sv.png"))));
        REQUIRE(window.grab().save(QDir(folder).filePath(QStringLiteral("filter-findings-map.sv.png"))));
    }
    for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    qunsetenv("LAGESBILD_LANG");
    lb::installTranslations();
}
