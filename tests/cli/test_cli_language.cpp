// The CLI speaks the user's language all the way: analysis classes are translated, numbers are
// written the way the language writes them (28 876 and 261,62 in Swedish), and English plurals
// are words, not "incident(s)".

#include "cli_run.h"
#include "support/catch_qt.h"

#include <QRegularExpression>

using lb::test::CliResult;
using lb::test::demoStore;
using lb::test::runCliIn;
using lb::test::scratchDir;

namespace {

// Lines of `text` that show a number the way a program, not a language, writes it: five or more
// digits without grouping, or (in Swedish) a decimal point.
QStringList rawNumbers(const QString &text, bool swedish)
{
    static const QRegularExpression ungrouped(QStringLiteral("(?<![\\d/_.,-])\\d{5,}(?![\\d/_-])"));
    static const QRegularExpression point(QStringLiteral("(?<![\\w/.])\\d+\\.\\d+(?![\\w/])"));
    // A random seed is an identifier the user types back (--seed 12345), not a quantity.
    static const QRegularExpression seed(QStringLiteral("(seed|frö) \\d+"));
    QStringList out;
    for (QString line : text.split(QLatin1Char('\n')))
        if (line.remove(seed).contains(ungrouped) || (swedish && line.contains(point)))
            out << line;
    return out;
}

CliResult analyse(const QString &language, const QString &method, const QString &ext = QStringLiteral("csv"))
{
    return runCliIn(language, {QStringLiteral("analyse"), method, demoStore(), QStringLiteral("--out"),
                               scratchDir() + QStringLiteral("/out.") + ext});
}

} // namespace

TEST_CASE("the CLI names emerging hot-spot and LISA classes in Swedish", "[cli][i18n]")
{
    const CliResult emerging = analyse(QStringLiteral("sv"), QStringLiteral("emerging"));
    INFO(emerging.out.toStdString() << emerging.err.toStdString());
    REQUIRE(emerging.exitCode == 0);
    CHECK_FALSE(emerging.out.contains(QLatin1String("hot spot")));
    CHECK_FALSE(emerging.out.contains(QLatin1String("cold spot")));
    CHECK(emerging.out.contains(QStringLiteral("hett område")));

    const CliResult english = analyse(QStringLiteral("en"), QStringLiteral("emerging"));
    CHECK(english.out.contains(QLatin1String("hot spot")));

    const CliResult lisa = analyse(QStringLiteral("sv"), QStringLiteral("lisa"));
    INFO(lisa.out.toStdString() << lisa.err.toStdString());
    REQUIRE(lisa.exitCode == 0);
    CHECK_FALSE(lisa.out.contains(QLatin1String("not significant")));
    CHECK_FALSE(lisa.out.contains(QLatin1String("neighbours")));
}

TEST_CASE("the CLI says 1 feature and 3 features in English", "[cli][i18n]")
{
    const CliResult r = runCliIn(QStringLiteral("en"), {QStringLiteral("info"), demoStore()});
    INFO(r.out.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK_FALSE(r.out.contains(QLatin1String("(s)")));
    CHECK(r.out.contains(QLatin1String("3 features")));
    CHECK(r.out.contains(QLatin1String("28,876 features")));
}

TEST_CASE("the CLI writes numbers the way the language does", "[cli][i18n]")
{
    for (const QString &language : {QStringLiteral("sv"), QStringLiteral("en")}) {
        const bool swedish = language == QLatin1String("sv");
        QStringList outputs;
        outputs << runCliIn(language, {QStringLiteral("info"), demoStore()}).out;
        for (const QString &method :
             {QStringLiteral("gistar"), QStringLiteral("kde"), QStringLiteral("trends"), QStringLiteral("survey"),
              QStringLiteral("walks"), QStringLiteral("lisa"), QStringLiteral("emerging")})
            outputs << analyse(language, method,
                               method == QLatin1String("kde") ? QStringLiteral("tif") : QStringLiteral("csv"))
                           .out;
        for (const QString &out : outputs) {
            INFO(language.toStdString() << ":\n" << out.toStdString());
            CHECK(rawNumbers(out, swedish).join(QLatin1Char('\n')).toStdString() == "");
        }
    }
    // The check itself: what the old CLI printed is caught, what it should print is not.
    CHECK_FALSE(rawNumbers(QStringLiteral("(z = 261.62)"), true).isEmpty());
    CHECK_FALSE(rawNumbers(QStringLiteral("28876 händelser"), true).isEmpty());
    CHECK(rawNumbers(QStringLiteral("28 876 händelser (z = 261,62) 2021-01-01T02:40:00+01:00"), true).isEmpty());
}

TEST_CASE("option errors are in the user's language", "[cli][i18n]")
{
    const CliResult sv =
        runCliIn(QStringLiteral("sv"), {QStringLiteral("info"), demoStore(), QStringLiteral("--bogus")});
    CHECK(sv.exitCode == 2);
    CHECK(sv.err.contains(QStringLiteral("Okänd flagga 'bogus'.")));
    const CliResult missing =
        runCliIn(QStringLiteral("sv"), {QStringLiteral("render"), demoStore(), QStringLiteral("--out")});
    CHECK(missing.err.contains(QStringLiteral("Värde saknas efter '--out'.")));
    const CliResult en =
        runCliIn(QStringLiteral("en"), {QStringLiteral("info"), demoStore(), QStringLiteral("--bogus")});
    CHECK(en.err.contains(QStringLiteral("Unknown option 'bogus'.")));
}
