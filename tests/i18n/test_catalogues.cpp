// The Swedish catalogues are complete: every string the code marks for translation has a finished
// Swedish translation, in the context the program looks it up in.

#include "support/catch_qt.h"
#include "support/test_support.h"

#include "catalogue_reader.h"

#include <QTemporaryDir>

#include <set>

using lb::test::CatalogueMessage;
using lb::test::readCatalogue;

namespace {
QStringList catalogues()
{
    return lb::test::swedishCatalogues();
}
} // namespace

TEST_CASE("every entry in the Swedish catalogues is translated", "[i18n]")
{
    const QStringList files = catalogues();
    REQUIRE_FALSE(files.isEmpty());
    for (const QString &file : files) {
        for (const CatalogueMessage &m : readCatalogue(file)) {
            INFO(file.toStdString() << ": [" << m.context.toStdString() << "] " << m.source.toStdString());
            CHECK(m.finished);
        }
    }
}

TEST_CASE("every translatable string in the code is in a Swedish catalogue under its context", "[i18n]")
{
    std::set<std::pair<QString, QString>> translated;
    for (const QString &file : catalogues())
        for (const CatalogueMessage &m : readCatalogue(file))
            if (m.finished)
                translated.insert({m.context, m.source});

    // Extract the strings from the sources afresh, the same way the catalogues are made.
    QTemporaryDir dir;
    const QString extracted = dir.filePath(QStringLiteral("all_sv.ts"));
    QString out, err;
    const int rc =
        lb::test::runProgram(QStringLiteral(LB_LUPDATE),
                             {QStringLiteral("-I"), QStringLiteral(LB_SOURCE_DIR "/src"), QStringLiteral("-locations"),
                              QStringLiteral("none"), QStringLiteral(LB_SOURCE_DIR "/src"),
                              QStringLiteral(LB_SOURCE_DIR "/ui"), QStringLiteral("-ts"), extracted},
                             &out, &err);
    INFO(out.toStdString() << err.toStdString());
    REQUIRE(rc == 0);
    const std::vector<CatalogueMessage> all = readCatalogue(extracted);
    REQUIRE(all.size() > 100);
    for (const CatalogueMessage &m : all) {
        INFO("[" << m.context.toStdString() << "] " << m.source.toStdString());
        CHECK(translated.count({m.context, m.source}) == 1);
    }
}
