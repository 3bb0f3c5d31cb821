// Category values as a person writes them: labels in either language without regard to case or
// diacritics match by themselves, close values are proposed for the user to confirm, new
// categories can be added, and a misspelt code on the command line is an error naming the codes.

#include "import_test_support.h"
#include "io/category_matcher.h"
#include "support/test_support.h"

#include <catch2/catch.hpp>

using namespace lb;
using namespace lb::io;
using namespace lb::test;

TEST_CASE("labels match without case or diacritics; close values are proposed", "[io][categories]")
{
    const CategoryMatcher m = CategoryMatcher::forCategories(defaultCategories());
    CHECK(m.match(QStringLiteral("BRAND, ÖVRIGT")) == QStringLiteral("brand_ovrigt"));
    CHECK(m.match(QStringLiteral("Skadegorelse")) == QStringLiteral("skadegorelse"));
    CHECK(m.match(QStringLiteral("burglary and theft")) == QStringLiteral("inbrott_stold"));
    CHECK(m.match(QStringLiteral("Burglary")).isEmpty());

    const auto burglary = m.propose(QStringLiteral("Burglary"));
    REQUIRE(burglary);
    CHECK(burglary->code == QStringLiteral("inbrott_stold"));
    const auto typo = m.propose(QStringLiteral("Klottre"));
    REQUIRE(typo);
    CHECK(typo->code == QStringLiteral("klotter"));
    CHECK_FALSE(m.propose(QStringLiteral("Anti-social behaviour")));
    CHECK_FALSE(m.propose(QStringLiteral("Klotter"))); // matches by itself: nothing to propose
}

TEST_CASE("an import matches labels without diacritics and accepts proposals on request", "[io][categories][cli]")
{
    QTemporaryDir dir;
    auto store = makeStore(dir);
    const QString path = writeFile(dir, QStringLiteral("street.csv"),
                                   "Crime ID,Month,Longitude,Latitude,Crime type\n"
                                   "A,2024-01,18.0686,59.3293,BRAND I BIL\n"
                                   "B,2024-01,18.0686,59.3293,Burglary\n"
                                   "C,2024-01,18.0686,59.3293,Burglary\n");
    const QStringList import = {QStringLiteral("import"),  path,
                                QStringLiteral("--store"), store->path(),
                                QStringLiteral("--kind"),  QStringLiteral("incidents")};
    QString out, err;
    CHECK(runCli(import, &out, &err) == 0);
    INFO(out.toStdString() << err.toStdString());
    CHECK(out.contains(QStringLiteral("Accepted: 1")));
    CHECK(out.contains(QStringLiteral("perhaps inbrott_stold")));
    CHECK(out.contains(QStringLiteral("--value \"Burglary=inbrott_stold\"")));

    REQUIRE(runCli(import + QStringList{QStringLiteral("--accept-proposals")}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("Mapped \"Burglary\" to inbrott_stold")));
    CHECK(out.contains(QStringLiteral("Accepted: 2")));
    auto reopened = store::Store::open(store->path());
    REQUIRE(reopened.ok());
    CHECK(countRows(**reopened, QStringLiteral("incidents"), QStringLiteral("category = 'brand_bil'")) == 1);
    CHECK(countRows(**reopened, QStringLiteral("incidents"), QStringLiteral("category = 'inbrott_stold'")) == 2);
}

TEST_CASE("a new category is added from the command line and used by an import", "[io][categories][cli]")
{
    QTemporaryDir dir;
    auto store = makeStore(dir);
    const QString s = store->path();
    store.reset();
    QString out, err;
    REQUIRE(
        runCli({QStringLiteral("taxonomy"), QStringLiteral("add"), s, QStringLiteral("--code"), QStringLiteral("asb"),
                QStringLiteral("--sv"), QStringLiteral("Antisocialt beteende"), QStringLiteral("--en"),
                QStringLiteral("Anti-social behaviour"), QStringLiteral("--group"), QStringLiteral("order")},
               &out, &err) == 0);
    CHECK(runCli({QStringLiteral("taxonomy"), QStringLiteral("add"), s, QStringLiteral("--code"), QStringLiteral("asb"),
                  QStringLiteral("--sv"), QStringLiteral("x"), QStringLiteral("--en"), QStringLiteral("x")},
                 &out, &err) != 0); // the code exists
    CHECK(err.contains(QStringLiteral("asb")));
    CHECK(runCli({QStringLiteral("taxonomy"), QStringLiteral("add"), s, QStringLiteral("--code"), QStringLiteral("ny"),
                  QStringLiteral("--sv"), QStringLiteral("Ny"), QStringLiteral("--en"), QStringLiteral("New"),
                  QStringLiteral("--group"), QStringLiteral("nosuchgroup")},
                 &out, &err) != 0);
    CHECK(err.contains(QStringLiteral("violence"))); // names the groups

    REQUIRE(runCli({QStringLiteral("codes"), s, QStringLiteral("--kind"), QStringLiteral("category")}, &out, &err) ==
            0);
    CHECK(out.contains(QStringLiteral("asb")));
    CHECK(out.contains(QStringLiteral("Anti-social behaviour")));
    CHECK(out.contains(QStringLiteral("klotter")));

    const QString path = writeFile(dir, QStringLiteral("street.csv"),
                                   "Crime ID,Month,Longitude,Latitude,Crime type\n"
                                   "A,2024-01,18.0686,59.3293,Anti-social behaviour\n");
    REQUIRE(runCli({QStringLiteral("import"), path, QStringLiteral("--store"), s, QStringLiteral("--kind"),
                    QStringLiteral("incidents")},
                   &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("Accepted: 1")));
}

TEST_CASE("codes lists sources and areas; unknown codes are errors naming the valid ones", "[io][categories][cli]")
{
    QTemporaryDir dir;
    auto store = makeStore(dir);
    const QString s = store->path();
    store.reset();
    const QString path = writeFile(dir, QStringLiteral("a.csv"),
                                   "Nr;Datum;Kategori;Källa;Latitud;Longitud\n"
                                   "1;2024-01-05 12:00;Klotter;Polisen;59,3293;18,0686\n");
    QString out, err;
    REQUIRE(runCli({QStringLiteral("import"), path, QStringLiteral("--store"), s, QStringLiteral("--kind"),
                    QStringLiteral("incidents")},
                   &out, &err) == 0);
    REQUIRE(runCli({QStringLiteral("codes"), s}, &out, &err) == 0);
    CHECK(out.contains(QStringLiteral("Polisen")));
    CHECK(out.contains(QStringLiteral("Teststad")));

    CHECK(runCli({QStringLiteral("import"), path, QStringLiteral("--store"), s, QStringLiteral("--kind"),
                  QStringLiteral("incidents"), QStringLiteral("--value"), QStringLiteral("Klotter=klottr")},
                 &out, &err) == 2);
    CHECK(err.contains(QStringLiteral("klottr")));
    CHECK(err.contains(QStringLiteral("skadegorelse")));

    const QString csv = dir.filePath(QStringLiteral("t.csv"));
    CHECK(runCli({QStringLiteral("analyse"), QStringLiteral("trends"), s, QStringLiteral("--out"), csv,
                  QStringLiteral("--categories"), QStringLiteral("klotter,grafitti")},
                 &out, &err) != 0);
    CHECK(err.contains(QStringLiteral("grafitti")));
    CHECK(err.contains(QStringLiteral("klotter")));
    CHECK(runCli({QStringLiteral("analyse"), QStringLiteral("trends"), s, QStringLiteral("--out"), csv,
                  QStringLiteral("--sources"), QStringLiteral("Polis")},
                 &out, &err) != 0);
    CHECK(err.contains(QStringLiteral("Polisen")));
    CHECK(runCli({QStringLiteral("analyse"), QStringLiteral("trends"), s, QStringLiteral("--out"), csv,
                  QStringLiteral("--categories"), QStringLiteral("klotter"), QStringLiteral("--sources"),
                  QStringLiteral("Polisen")},
                 &out, &err) == 0);
}
