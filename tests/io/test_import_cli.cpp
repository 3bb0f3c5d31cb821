// lagesbild-cli create, probe and import, run as a user would run them.

#include "import_test_support.h"
#include "support/test_support.h"

#include <QDir>

#include <catch2/catch.hpp>

using namespace lb::test;

namespace {
QString demoBoundary()
{
    return QDir(dataPath(QString())).filePath(QStringLiteral("../../resources/demo/municipality.geojson"));
}
} // namespace

TEST_CASE("create, probe and import on the command line", "[io][cli]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("sodertalje.gpkg"));
    QString out, err;
    REQUIRE(runCli({QStringLiteral("create"), store, QStringLiteral("--boundary"), demoBoundary()}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("EPSG:3006")));
    CHECK(runCli({QStringLiteral("create"), store}, &out, &err) != 0); // refuses to overwrite

    // Two rows in Södertälje, one in Stockholm (outside this municipality), one unknown category.
    const QString csv = writeFile(dir, QStringLiteral("polisen.csv"),
                                  "Ärendenummer;Datum;Kategori;Latitud;Longitud\n"
                                  "P1;2023-03-29 14:05;Klotter;59,1955;17,6253\n"
                                  "P2;2023-03-30;Skadegörelse;59,2000;17,6300\n"
                                  "P3;2023-03-30;Klotter;59,3293;18,0686\n"
                                  "P4;2023-03-30;Snatteri;59,2000;17,6300\n");
    REQUIRE(runCli({QStringLiteral("probe"), csv}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("x = Longitud, y = Latitud")));
    CHECK(out.contains(QStringLiteral("EPSG:4326")));
    CHECK(out.contains(QStringLiteral("Ärendenummer")));

    const QStringList import = {QStringLiteral("import"),    csv,
                                QStringLiteral("--store"),   store,
                                QStringLiteral("--kind"),    QStringLiteral("incidents"),
                                QStringLiteral("--profile"), QStringLiteral("polisen")};
    REQUIRE(runCli(import, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("Accepted: 2")));
    CHECK(out.contains(QStringLiteral("outside_municipality): 1")));
    CHECK(out.contains(QStringLiteral("\"Snatteri\"")));
    CHECK(out.contains(QStringLiteral("Saved the mapping as profile polisen")));

    // Next month: the profile is reused, the unknown value mapped, and old rows are not doubled.
    REQUIRE(runCli({QStringLiteral("import"), csv, QStringLiteral("--store"), store, QStringLiteral("--profile"),
                    QStringLiteral("polisen"), QStringLiteral("--value"), QStringLiteral("Snatteri=inbrott_stold")},
                   &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("Accepted: 1")));
    CHECK(out.contains(QStringLiteral("Already in the store: 2")));

    REQUIRE(runCli({QStringLiteral("import"), QStringLiteral("--store"), store, QStringLiteral("--batches")}, &out,
                   &err) == 0);
    CHECK(out.contains(QStringLiteral("Batch 2")));
    REQUIRE(runCli({QStringLiteral("import"), QStringLiteral("--store"), store, QStringLiteral("--undo"),
                    QStringLiteral("2")},
                   &out, &err) == 0);

    // Nothing importable: exit code 1.
    const QString bad =
        writeFile(dir, QStringLiteral("bad.csv"), "Datum;Kategori;Latitud;Longitud\nhej;Klotter;59,19;17,62\n");
    CHECK(runCli({QStringLiteral("import"), bad, QStringLiteral("--store"), store, QStringLiteral("--kind"),
                  QStringLiteral("incidents")},
                 &out, &err) == 1);
    CHECK(err.contains(QStringLiteral("Nothing could be imported")));
    // Unsupported format and usage errors.
    const QString txt = writeFile(dir, QStringLiteral("x.txt"), "inte en tabell\n");
    CHECK(runCli({QStringLiteral("probe"), txt}, &out, &err) == 1);
    CHECK(err.contains(QStringLiteral("not a supported format")));
    CHECK(runCli({QStringLiteral("import"), csv, QStringLiteral("--store"), store}, &out, &err) == 2);
}
