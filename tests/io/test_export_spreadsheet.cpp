// Tables for spreadsheets: the CSV for Swedish Excel (BOM, semicolons, decimal comma, quoting) and
// the XLSX workbook read back with ogrinfo; `analyse trends --out x.xlsx` writes workbooks.

#include "io/excel_csv.h"
#include "io/export_spreadsheet.h"
#include "io/export_table.h"
#include "support/sample_store.h"
#include "support/test_support.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace lb;

TEST_CASE("a CSV for Swedish Excel has a BOM, semicolons and decimal commas", "[io][export]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tabell.csv"));
    REQUIRE(io::writeExcelCsv(path, {QStringLiteral("område"), QStringLiteral("antal"), QStringLiteral("andel")},
                              {{QStringLiteral("Hovsjö"), QStringLiteral("12"), QStringLiteral("0.25")},
                               {QStringLiteral("Ronna, Geneta"), QStringLiteral("-3"), QString()}})
                .ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    // A comma is plain text to Swedish Excel (its list separator is ';'): no quotes.
    CHECK(QString::fromUtf8(bytes.mid(3)) == QStringLiteral("område;antal;andel\r\nHovsjö;12;0,25\r\n"
                                                            "Ronna, Geneta;-3;\r\n"));
    // The plain CSV keeps its decimal point; a .excel.csv name chooses the Excel form.
    const QString plain = dir.filePath(QStringLiteral("plain.csv"));
    REQUIRE(io::writeCsv(plain, {QStringLiteral("a")}, {{QStringLiteral("0.5")}}).ok());
    QFile p(plain);
    REQUIRE(p.open(QIODevice::ReadOnly));
    CHECK(p.readAll() == "a\n0.5\n");
    const QString excel = dir.filePath(QStringLiteral("t.excel.csv"));
    REQUIRE(io::writeCsv(excel, {QStringLiteral("a")}, {{QStringLiteral("0.5")}}).ok());
    QFile e(excel);
    REQUIRE(e.open(QIODevice::ReadOnly));
    CHECK(e.readAll() == "\xEF\xBB\xBF"
                         "a\r\n0,5\r\n");
}

TEST_CASE("the one Excel CSV rule: quotes only for ';', '\"', CR and LF, numbers with an ASCII minus",
          "[io][export][excelcsv]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("regler.csv"));
    io::OfficeTable table;
    table.header = {QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("x")};
    table.numericColumns = {2}; // "12.5" in the id column is a reference, not a number
    table.rows = {{QStringLiteral("12.5"), QStringLiteral("Mörkt; lampan \"trasig\""), QStringLiteral("-6552000.5")},
                  {QStringLiteral("7"), QStringLiteral("rad ett\rrad två"), QStringLiteral("0.25")},
                  {QStringLiteral("8"), QStringLiteral("a, b\nc"), QStringLiteral("–")}};
    REQUIRE(io::writeExcelCsv(path, table).ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(QString::fromUtf8(bytes.mid(3)) == QStringLiteral("id;text;x\r\n"
                                                            "12.5;\"Mörkt; lampan \"\"trasig\"\"\";-6552000,5\r\n"
                                                            "7;\"rad ett\rrad två\";0,25\r\n"
                                                            "8;\"a, b\nc\";–\r\n"));
    CHECK(io::excelCsvField(QStringLiteral("Ronna, Geneta")) == QStringLiteral("Ronna, Geneta"));
    CHECK(io::excelNumber(-0.0, 2) == QStringLiteral("0,00"));
    CHECK(io::excelNumber(-1234.567, 1) == QStringLiteral("-1234,6"));
}

TEST_CASE("an XLSX table keeps numbers as numbers", "[io][export]")
{
    if (!test::haveProgram(QStringLiteral("ogrinfo"))) {
        WARN("ogrinfo is not installed; the workbook is not read back");
        return;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tabell.xlsx"));
    REQUIRE(io::writeXlsx(path, QStringLiteral("trender"),
                          {QStringLiteral("område"), QStringLiteral("antal"), QStringLiteral("andel")},
                          {{QStringLiteral("Hovsjö"), QStringLiteral("12"), QStringLiteral("0.25")},
                           {QStringLiteral("Järna"), QStringLiteral("7"), QStringLiteral("0.5")}})
                .ok());
    QString out;
    REQUIRE(test::runProgram(QStringLiteral("ogrinfo"),
                             {QStringLiteral("--config"), QStringLiteral("OGR_XLSX_HEADERS"), QStringLiteral("FORCE"),
                              QStringLiteral("-al"), path},
                             &out) == 0);
    CHECK(out.contains(QStringLiteral("Layer name: trender")));
    CHECK(out.contains(QStringLiteral("Feature Count: 2")));
    CHECK(out.contains(QStringLiteral("område (String) = Hovsjö")));
    CHECK(out.contains(QStringLiteral("andel (Real) = 0.25")));
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("tabell.xlsx")}); // no temporary left
}

TEST_CASE("analyse trends --out x.xlsx writes its tables as workbooks", "[io][export][cli]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("sample.gpkg"));
    REQUIRE(test::createSampleStore(store).ok());
    const QString out = dir.filePath(QStringLiteral("trender.xlsx"));
    QString stdOut, stdErr;
    REQUIRE(test::runCli({QStringLiteral("analyse"), QStringLiteral("trends"), store, QStringLiteral("--period"),
                          QStringLiteral("year"), QStringLiteral("--out"), out},
                         &stdOut, &stdErr) == 0);
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(2) == "PK"); // a zip container, as every .xlsx
    CHECK(QFile::exists(dir.filePath(QStringLiteral("trender_time_profile.xlsx"))));
}
