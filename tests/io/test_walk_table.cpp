// A walk's table exported to XLSX, filled in through GDAL as a spreadsheet program would, and
// imported back: each observation becomes a finding at its point, every other row with text is
// rejected with its row and reason, and a second import stores nothing twice.

#include "io/export_spreadsheet.h"
#include "io/walk_table.h"
#include "store/store.h"
#include "store/walk_store.h"
#include "support/test_support.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include <gdal.h>
#include <ogr_api.h>

#include <map>

using namespace lb;

namespace {
struct Planned {
    std::unique_ptr<store::Store> store;
    Walk walk;
};

// A walk with three planned points; the second has no place name.
Planned plannedWalk(const QString &path)
{
    auto created = store::Store::create(path);
    REQUIRE(created.ok());
    Planned p{std::move(*created), {}};
    store::WalkStore walks(*p.store);
    p.walk.date = QDate(2026, 9, 17);
    p.walk.name = QStringLiteral("Centrum 2026");
    auto id = walks.create(p.walk);
    REQUIRE(id.ok());
    p.walk.id = *id;
    WalkPlan plan(3);
    plan[0].position = {650100, 6560100};
    plan[0].place = QStringLiteral("Stationen");
    plan[0].why = QStringLiteral("Mörk gångtunnel");
    plan[1].position = {650400, 6560300};
    plan[2].position = {650800, 6560800};
    plan[2].place = QStringLiteral("Torget");
    plan[2].why = QStringLiteral("5 boende markerade platsen som otrygg");
    REQUIRE(walks.setWalkPoints(*id, plan).ok());
    return p;
}

using Cells = std::map<QString, QString>;

// Opens the workbook for update, fills the fill-in columns of the rows with these numbers and
// appends the extra rows, as a user would in a spreadsheet program.
void fillIn(const QString &path, const std::map<int, Cells> &byNumber, const std::vector<Cells> &extraRows)
{
    GDALAllRegister();
    GDALDatasetH ds =
        GDALOpenEx(QFile::encodeName(path).constData(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr);
    REQUIRE(ds);
    OGRLayerH layer = GDALDatasetGetLayer(ds, 0);
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    const auto set = [&](OGRFeatureH f, const Cells &cells) {
        for (const auto &[column, value] : cells) {
            const int i = OGR_FD_GetFieldIndex(defn, column.toUtf8().constData());
            REQUIRE(i >= 0);
            OGR_F_SetFieldString(f, i, value.toUtf8().constData());
        }
    };
    OGR_L_ResetReading(layer);
    const int nr = OGR_FD_GetFieldIndex(defn, "Nr");
    REQUIRE(nr >= 0);
    while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
        if (const auto it = byNumber.find(OGR_F_GetFieldAsInteger(f, nr)); it != byNumber.end()) {
            set(f, it->second);
            REQUIRE(OGR_L_SetFeature(layer, f) == OGRERR_NONE);
        }
        OGR_F_Destroy(f);
    }
    for (const Cells &row : extraRows) {
        OGRFeatureH f = OGR_F_Create(defn);
        set(f, row);
        REQUIRE(OGR_L_CreateFeature(layer, f) == OGRERR_NONE);
        OGR_F_Destroy(f);
    }
    GDALClose(ds);
}

std::vector<std::vector<QString>> readRows(const QString &path, QStringList *header)
{
    GDALAllRegister();
    GDALDatasetH ds = GDALOpenEx(QFile::encodeName(path).constData(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    REQUIRE(ds);
    OGRLayerH layer = GDALDatasetGetLayer(ds, 0);
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i)
        *header << QString::fromUtf8(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i)));
    std::vector<std::vector<QString>> rows;
    while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
        rows.emplace_back();
        for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i)
            rows.back().push_back(QString::fromUtf8(OGR_F_GetFieldAsString(f, i)));
        OGR_F_Destroy(f);
    }
    GDALClose(ds);
    return rows;
}
} // namespace

TEST_CASE("a walk's table goes out as XLSX and comes back as findings at its points", "[io][walks]")
{
    QTemporaryDir dir;
    Planned p = plannedWalk(dir.filePath(QStringLiteral("walk.gpkg")));
    const QString xlsx = dir.filePath(QStringLiteral("tabell.xlsx"));
    auto plan = store::WalkStore(*p.store).walkPoints(p.walk.id);
    REQUIRE(plan.ok());
    REQUIRE(io::writeWalkTable(xlsx, *plan).ok());

    QStringList header;
    const auto rows = readRows(xlsx, &header);
    CHECK(header == QStringList{QStringLiteral("Nr"), QStringLiteral("Plats"), QStringLiteral("Skäl"),
                                QStringLiteral("Iakttagelse"), QStringLiteral("Typ"), QStringLiteral("Ansvarig"),
                                QStringLiteral("Förslag till åtgärd")});
    REQUIRE(rows.size() == 3);
    CHECK(rows[0][0] == QStringLiteral("1"));
    CHECK(rows[0][1] == QStringLiteral("Stationen"));
    CHECK(rows[0][2] == QStringLiteral("Mörk gångtunnel"));
    CHECK(rows[1][1] == QStringLiteral("650400, 6560300")); // no place name: the coordinates
    CHECK(rows[2][0] == QStringLiteral("3"));
    for (const auto &row : rows)
        for (int c = 3; c < 7; ++c)
            CHECK(row[static_cast<std::size_t>(c)].isEmpty());

    // Kinds by Swedish label, by code and by English label; then three rows that cannot be stored:
    // a number that is not a point, an unknown kind, a kind without an observation.
    fillIn(xlsx,
           {{1,
             {{QStringLiteral("Iakttagelse"), QStringLiteral("Trasig belysning i tunneln")},
              {QStringLiteral("Typ"), QStringLiteral("belysning")},
              {QStringLiteral("Ansvarig"), QStringLiteral("Telge Bostäder")},
              {QStringLiteral("Förslag till åtgärd"), QStringLiteral("Byt armaturen")}}},
            {2,
             {{QStringLiteral("Iakttagelse"), QStringLiteral("Klotter på väggen")},
              {QStringLiteral("Typ"), QStringLiteral("Skötsel och underhåll")},
              {QStringLiteral("Ansvarig"), QStringLiteral("Kommunen")}}},
            {3,
             {{QStringLiteral("Iakttagelse"), QStringLiteral("Buskarna skymmer sikten")},
              {QStringLiteral("Typ"), QStringLiteral("Vegetation and sight lines")}}}},
           {{{QStringLiteral("Nr"), QStringLiteral("7")},
             {QStringLiteral("Iakttagelse"), QStringLiteral("Saknad skylt")},
             {QStringLiteral("Typ"), QStringLiteral("Övrigt")}},
            {{QStringLiteral("Nr"), QStringLiteral("2")},
             {QStringLiteral("Iakttagelse"), QStringLiteral("Trasig bänk")},
             {QStringLiteral("Typ"), QStringLiteral("Möbler")}},
            {{QStringLiteral("Nr"), QStringLiteral("3")}, {QStringLiteral("Typ"), QStringLiteral("Belysning")}}});

    auto imported = io::importWalkTable(*p.store, p.walk, xlsx, QStringLiteral("Anna"));
    REQUIRE(imported.ok());
    CHECK(imported->rowsWithText == 6);
    CHECK(imported->stored == 3);
    CHECK(imported->alreadyStored == 0);
    REQUIRE(imported->rejected.size() == 3);
    CHECK(imported->stored + imported->alreadyStored + static_cast<std::int64_t>(imported->rejected.size()) ==
          imported->rowsWithText);
    // The header is row 1, the points rows 2 to 4, the added rows 5 to 7.
    CHECK(imported->rejected[0].row == 5);
    CHECK(imported->rejected[0].reason.contains(QStringLiteral("7")));
    CHECK(imported->rejected[1].row == 6);
    CHECK(imported->rejected[1].reason.contains(QStringLiteral("Möbler")));
    CHECK(imported->rejected[2].row == 7);
    CHECK(imported->rejected[2].reason.contains(QStringLiteral("Iakttagelse")));

    auto findings = p.store->walkFindings(p.walk.id);
    REQUIRE(findings.ok());
    REQUIRE(findings->size() == 3);
    std::map<int, WalkFinding> byPoint;
    for (const WalkFinding &f : *findings)
        byPoint[f.pointNumber] = f;
    CHECK(byPoint[1].position == PointXY{650100, 6560100});
    CHECK(byPoint[1].kind == QStringLiteral("belysning"));
    CHECK(byPoint[1].responsible == QStringLiteral("Telge Bostäder"));
    CHECK(byPoint[1].description.startsWith(QStringLiteral("Trasig belysning i tunneln")));
    CHECK(byPoint[1].description.contains(QStringLiteral("Byt armaturen")));
    CHECK(byPoint[1].status == FindingStatus::Open);
    CHECK(byPoint[2].position == PointXY{650400, 6560300});
    CHECK(byPoint[2].kind == QStringLiteral("skotsel_underhall"));
    CHECK(byPoint[2].description == QStringLiteral("Klotter på väggen"));
    CHECK(byPoint[3].kind == QStringLiteral("vegetation_sikt"));
    CHECK(byPoint[3].responsible.isEmpty());
    CHECK(p.store->database().queryInt(QStringLiteral(
              "SELECT count(*) FROM edit_log WHERE table_name = 'walk_findings' AND action = 'import_table' AND "
              "author = 'Anna'")) == 3);

    // The same table again: nothing new, the same rejections.
    auto again = io::importWalkTable(*p.store, p.walk, xlsx);
    REQUIRE(again.ok());
    CHECK(again->stored == 0);
    CHECK(again->alreadyStored == 3);
    CHECK(again->rejected.size() == 3);
    CHECK(p.store->walkFindings(p.walk.id)->size() == 3);
}

TEST_CASE("walk table and walk import-table on the command line, with a CSV filled in by hand", "[io][walks][cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("walk.gpkg"));
    FeatureId walkId = 0;
    {
        Planned p = plannedWalk(path);
        walkId = p.walk.id;
    }
    const QString id = QString::number(walkId);
    QString out, err;
    const QString xlsx = dir.filePath(QStringLiteral("tabell.xlsx"));
    REQUIRE(test::runCli({QStringLiteral("walk"), QStringLiteral("table"), path, QStringLiteral("--walk"), id,
                          QStringLiteral("--out"), xlsx},
                         &out, &err) == 0);
    CHECK(QFile::exists(xlsx));
    CHECK(test::runCli({QStringLiteral("walk"), QStringLiteral("table"), path, QStringLiteral("--walk"), id,
                        QStringLiteral("--out"), dir.filePath(QStringLiteral("t.ods"))},
                       &out, &err) == 2);

    const QString csv = dir.filePath(QStringLiteral("ifylld.csv"));
    REQUIRE(io::writeExcelCsv(
                csv, io::walkTableColumns(),
                {{QStringLiteral("1"), QStringLiteral("Stationen"), QString(), QStringLiteral("Mörkt; lampan trasig"),
                  QStringLiteral("Lighting"), QStringLiteral("Kommunen"), QString()},
                 {QStringLiteral("2"), QString(), QString(), QString(), QString(), QString(), QString()},
                 {QStringLiteral("9"), QString(), QString(), QStringLiteral("Fel nummer"), QStringLiteral("belysning"),
                  QString(), QString()}})
                .ok());
    const int rc = test::runCli(
        {QStringLiteral("walk"), QStringLiteral("import-table"), path, QStringLiteral("--walk"), id, csv}, &out, &err);
    INFO(out.toStdString() << err.toStdString());
    CHECK(rc == 1); // a row was rejected
    CHECK(out.contains(QStringLiteral("2 rows with text: 1 findings stored, 0 stored before, 1 rejected.")));
    CHECK(err.contains(QStringLiteral("Row 4:")));
    auto store = store::Store::open(path, store::Store::Mode::ReadOnly);
    REQUIRE(store.ok());
    auto findings = (*store)->walkFindings(walkId);
    REQUIRE(findings.ok());
    REQUIRE(findings->size() == 1);
    CHECK(findings->front().description == QStringLiteral("Mörkt; lampan trasig"));
    CHECK(findings->front().pointNumber == 1);
}
