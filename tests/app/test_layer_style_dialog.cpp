// The layer style dialog in the real main window: a change shows on the map at once, Cancel puts
// back what was there, OK keeps it, and the style (with the incident style and the survey
// choropleth) comes back after reopening the store, after an import and after an undo, which both
// read the store again as File › Import and the batch list's Undo do.

#include "app/layer_panel.h"
#include "app/layer_style_dialog.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "io/importer.h"
#include "render/incident_layer.h"
#include "render/layer_state.h"
#include "render/survey_pin_layer.h"
#include "store/store.h"
#include "support/app_window.h"
#include "support/image_compare.h"
#include "support/sample_store.h"
#include "support/wait.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace lb;

namespace {

const render::IncidentLayer *incidentLayer(const app::MainWindow &window)
{
    for (const auto &l : window.canvas()->layers())
        if (l->id() == QLatin1String("incidents"))
            return dynamic_cast<const render::IncidentLayer *>(l.get());
    return nullptr;
}

QImage redrawn(app::MainWindow &window, int before)
{
    REQUIRE(test::waitUntil([&] { return window.canvas()->renderCount() > before && !window.canvas()->isRendering(); },
                            20000));
    return window.canvas()->renderedImage().convertToFormat(QImage::Format_RGB32);
}

QPoint pixelOf(const app::MainWindow &window, PointXY p)
{
    return window.canvas()->settings().toPixel(p).toPoint();
}

QStringList legendOf(const app::MainWindow &window, const QString &id)
{
    QStringList labels;
    const QTreeWidgetItem *item = window.layerPanel()->layerItem(id);
    for (int i = 0; item && i < item->childCount(); ++i)
        labels << item->child(i)->text(0);
    return labels;
}

} // namespace

TEST_CASE("the style dialog restyles the map at once, Cancel goes back and OK keeps it in the store",
          "[app][gui][layerstyle]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.gpkg"));
    REQUIRE(test::createSampleStore(path).ok());
    test::QuietDialogs dialogs;
    const QColor purple(0xcc, 0x3f, 0x8f);
    {
        app::MainWindow window(&dialogs);
        window.resize(1000, 760);
        window.show();
        test::openAndDraw(window, path);
        const QPoint fire = pixelOf(window, test::sample::fireIncident);
        const QImage before = window.canvas()->renderedImage().convertToFormat(QImage::Format_RGB32);
        CHECK_FALSE(test::hasColorNear(before, fire, 3, purple, 10));

        // A single purple square of 14 px for every incident: drawn before OK.
        auto *dialog = new app::LayerStyleDialog(&window, QStringLiteral("incidents"));
        dialog->show();
        render::LayerStyle style = dialog->style();
        style.kind = render::LayerStyle::Kind::Single;
        style.color = purple;
        style.shape = render::SymbolShape::Square;
        style.size = 14;
        int count = window.canvas()->renderCount();
        dialog->setStyle(style);
        const QImage preview = redrawn(window, count);
        // For a person to look at: the dialog as the user sees it.
        dialog->grab().save(QDir::temp().filePath(QStringLiteral("lagesbild-layer-style-dialog.png")));
        CHECK(test::colorNear(preview.pixel(fire), purple, 10));
        CHECK(incidentLayer(window)->layerStyle() == style);
        CHECK(legendOf(window, QStringLiteral("incidents")) == QStringList{QStringLiteral("Incident")});

        // Cancel: the groups' colours again, and nothing kept.
        count = window.canvas()->renderCount();
        dialog->reject();
        CHECK_FALSE(test::hasColorNear(redrawn(window, count), fire, 3, purple, 10));
        CHECK(incidentLayer(window)->layerStyle() == render::defaultLayerStyle(QStringLiteral("incidents")));
        {
            auto st = store::Store::open(path, store::Store::Mode::ReadOnly);
            REQUIRE(st.ok());
            CHECK(render::readMapStyles(**st) == render::MapStyles{});
        }

        // Again, with labels of the category, clusters, and OK.
        auto *second = new app::LayerStyleDialog(&window, QStringLiteral("incidents"));
        second->show();
        style.labelField = QStringLiteral("category");
        second->setStyle(style);
        second->setIncidentStyle(render::IncidentStyle::Clusters);
        count = window.canvas()->renderCount();
        second->accept();
        redrawn(window, count);
        CHECK(incidentLayer(window)->style() == render::IncidentStyle::Clusters);
        CHECK(incidentLayer(window)->layerStyle() == style);

        // The survey pins graduated by rating.
        auto *pins = new app::LayerStyleDialog(&window, QStringLiteral("survey_pins"));
        render::LayerStyle graduated = pins->style();
        graduated.kind = render::LayerStyle::Kind::Graduated;
        graduated.field = QStringLiteral("rating");
        pins->setStyle(graduated);
        pins->accept();
    }
    // Reopened: as left.
    app::MainWindow again(&dialogs);
    again.resize(1000, 760);
    again.show();
    test::openAndDraw(again, path);
    REQUIRE(incidentLayer(again));
    CHECK(incidentLayer(again)->style() == render::IncidentStyle::Clusters);
    CHECK(incidentLayer(again)->layerStyle().color == purple);
    CHECK(incidentLayer(again)->layerStyle().labelField == QLatin1String("category"));
    CHECK(again.mapStyles().layerStyle(QStringLiteral("survey_pins")).kind == render::LayerStyle::Kind::Graduated);
}

TEST_CASE("styles, ticks and the heat map survive an import and an undo", "[app][gui][layerstyle]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.gpkg"));
    REQUIRE(test::createSampleStore(path).ok());
    test::QuietDialogs dialogs;
    app::MainWindow window(&dialogs);
    window.resize(1000, 760);
    window.show();
    test::openAndDraw(window, path);

    render::MapStyles styles = window.mapStyles();
    styles.incidents = render::IncidentStyle::Heat;
    render::LayerStyle findings = styles.layerStyle(QStringLiteral("walks"));
    findings.labelField = QStringLiteral("status");
    styles.setLayerStyle(QStringLiteral("walks"), findings);
    window.setMapStyles(styles);
    window.layerPanel()->setLayerVisible(QStringLiteral("survey_pins"), false);
    REQUIRE_FALSE(window.canvas()->visibleLayers().contains(QStringLiteral("survey_pins")));

    // An import, as the wizard runs it, adds an incident to the store; the window reads it again.
    const QString csv = dir.filePath(QStringLiteral("mars.csv"));
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Datum;Kategori;Ost;Nord;Nr\n2024-03-01 20:00;klotter;604500;6553000;M-1\n");
    }
    std::int64_t batch = 0;
    {
        auto st = store::Store::open(path);
        REQUIRE(st.ok());
        io::FieldMapping m;
        m.kind = io::ImportKind::Incidents;
        m.sourceEpsg = 3006;
        m.columns = {{QStringLiteral("x"), QStringLiteral("Ost")},
                     {QStringLiteral("y"), QStringLiteral("Nord")},
                     {QStringLiteral("time"), QStringLiteral("Datum")},
                     {QStringLiteral("category"), QStringLiteral("Kategori")},
                     {QStringLiteral("ref"), QStringLiteral("Nr")}};
        auto importer = io::Importer::create(**st, csv, m);
        REQUIRE(importer.ok());
        Feedback feedback;
        auto summary = (*importer)->run(feedback);
        REQUIRE(summary.ok());
        REQUIRE(summary->accepted == 1);
        batch = summary->batchId;
    }
    const auto checkKept = [&](const char *after) {
        INFO(after);
        REQUIRE(incidentLayer(window));
        CHECK(incidentLayer(window)->style() == render::IncidentStyle::Heat);
        CHECK(window.mapStyles().layerStyle(QStringLiteral("walks")).labelField == QLatin1String("status"));
        CHECK_FALSE(window.canvas()->visibleLayers().contains(QStringLiteral("survey_pins")));
        CHECK(window.layerPanel()->layerItem(QStringLiteral("survey_pins"))->checkState(0) == Qt::Unchecked);
    };
    int count = window.canvas()->renderCount();
    window.reloadAfterImport();
    REQUIRE(test::waitUntil([&] { return !window.isBusy(); }));
    redrawn(window, count);
    CHECK(incidentLayer(window)->featureCount() == 3);
    checkKept("after the import");

    // The batch undone, and the window reads the store again.
    {
        auto st = store::Store::open(path);
        REQUIRE(st.ok());
        REQUIRE(io::undoImportBatch(**st, batch).ok());
    }
    count = window.canvas()->renderCount();
    window.reloadAfterImport();
    REQUIRE(test::waitUntil([&] { return !window.isBusy(); }));
    redrawn(window, count);
    CHECK(incidentLayer(window)->featureCount() == 2);
    checkKept("after the undo");

    // An edit's undo gives the window a new snapshot in place.
    window.setMapData(window.mapData());
    checkKept("after a new snapshot");
}
