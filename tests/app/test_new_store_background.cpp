// The New store dialog gives the new store a background map without hand work: the roads and
// water of an OpenStreetMap extract inside the municipality, and OpenStreetMap's tiles on request.

#include "app/new_store_dialog.h"
#include "render/base_map_list.h"
#include "store/store.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTemporaryDir>

TEST_CASE("the New store dialog fills the background from an OpenStreetMap extract and adds tiles",
          "[app][gui][basemap]")
{
    QTemporaryDir dir;
    // A main road in the centre of Södertälje, a street in Kiruna (far outside) and a lake in
    // Södertälje (Måsnaren's neighbourhood), in OSM's XML form.
    const QString extract = dir.filePath(QStringLiteral("sodertalje.osm"));
    {
        QFile f(extract);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(R"(<?xml version="1.0" encoding="UTF-8"?>
<osm version="0.6" generator="test">
<node id="1" version="1" lat="59.1950" lon="17.6200"/>
<node id="2" version="1" lat="59.2000" lon="17.6400"/>
<node id="3" version="1" lat="67.8500" lon="20.2000"/>
<node id="4" version="1" lat="67.8550" lon="20.2100"/>
<node id="5" version="1" lat="59.1700" lon="17.6000"/>
<node id="6" version="1" lat="59.1700" lon="17.6100"/>
<node id="7" version="1" lat="59.1750" lon="17.6100"/>
<way id="1" version="1"><nd ref="1"/><nd ref="2"/><tag k="highway" v="primary"/><tag k="name" v="Storgatan"/></way>
<way id="2" version="1"><nd ref="3"/><nd ref="4"/><tag k="highway" v="residential"/></way>
<way id="3" version="1"><nd ref="5"/><nd ref="6"/><nd ref="7"/><nd ref="5"/><tag k="natural" v="water"/></way>
</osm>
)");
    }
    lb::app::NewStoreDialog dialog(nullptr);
    dialog.filterEdit()->setText(QStringLiteral("0181"));
    const QString path = dir.filePath(QStringLiteral("sodertalje.gpkg"));
    dialog.pathEdit()->setText(path);
    dialog.osmEdit()->setText(extract);
    dialog.tilesCheck()->setChecked(true);
    dialog.accept();
    INFO(dialog.errorLabel()->text().toStdString());
    REQUIRE(dialog.result() == QDialog::Accepted);

    auto store = lb::store::Store::open(path, lb::store::Store::Mode::ReadOnly);
    REQUIRE(store);
    auto roads = (*store)->baseFeatures(QStringLiteral("base_roads"));
    REQUIRE(roads);
    REQUIRE(roads->size() == 1);
    CHECK(roads->front().featureClass == QStringLiteral("main"));
    CHECK(roads->front().name == QStringLiteral("Storgatan"));
    auto water = (*store)->baseFeatures(QStringLiteral("base_water"));
    REQUIRE(water);
    CHECK(water->size() == 1);
    const auto maps = lb::render::readBaseMaps(**store, path);
    REQUIRE(maps.size() == 1);
    CHECK(maps[0].kind == lb::render::BaseMapEntry::Kind::Tiles);
    CHECK(maps[0].location == QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png"));
    CHECK(maps[0].attribution == QStringLiteral("© OpenStreetMap contributors"));
}
