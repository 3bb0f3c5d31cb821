// Every command of lagesbild-cli speaks the same way: its help names the command, calls the store
// STORE, offers --crs (never --epsg) and switches FDR with --fdr/--no-fdr; the output format
// follows --out's extension and an unsupported one is an error; conflicting options are errors;
// and each error message is about the problem the user made.

#include "cli_run.h"
#include "support/catch_qt.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>

using lb::test::CliResult;
using lb::test::demoStore;
using lb::test::runCliIn;
using lb::test::scratchDir;

namespace {

struct HelpRow {
    QStringList command; // e.g. {"analyse", "lisa"}
    bool takesStore;
    bool fdr;
};

const std::vector<HelpRow> kCommands = {
    {{QStringLiteral("demo")}, false, false},
    {{QStringLiteral("info")}, true, false},
    {{QStringLiteral("render")}, true, false},
    {{QStringLiteral("create")}, true, false},
    {{QStringLiteral("probe")}, false, false},
    {{QStringLiteral("import")}, true, false},
    {{QStringLiteral("personal-data")}, true, false},
    {{QStringLiteral("upgrade")}, true, false},
    {{QStringLiteral("fetch-police")}, true, false},
    {{QStringLiteral("evaluate")}, true, false},
    {{QStringLiteral("chart")}, true, false},
    {{QStringLiteral("print")}, true, false},
    {{QStringLiteral("report")}, true, false},
    {{QStringLiteral("check")}, true, false},
    {{QStringLiteral("copy-store")}, false, false},
    {{QStringLiteral("codes")}, true, false},
    {{QStringLiteral("rejects")}, true, false},
    {{QStringLiteral("walk")}, true, false},
    {{QStringLiteral("walk"), QStringLiteral("print")}, true, false},
    {{QStringLiteral("walk"), QStringLiteral("followup")}, true, false},
    {{QStringLiteral("walk"), QStringLiteral("create")}, true, false},
    {{QStringLiteral("walk"), QStringLiteral("list")}, true, false},
    {{QStringLiteral("walk"), QStringLiteral("plan")}, true, false},
    {{QStringLiteral("walk"), QStringLiteral("points")}, true, false},
    {{QStringLiteral("walk"), QStringLiteral("points-edit")}, true, false},
    {{QStringLiteral("walk"), QStringLiteral("table")}, true, false},
    {{QStringLiteral("walk"), QStringLiteral("import-table")}, true, false},
    {{QStringLiteral("taxonomy"), QStringLiteral("add")}, true, false},
    {{QStringLiteral("interventions"), QStringLiteral("add")}, true, false},
    {{QStringLiteral("interventions"), QStringLiteral("list")}, true, false},
    {{QStringLiteral("interventions"), QStringLiteral("import")}, true, false},
    {{QStringLiteral("interventions"), QStringLiteral("edit")}, true, false},
    {{QStringLiteral("interventions"), QStringLiteral("remove")}, true, false},
    {{QStringLiteral("analyse"), QStringLiteral("kde")}, true, false},
    {{QStringLiteral("analyse"), QStringLiteral("gistar")}, true, true},
    {{QStringLiteral("analyse"), QStringLiteral("trends")}, true, false},
    {{QStringLiteral("analyse"), QStringLiteral("survey")}, true, false},
    {{QStringLiteral("analyse"), QStringLiteral("walks")}, true, false},
    {{QStringLiteral("analyse"), QStringLiteral("lisa")}, true, true},
    {{QStringLiteral("analyse"), QStringLiteral("emerging")}, true, true},
    {{QStringLiteral("analyse"), QStringLiteral("knox")}, true, false},
};

struct ErrorRow {
    QStringList args;       // %S is replaced by the demo store, %D by a scratch folder
    QString mentions;       // the error must say this
    QString mustNotMention; // and not this (a problem the user did not make)
    QString mustNotCreate;  // a file the command must not write (under %D)
};

QStringList expand(const QStringList &args, const QString &dir)
{
    QStringList out;
    for (QString a : args)
        out << a.replace(QLatin1String("%S"), demoStore()).replace(QLatin1String("%D"), dir);
    return out;
}

} // namespace

TEST_CASE("every command's help names the command and uses the shared names", "[cli]")
{
    for (const HelpRow &row : kCommands) {
        const QString name = row.command.join(QLatin1Char(' '));
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("sv")}) {
            const CliResult r = runCliIn(language, row.command + QStringList{QStringLiteral("--help")});
            INFO(language.toStdString() << " " << name.toStdString() << ":\n"
                                        << r.out.toStdString() << r.err.toStdString());
            CHECK(r.exitCode == 0);
            const QString usage = r.out.section(QLatin1Char('\n'), 0, 0);
            const QString expected = (language == QLatin1String("sv") ? QStringLiteral("Användning: lagesbild-cli ")
                                                                      : QStringLiteral("Usage: lagesbild-cli ")) +
                                     name + QLatin1Char(' ');
            CHECK(usage.startsWith(expected));
            if (row.takesStore)
                CHECK(r.out.contains(QLatin1String("STORE")));
            CHECK_FALSE(r.out.contains(QLatin1String("--epsg")));
            CHECK_FALSE(r.out.contains(QLatin1String("comma separated")));
            if (row.fdr) {
                CHECK(r.out.contains(QLatin1String("--fdr ")));
                CHECK(r.out.contains(QLatin1String("--no-fdr ")));
            }
            if (language == QLatin1String("sv")) {
                CHECK_FALSE(r.out.contains(QLatin1String("Options:")));
                CHECK_FALSE(r.out.contains(QLatin1String("[options]")));
            }
        }
    }
}

TEST_CASE("the table above covers every command the usage lists", "[cli]")
{
    const CliResult r = runCliIn(QStringLiteral("en"), {QStringLiteral("--help")});
    const QString commands = r.out.section(QStringLiteral("Commands:"), 1).section(QStringLiteral("\n\n"), 0, 0);
    QStringList listed;
    static const QRegularExpression commandLine(QStringLiteral("^  ([a-z-]+) "), QRegularExpression::MultilineOption);
    for (auto it = commandLine.globalMatch(commands); it.hasNext();)
        listed << it.next().captured(1);
    REQUIRE(listed.size() >= 15);
    for (const QString &command : listed) {
        INFO(command.toStdString());
        CHECK(std::any_of(kCommands.begin(), kCommands.end(),
                          [&](const HelpRow &row) { return row.command.first() == command; }));
    }
}

TEST_CASE("wrong or conflicting options are errors about exactly that", "[cli]")
{
    const std::vector<ErrorRow> rows = {
        {{"render", "%S", "--out", "%D/map.jpg"}, ".jpg", "", "map.jpg"},
        {{"render", "%S", "--out", "%D/map"}, "extension", "", "map"},
        {{"analyse", "gistar", "%S", "--out", "%D/hot.csv"}, ".csv", "", "hot.csv"},
        {{"analyse", "emerging", "%S", "--out", "%D/e.txt"}, ".txt", "", "e.txt"},
        {{"analyse", "kde", "%S", "--out", "%D/k.png"}, ".png", "", "k.png"},
        {{"analyse", "lisa", "%S", "--out", "%D/l.shp"}, ".shp", "", "l.shp"},
        {{"analyse", "trends", "%S", "--out", "%D/t.gpkg"}, ".gpkg", "", "t.gpkg"},
        {{"demo", "--out", "%D/demo.sqlite"}, ".sqlite", "", "demo.sqlite"},
        {{"analyse", "survey", "%S", "--out", "%D/s.csv", "--from", "2020-13-01"}, "2020-13-01", "--radius", "s.csv"},
        {{"analyse", "gistar", "%S", "--out", "%D/g.gpkg", "--fdr", "--no-fdr"}, "--fdr and --no-fdr", "", "g.gpkg"},
        {{"analyse", "gistar", "%S", "--out", "%D/g.gpkg", "--knn", "8", "--contiguity"},
         "--knn and --contiguity",
         "",
         "g.gpkg"},
        {{"analyse", "lisa", "%S", "--out", "%D/l.csv", "--knn", "4", "--band", "500"},
         "--knn and --band",
         "",
         "l.csv"},
        {{"analyse", "lisa", "%S", "--out", "%D/l.csv", "--crs", "metres"}, "--crs", "", "l.csv"},
        {{"render", "%S", "--out", "%D/map.png", "--title", "Karta"}, "--title", "", "map.png"},
        {{"render", "%S", "--out", "%D/map.pdf", "--size", "800x600"}, "--size", "", "map.pdf"},
        {{"render", "%S", "--out", "%D/map.png", "--layers", "rivers"}, "rivers", "", "map.png"},
        {{"render", "%S", "--out", "%D/map.png", "--layer-style", "incidents=categorized:rating"},
         "group, category, source",
         "",
         "map.png"},
        {{"render", "%S", "--out", "%D/map.png", "--layer-style", "roads=single"},
         "incidents, pins or findings",
         "",
         "map.png"},
        {{"render", "%S", "--out", "%D/map.png", "--layer-style", "pins=graduated:rating,ramp=rainbow"},
         "ylorrd, blues, viridis, rdylbu",
         "",
         "map.png"},
        {{"render", "%S", "--out", "%D/map.png", "--labels", "findings=colour"},
         "kind, status, responsible, description",
         "",
         "map.png"},
        {{"print", "%S", "--out", "%D/p.pdf", "--layer-style", "findings=graduated:status"}, "graduated", "", "p.pdf"},
        {{"render", "%S", "--out", "%D/map.png", "--finding-status", "done"}, "done", "--walk", "map.png"},
        {{"render", "%S", "--out", "%D/map.png", "--walk", "99999"}, "99999", "--finding-status", "map.png"},
        {{"print", "%S", "--out", "%D/p.pdf", "--finding-kinds", "graffiti_wall"}, "graffiti_wall", "", "p.pdf"},
        {{"chart", "%S", "--kind", "per-year", "--out", "%D/c.jpg"}, ".jpg", "", "c.jpg"},
        {{"print", "%S", "--out", "%D/p.doc"}, ".doc", "", "p.doc"},
        {{"report", "%S", "--year", "2024", "--out", "%D/r.txt"}, ".txt", "", "r.txt"},
        {{"info", "--bogus"}, "bogus", "", ""},
        {{"info", "--bogus"}, "lagesbild-cli info", "", ""},
    };
    for (const ErrorRow &row : rows) {
        const QString dir = scratchDir();
        const QStringList args = expand(row.args, dir);
        const CliResult r = runCliIn(QStringLiteral("en"), args);
        INFO(args.join(QLatin1Char(' ')).toStdString() << "\n" << r.err.toStdString());
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(row.mentions));
        if (!row.mustNotMention.isEmpty())
            CHECK_FALSE(r.err.contains(row.mustNotMention));
        if (!row.mustNotCreate.isEmpty())
            CHECK_FALSE(QFileInfo::exists(dir + QLatin1Char('/') + row.mustNotCreate));
    }
}

TEST_CASE("render --layers takes the layer names info prints", "[cli]")
{
    const CliResult info = runCliIn(QStringLiteral("en"), {QStringLiteral("info"), demoStore()});
    REQUIRE(info.exitCode == 0);
    QStringList tables;
    static const QRegularExpression layerLine(QStringLiteral("^  (\\w+)\\s+\\("));
    for (const QString &line : info.out.split(QLatin1Char('\n')))
        if (const auto m = layerLine.match(line); m.hasMatch())
            tables << m.captured(1);
    REQUIRE(tables.size() >= 5);
    const QString out = scratchDir() + QStringLiteral("/map.png");
    const CliResult r = runCliIn(QStringLiteral("en"), {QStringLiteral("render"), demoStore(), QStringLiteral("--out"),
                                                        out, QStringLiteral("--size"), QStringLiteral("200x150"),
                                                        QStringLiteral("--layers"), tables.join(QLatin1Char(','))});
    INFO(tables.join(QLatin1Char(',')).toStdString() << "\n" << r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(QFileInfo(out).size() > 0);
}
