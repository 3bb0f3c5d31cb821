// English plurals are words: every message counted with %n has an English singular and plural in
// resources/translations/lagesbild_plurals_en.ts, so the program says "1 row" and "2 rows", never
// "2 row(s)".

#include "catalogue_reader.h"
#include "support/catch_qt.h"
#include "support/test_support.h"

#include <QTemporaryDir>

#include <set>

TEST_CASE("every %n message has English singular and plural forms", "[i18n]")
{
    const QString english = QStringLiteral(LB_SOURCE_DIR "/resources/translations/lagesbild_plurals_en.ts");
    std::set<std::pair<QString, QString>> covered;
    for (const lb::test::CatalogueMessage &m : lb::test::readCatalogue(english)) {
        INFO("[" << m.context.toStdString() << "] " << m.source.toStdString());
        CHECK(m.finished);
        REQUIRE(m.forms.size() == 2);
        for (const QString &form : m.forms)
            CHECK_FALSE(form.contains(QLatin1String("(s)")));
        if (m.source.contains(QLatin1String("(s)")))
            CHECK(m.forms[0] != m.forms[1]);
        covered.insert({m.context, m.source});
    }

    // The %n messages in the code, extracted afresh.
    QTemporaryDir dir;
    const QString extracted = dir.filePath(QStringLiteral("plurals_en.ts"));
    QString out, err;
    const int rc =
        lb::test::runProgram(QStringLiteral(LB_LUPDATE),
                             {QStringLiteral("-I"), QStringLiteral(LB_SOURCE_DIR "/src"), QStringLiteral("-locations"),
                              QStringLiteral("none"), QStringLiteral("-pluralonly"),
                              QStringLiteral(LB_SOURCE_DIR "/src"), QStringLiteral("-ts"), extracted},
                             &out, &err);
    INFO(out.toStdString() << err.toStdString());
    REQUIRE(rc == 0);
    const auto all = lb::test::readCatalogue(extracted);
    REQUIRE(all.size() >= 10);
    for (const lb::test::CatalogueMessage &m : all) {
        INFO("[" << m.context.toStdString() << "] " << m.source.toStdString());
        CHECK(covered.count({m.context, m.source}) == 1);
    }
}
