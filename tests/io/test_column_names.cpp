// Column names arrive as intact as the values: a header written by Excel on a Swedish Windows
// (Windows-1252) is shown with its å, ä and ö.

#include "io/probe.h"
#include "support/catch_qt.h"

#include <QFile>
#include <QTemporaryDir>

using namespace lb;

TEST_CASE("Windows-1252 column names are decoded, not shown as replacement characters", "[io][probe]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("polisen.csv"));
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        // "Händelse;Östkoordinat;Nordkoordinat;Tidpunkt" and one row, in Windows-1252 bytes.
        f.write("H\xE4ndelse;\xD6stkoordinat;Nordkoordinat;Tidpunkt\r\n"
                "Klotter p\xE5 v\xE4gg;650000;6565000;2023-03-29 14:05\r\n");
    }
    auto probe = io::probeFile(path);
    REQUIRE(probe.ok());
    REQUIRE(probe->layers.size() == 1);
    const auto &fields = probe->layers.front().fields;
    REQUIRE(fields.size() == 4);
    CHECK(fields[0].name == QStringLiteral("Händelse"));
    CHECK(fields[1].name == QStringLiteral("Östkoordinat"));
    CHECK(fields[0].samples.value(0) == QStringLiteral("Klotter på vägg"));
}
