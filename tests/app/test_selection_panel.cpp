// Selection on the demo store: a box dragged and a polygon clicked on the map select exactly the
// incidents whose stored positions lie inside (counted here with a ray-casting test over the
// store's own rows), sensitive ones only counted; the attribute table selects the same rows; the
// counts by category add up; a map filter selects anew; a district chosen from the list selects
// what lies inside its boundary.

#include "app/attribute_table_window.h"
#include "app/dialog_service.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "app/selection_panel.h"
#include "app/sketch_tool.h"
#include "demo/demo_builder.h"
#include "store/store.h"
#include "support/wait.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMouseEvent>
#include <QTableWidget>
#include <QTemporaryDir>

#include <map>
#include <set>

using namespace lb;

namespace {
class QuietDialogs final : public app::DialogService {
public:
    QStringList openAnswers;
    QString openFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return openAnswers.isEmpty() ? QString() : openAnswers.takeFirst();
    }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override { return {}; }
    void showError(QWidget *, const QString &, const QString &) override {}
    void showAbout(QWidget *, const QString &, const QString &) override {}
};

void mouse(QWidget *w, QEvent::Type type, QPointF at)
{
    const Qt::MouseButtons held = type == QEvent::MouseButtonRelease ? Qt::NoButton : Qt::LeftButton;
    QMouseEvent e(type, at, w->mapToGlobal(at), type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, held,
                  Qt::NoModifier);
    QApplication::sendEvent(w, &e);
}

// Ray casting over one closed or open ring (the test's own, not the program's).
bool insideRing(const std::vector<PointXY> &ring, PointXY p)
{
    bool in = false;
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const PointXY a = ring[i], b = ring[j];
        if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x)
            in = !in;
    }
    return in;
}

struct Expected {
    std::set<FeatureId> ids;    // not sensitive, inside
    std::int64_t sensitive = 0; // sensitive, inside
    std::map<QString, std::int64_t> byCode;
};

template <typename Inside>
Expected expectedInside(const std::vector<Incident> &incidents, const std::set<QString> &sensitiveCodes, Inside inside,
                        const QString &onlyCode = {})
{
    Expected e;
    for (const Incident &i : incidents) {
        if (!inside(i.position) || (!onlyCode.isEmpty() && i.category != onlyCode))
            continue;
        if (sensitiveCodes.count(i.category)) {
            ++e.sensitive;
        } else {
            e.ids.insert(i.id);
            ++e.byCode[i.category];
        }
    }
    return e;
}

std::set<FeatureId> tableSelection(app::AttributeTableWindow *table)
{
    std::set<FeatureId> ids;
    for (int r : table->selectedRows())
        ids.insert(table->model()->idAt(r));
    return ids;
}
} // namespace

TEST_CASE("a box, a polygon and a district select what the map shows inside them", "[gui][selection]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.gpkg"));
    Feedback feedback;
    REQUIRE(demo::buildDemoStore(path, {}, feedback).ok());
    auto store = store::Store::open(path, store::Store::Mode::ReadOnly);
    REQUIRE(store.ok());
    auto readIncidents = store.value()->incidents();
    REQUIRE(readIncidents.ok());
    const std::vector<Incident> incidents = readIncidents.value();
    auto readCategories = store.value()->categories();
    REQUIRE(readCategories.ok());
    const std::vector<Category> categoryList = readCategories.value();
    std::set<QString> sensitiveCodes;
    std::map<QString, QString> labelOf;
    for (const Category &c : categoryList) {
        if (c.sensitive)
            sensitiveCodes.insert(c.code);
        labelOf[c.code] = localizedLabel(c.labelSv, c.labelEn);
    }
    REQUIRE(!sensitiveCodes.empty());

    QuietDialogs dialogs;
    app::MainWindow window(&dialogs);
    window.resize(1300, 850);
    window.show();
    dialogs.openAnswers << path;
    window.findChild<QAction *>(QStringLiteral("actionOpenStore"))->trigger();
    REQUIRE(test::waitUntil([&] { return !window.isBusy() && window.canvas()->renderCount() > 0; }));
    app::MapCanvas *canvas = window.canvas();
    auto *panel = window.findChild<app::SelectionPanel *>();
    auto *table = window.findChild<app::AttributeTableWindow *>();
    REQUIRE(panel);
    REQUIRE(table);
    // A view around the busiest part of the demo town.
    const Extent full = window.mapData()->fullExtent;
    canvas->setExtent(
        Extent{full.center().x - 3000, full.center().y - 2000, full.center().x + 3000, full.center().y + 2000});
    QApplication::processEvents();

    auto checkSelection = [&](const Expected &expected) {
        const app::SelectionResult &got = panel->result();
        CHECK(got.count() == std::int64_t(expected.ids.size()));
        CHECK(std::set<FeatureId>(got.ids.begin(), got.ids.end()) == expected.ids);
        CHECK(got.sensitiveCount == expected.sensitive);
        CHECK(tableSelection(table) == expected.ids);
        // The dock's table of categories: the same counts per category.
        auto *categories = panel->findChild<QTableWidget *>(QStringLiteral("selectionCategories"));
        std::map<QString, std::int64_t> shown, wanted;
        for (int r = 0; r < categories->rowCount(); ++r)
            shown[categories->item(r, 0)->text()] = QLocale().toLongLong(categories->item(r, 1)->text());
        for (const auto &[code, n] : expected.byCode)
            wanted[labelOf[code]] += n;
        CHECK(shown == wanted);
        CHECK(panel->findChild<QLabel *>(QStringLiteral("selectionSummary"))
                  ->text()
                  .contains(QLocale().toString(qint64(expected.ids.size()))));
    };

    SECTION("a dragged box, then a filter")
    {
        window.findChild<QAction *>(QStringLiteral("actionSelectBox"))->trigger();
        REQUIRE(panel->sketchTool()->isActive());
        const QPointF from(150, 550), to(700, 120);
        const PointXY a = canvas->toMap(from), b = canvas->toMap(to);
        mouse(canvas, QEvent::MouseButtonPress, from);
        mouse(canvas, QEvent::MouseMove, to);
        mouse(canvas, QEvent::MouseButtonRelease, to);
        REQUIRE(panel->hasSelection());
        const Extent box = Extent::fromCorners(a.x, a.y, b.x, b.y);
        const auto inBox = [&](PointXY p) {
            return box.contains(p);
        };
        const Expected expected = expectedInside(incidents, sensitiveCodes, inBox);
        REQUIRE(expected.ids.size() > 50); // a box that says something
        checkSelection(expected);
        CHECK(panel->isVisible());
        CHECK(canvas->visibleLayers().contains(QStringLiteral("selection")));

        // A filter to one category selects anew inside the same box.
        const QString code = expected.byCode.begin()->first;
        render::MapFilter filter;
        filter.categories = {code};
        window.setMapFilter(filter);
        checkSelection(expectedInside(incidents, sensitiveCodes, inBox, code));

        panel->zoomToSelection();
        const Extent view = canvas->visibleExtent();
        for (PointXY p : panel->result().positions)
            CHECK(view.contains(p));

        window.findChild<QAction *>(QStringLiteral("actionClearSelection"))->trigger();
        CHECK(panel->result().ids.empty());
        CHECK(table->selectedRows().empty());
        CHECK_FALSE(canvas->visibleLayers().contains(QStringLiteral("selection")));
    }

    SECTION("a clicked polygon")
    {
        window.findChild<QAction *>(QStringLiteral("actionSelectPolygon"))->trigger();
        std::vector<PointXY> ring;
        for (QPointF p : {QPointF(120, 500), QPointF(420, 80), QPointF(760, 300), QPointF(600, 620)}) {
            ring.push_back(canvas->toMap(p));
            mouse(canvas, QEvent::MouseButtonPress, p);
            mouse(canvas, QEvent::MouseButtonRelease, p);
        }
        QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
        QApplication::sendEvent(canvas, &enter);
        REQUIRE(panel->hasSelection());
        const Expected expected =
            expectedInside(incidents, sensitiveCodes, [&](PointXY p) { return insideRing(ring, p); });
        REQUIRE(expected.ids.size() > 50);
        checkSelection(expected);
        CHECK_FALSE(window.findChild<QAction *>(QStringLiteral("actionSelectPolygon"))->isChecked());
    }

    SECTION("a district from the list")
    {
        QDialog *dialog = panel->chooseDistrict();
        REQUIRE(dialog);
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("districtList"));
        REQUIRE(list->count() == int(window.mapData()->districts.size()));
        list->setCurrentRow(1);
        const Area district = window.mapData()->districts[size_t(list->currentItem()->data(Qt::UserRole).toInt())];
        CHECK(list->currentItem()->text() == district.name);
        dialog->accept();
        const Expected expected = expectedInside(incidents, sensitiveCodes, [&](PointXY p) {
            bool in = false;
            for (const Polygon &poly : district.geometry)
                for (const LinearRing &r : poly.rings)
                    in ^= insideRing(r, p);
            return in;
        });
        REQUIRE(expected.ids.size() > 0);
        REQUIRE(expected.sensitive > 0); // the demo keeps them at the district's centre
        checkSelection(expected);
        CHECK(panel->findChild<QLabel *>(QStringLiteral("selectionSensitive"))->isVisibleTo(panel));
        std::set<FeatureId> sensitiveIds; // none of them is selected (or ringed) one by one
        for (const Incident &i : incidents)
            if (sensitiveCodes.count(i.category))
                sensitiveIds.insert(i.id);
        for (FeatureId id : panel->result().ids)
            CHECK_FALSE(sensitiveIds.count(id));

        // Shown as points by the user's choice, they are selected one by one like the others.
        window.findChild<QAction *>(QStringLiteral("actionShowSensitivePoints"))->setChecked(true);
        CHECK(panel->result().sensitiveCount == 0);
        CHECK(panel->result().count() == std::int64_t(expected.ids.size()) + expected.sensitive);
        CHECK(std::int64_t(tableSelection(table).size()) == std::int64_t(expected.ids.size()) + expected.sensitive);
    }
}
