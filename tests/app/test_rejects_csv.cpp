// The rejected rows of an import leave as a CSV for Swedish Excel through the one writer
// (io/excel_csv.h): BOM, ';', CRLF, quotes only where needed, and the rejected values exactly as
// they were read (a value "1.5" that could not be read stays "1.5", not "1,5").

#include "app/import_rejects_dialog.h"
#include "store/import_catalog.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace lb;

TEST_CASE("rejected rows are written as a CSV for Swedish Excel with their raw values intact", "[app][rejects]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("avvisade.csv"));
    store::ImportReject r;
    r.rowNumber = 12;
    r.rawValues = QStringLiteral(R"({"tid":"1.5","plats":"Torget; norra delen"})");
    r.reasonCode = QStringLiteral("bad_time");
    r.reason = QStringLiteral("Not a time: \"1.5\"");
    REQUIRE(app::writeRejectsCsv(path, {r}).isEmpty());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].startsWith(QStringLiteral("row;reason_code;reason;details;")));
    CHECK(lines[1].startsWith(QStringLiteral("12;bad_time;")));
    CHECK(lines[1].endsWith(QStringLiteral(";\"Not a time: \"\"1.5\"\"\";\"Torget; norra delen\";1.5")));
    CHECK(lines[2].isEmpty());
}
