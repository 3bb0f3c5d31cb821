// File › New store from a boundary file of the user's own (a GeoPackage made here with GDAL), and
// the districts step that follows: the store holds that boundary (its area equals the square's)
// and the districts named by the chosen field (their areas equal the halves'), through the same
// code as `lagesbild-cli create --boundary` and the importer.

#include "app/new_store_dialog.h"
#include "core/geometry.h"
#include "core/translations.h"
#include "store/store.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTranslator>

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <map>
#include <utility>
#include <vector>

using namespace lb;

namespace {
// A GeoPackage in SWEREF 99 TM with one polygon per (WKT, text) pair; the text in field `field`.
void writeGeoPackage(const QString &path, const char *field,
                     const std::vector<std::pair<const char *, const char *>> &rows)
{
    GDALAllRegister();
    GDALDatasetH ds = GDALCreate(GDALGetDriverByName("GPKG"), path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
    REQUIRE(ds != nullptr);
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(srs, 3006);
    OGRLayerH layer = GDALDatasetCreateLayer(ds, "areas", srs, wkbPolygon, nullptr);
    REQUIRE(layer != nullptr);
    OGRFieldDefnH defn = OGR_Fld_Create(field, OFTString);
    REQUIRE(OGR_L_CreateField(layer, defn, TRUE) == OGRERR_NONE);
    OGR_Fld_Destroy(defn);
    OGRFieldDefnH other = OGR_Fld_Create("kod", OFTString);
    REQUIRE(OGR_L_CreateField(layer, other, TRUE) == OGRERR_NONE);
    OGR_Fld_Destroy(other);
    for (const auto &[wkt, text] : rows) {
        OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(layer));
        OGR_F_SetFieldString(f, 0, text);
        OGR_F_SetFieldString(f, 1, "x");
        OGRGeometryH g = nullptr;
        char *w = const_cast<char *>(wkt);
        REQUIRE(OGR_G_CreateFromWkt(&w, srs, &g) == OGRERR_NONE);
        OGR_F_SetGeometryDirectly(f, g);
        REQUIRE(OGR_L_CreateFeature(layer, f) == OGRERR_NONE);
        OGR_F_Destroy(f);
    }
    OSRDestroySpatialReference(srs);
    GDALClose(ds);
}
} // namespace

TEST_CASE("a new store from a boundary file, with its districts imported next", "[app][gui][newstore]")
{
    QTemporaryDir dir;
    // A 6 km × 4 km rectangle near Södertälje: 24 km²; split at x = 603000 into 2 km and 4 km wide halves.
    const QString boundary = dir.filePath(QStringLiteral("gransen.gpkg"));
    writeGeoPackage(
        boundary, "namn",
        {{"POLYGON((601000 6550000,607000 6550000,607000 6554000,601000 6554000,601000 6550000))", "Testkommun"}});
    const QString districts = dir.filePath(QStringLiteral("omraden.gpkg"));
    writeGeoPackage(
        districts, "omrade",
        {{"POLYGON((601000 6550000,603000 6550000,603000 6554000,601000 6554000,601000 6550000))", "Väster"},
         {"POLYGON((603000 6550000,607000 6550000,607000 6554000,603000 6554000,603000 6550000))", "Öster"}});

    app::NewStoreDialog dialog(nullptr);
    dialog.boundaryRadio()->setChecked(true);
    CHECK(dialog.boundaryEdit()->isEnabled());
    CHECK_FALSE(dialog.createButton()->isEnabled());
    dialog.boundaryEdit()->setText(boundary);
    // The file's name suggests the store's.
    CHECK(dialog.pathEdit()->text().endsWith(QStringLiteral("gransen.gpkg")));
    const QString path = dir.filePath(QStringLiteral("test.gpkg"));
    dialog.pathEdit()->setText(path);
    REQUIRE(dialog.createButton()->isEnabled());

    dialog.setDistrictsFile(districts);
    QComboBox *names = dialog.districtNameCombo();
    REQUIRE(names->isEnabled());
    CHECK(names->count() == 2); // omrade, kod
    names->setCurrentIndex(names->findText(QStringLiteral("omrade")));
    REQUIRE(names->currentText() == QStringLiteral("omrade"));
    dialog.grab().save(QDir::temp().filePath(QStringLiteral("lagesbild-new-store-boundary.png"))); // to look at

    dialog.accept();
    INFO(dialog.errorLabel()->text().toStdString());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.createdPath() == path);
    CHECK(dialog.districtsImported() == 2);

    auto store = store::Store::open(path, store::Store::Mode::ReadOnly);
    REQUIRE(store);
    auto outline = (*store)->areas(QStringLiteral("municipality"));
    REQUIRE(outline);
    REQUIRE(outline->size() == 1);
    CHECK(outline->front().name == QStringLiteral("Testkommun"));
    CHECK(area(outline->front().geometry) == Approx(24.0e6).epsilon(1e-9));
    auto stored = (*store)->areas(QStringLiteral("district"));
    REQUIRE(stored);
    REQUIRE(stored->size() == 2);
    std::map<QString, double> byName;
    for (const Area &a : *stored)
        byName[a.name] = area(a.geometry);
    CHECK(byName[QStringLiteral("Väster")] == Approx(8.0e6).epsilon(1e-9));
    CHECK(byName[QStringLiteral("Öster")] == Approx(16.0e6).epsilon(1e-9));
}

TEST_CASE("a districts file without the chosen name field leaves the new store and says why", "[app][gui][newstore]")
{
    QTemporaryDir dir;
    const QString districts = dir.filePath(QStringLiteral("punkter.csv"));
    {
        QFile f(districts);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("namn;x;y\nA;1;2\n");
    }
    app::NewStoreDialog dialog(nullptr);
    dialog.filterEdit()->setText(QStringLiteral("0181"));
    const QString path = dir.filePath(QStringLiteral("s.gpkg"));
    dialog.pathEdit()->setText(path);
    dialog.setDistrictsFile(districts);
    // A table without areas has no name field to offer.
    CHECK_FALSE(dialog.districtNameCombo()->isEnabled());
    CHECK_FALSE(dialog.errorLabel()->text().isEmpty());
    // Create: the store is made, the districts are not, and the dialog stays open saying so.
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.createdPath() == path);
    CHECK(dialog.districtsImported() == 0);
    CHECK(dialog.errorLabel()->text().contains(QStringLiteral("no districts were imported")));
    auto store = store::Store::open(path, store::Store::Mode::ReadOnly);
    REQUIRE(store);
    CHECK((*store)->areas(QStringLiteral("municipality"))->size() == 1);
    CHECK((*store)->areas(QStringLiteral("district"))->empty());
}

// Not run by default: a picture of the dialog in Swedish, with a boundary file and districts
// chosen, into the folder LB_DOCS_IMAGES names.
TEST_CASE("a picture of the New store dialog in Swedish", "[.docs]")
{
    const QString folder = qEnvironmentVariable("LB_DOCS_IMAGES");
    if (folder.isEmpty())
        return;
    QTemporaryDir dir;
    const QString districts = dir.filePath(QStringLiteral("omraden.gpkg"));
    writeGeoPackage(
        districts, "omrade",
        {{"POLYGON((601000 6550000,603000 6550000,603000 6554000,601000 6554000,601000 6550000))", "Väster"}});
    qputenv("LAGESBILD_LANG", "sv");
    lb::installTranslations();
    {
        app::NewStoreDialog dialog(nullptr);
        dialog.show();
        dialog.boundaryRadio()->setChecked(true);
        dialog.boundaryEdit()->setText(dir.filePath(QStringLiteral("kommungrans.gpkg")));
        dialog.setDistrictsFile(districts);
        REQUIRE(dialog.grab().save(QDir(folder).filePath(QStringLiteral("new-store.sv.png"))));
    }
    for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    qunsetenv("LAGESBILD_LANG");
    lb::installTranslations();
}
