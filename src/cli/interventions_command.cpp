// lagesbild-cli interventions add|list|kinds|import STORE ...: record interventions (insatser); edit and
// remove are in interventions_edit.cpp.

#include "cli/cli_support.h"
#include "cli/commands.h"
#include "cli/intervention_fields.h"
#include "io/source_reader.h"
#include "store/intervention_store.h"

#include <QCoreApplication>
#include <QLocale>

namespace lb::cli {

namespace {
struct InterventionsTr {
    Q_DECLARE_TR_FUNCTIONS(lb::cli::Interventions)
};

const char *const kFieldNames[] = {"name", "kind",        "from",  "to",      "point",     "x",
                                   "y",    "radius",      "route", "polygon", "districts", "organisation",
                                   "cost", "description", "links"};

int runAdd(const QStringList &args, CommandIo io)
{
    QCommandLineParser p;
    p.setApplicationDescription(InterventionsTr::tr(
        "Records an intervention. Give its place as --point X,Y with --radius METRES, --route or --polygon "
        "\"X Y, X Y, ...\" (in the store's coordinates), or --districts NAME,NAME."));
    p.addPositionalArgument(QStringLiteral("STORE"), InterventionsTr::tr("The store (a .gpkg file)."));
    std::vector<QCommandLineOption> options;
    for (const char *name : kFieldNames)
        if (qstrcmp(name, "x") != 0 && qstrcmp(name, "y") != 0)
            options.emplace_back(QString::fromLatin1(name),
                                 InterventionsTr::tr("The intervention's %1.").arg(QString::fromLatin1(name)),
                                 QStringLiteral("VALUE"));
    const QCommandLineOption author(QStringLiteral("author"), InterventionsTr::tr("Name for the edit log."),
                                    QStringLiteral("NAME"));
    for (const QCommandLineOption &o : options)
        p.addOption(o);
    p.addOption(author);
    int rc = 0;
    if (!parseArgs(p, QStringLiteral("interventions add"), args, io, &rc))
        return rc;
    if (p.positionalArguments().size() != 1) {
        io.err << InterventionsTr::tr("interventions add needs a store.") << '\n';
        return 2;
    }
    auto store = openStore(p.positionalArguments().first(), io, store::Store::Mode::ReadWrite);
    if (!store)
        return 1;
    store::InterventionStore interventions(*store);
    auto kinds = interventions.kinds();
    if (!kinds) {
        io.err << kinds.errorMessage() << '\n';
        return 1;
    }
    QMap<QString, QString> fields;
    for (const QCommandLineOption &o : options)
        fields.insert(o.names().first(), p.value(o));
    auto intervention = interventionFromFields(fields, *store, *kinds);
    if (!intervention) {
        io.err << intervention.errorMessage() << '\n';
        return 2;
    }
    auto id = interventions.insert(*intervention, p.value(author));
    if (!id) {
        io.err << id.errorMessage() << '\n';
        return 1;
    }
    io.out << InterventionsTr::tr("Added intervention %1: %2").arg(*id).arg(intervention->name) << '\n';
    return 0;
}

int runList(const QStringList &args, CommandIo io)
{
    QCommandLineParser p;
    p.setApplicationDescription(InterventionsTr::tr("Lists the interventions of a store, one per line."));
    p.addPositionalArgument(QStringLiteral("STORE"), InterventionsTr::tr("The store (a .gpkg file)."));
    int rc = 0;
    if (!parseArgs(p, QStringLiteral("interventions list"), args, io, &rc))
        return rc;
    if (p.positionalArguments().size() != 1) {
        io.err << InterventionsTr::tr("interventions list needs a store.") << '\n';
        return 2;
    }
    auto store = openStore(p.positionalArguments().first(), io);
    if (!store)
        return 1;
    store::InterventionStore interventions(*store);
    auto all = interventions.interventions();
    auto kinds = interventions.kinds();
    if (!all || !kinds) {
        io.err << (!all ? all.errorMessage() : kinds.errorMessage()) << '\n';
        return 1;
    }
    const QLocale locale;
    io.out << InterventionsTr::tr("id\tname\tkind\tfrom\tto\tplace\torganisation\tcost") << '\n';
    for (const Intervention &i : *all) {
        QString kind = i.kind;
        for (const InterventionKind &k : *kinds)
            if (k.code == i.kind)
                kind = localizedLabel(k.labelSv, k.labelEn);
        QString place;
        switch (i.shape) {
        case InterventionShape::Point:
            place = InterventionsTr::tr("%1 m around %2, %3")
                        .arg(locale.toString(i.radius, 'f', 0), QString::number(i.point.x, 'f', 0),
                             QString::number(i.point.y, 'f', 0));
            break;
        case InterventionShape::Route:
            place = InterventionsTr::tr("route of %1 points").arg(i.route.size());
            break;
        case InterventionShape::Polygon:
            place = InterventionsTr::tr("polygon");
            break;
        case InterventionShape::Districts:
            place = InterventionsTr::tr("%n district(s)", nullptr, static_cast<int>(i.areaIds.size()));
            break;
        }
        io.out << i.id << '\t' << i.name << '\t' << kind << '\t' << i.startsOn.toString(Qt::ISODate) << '\t'
               << i.endsOn.toString(Qt::ISODate) << '\t' << place << '\t' << i.organisation << '\t'
               << (i.cost ? locale.toString(*i.cost, 'f', 0) : QString()) << '\n';
    }
    return 0;
}

int runKinds(const QStringList &args, CommandIo io)
{
    QCommandLineParser p;
    p.setApplicationDescription(InterventionsTr::tr("Lists the kinds of intervention, or adds one with --add CODE "
                                                    "--sv LABEL --en LABEL (or relabels an existing code)."));
    p.addPositionalArgument(QStringLiteral("STORE"), InterventionsTr::tr("The store (a .gpkg file)."));
    const QCommandLineOption add(QStringLiteral("add"), InterventionsTr::tr("Code of the kind to add."),
                                 QStringLiteral("CODE"));
    const QCommandLineOption sv(QStringLiteral("sv"), InterventionsTr::tr("Swedish label."), QStringLiteral("LABEL"));
    const QCommandLineOption en(QStringLiteral("en"), InterventionsTr::tr("English label."), QStringLiteral("LABEL"));
    p.addOptions({add, sv, en});
    int rc = 0;
    if (!parseArgs(p, QStringLiteral("interventions kinds"), args, io, &rc))
        return rc;
    if (p.positionalArguments().size() != 1) {
        io.err << InterventionsTr::tr("interventions kinds needs a store.") << '\n';
        return 2;
    }
    auto store = openStore(p.positionalArguments().first(), io,
                           p.isSet(add) ? store::Store::Mode::ReadWrite : store::Store::Mode::ReadOnly);
    if (!store)
        return 1;
    store::InterventionStore interventions(*store);
    if (p.isSet(add)) {
        if (Status s = interventions.saveKind({p.value(add), p.value(sv), p.value(en), 0}); !s) {
            io.err << s.errorMessage() << '\n';
            return 2;
        }
    }
    auto kinds = interventions.kinds();
    if (!kinds) {
        io.err << kinds.errorMessage() << '\n';
        return 1;
    }
    for (const InterventionKind &k : *kinds)
        io.out << k.code << '\t' << k.labelSv << '\t' << k.labelEn << '\n';
    return 0;
}

// Column names a Swedish spreadsheet may use for the fields.
QString fieldOf(const QString &column)
{
    static const QMap<QString, QString> aliases = {
        {QStringLiteral("namn"), QStringLiteral("name")},
        {QStringLiteral("typ"), QStringLiteral("kind")},
        {QStringLiteral("från"), QStringLiteral("from")},
        {QStringLiteral("start"), QStringLiteral("from")},
        {QStringLiteral("till"), QStringLiteral("to")},
        {QStringLiteral("slut"), QStringLiteral("to")},
        {QStringLiteral("radie"), QStringLiteral("radius")},
        {QStringLiteral("sträcka"), QStringLiteral("route")},
        {QStringLiteral("områden"), QStringLiteral("districts")},
        {QStringLiteral("område"), QStringLiteral("districts")},
        {QStringLiteral("ansvarig"), QStringLiteral("organisation")},
        {QStringLiteral("organization"), QStringLiteral("organisation")},
        {QStringLiteral("kostnad"), QStringLiteral("cost")},
        {QStringLiteral("beskrivning"), QStringLiteral("description")},
        {QStringLiteral("länkar"), QStringLiteral("links")},
    };
    const QString key = column.trimmed().toLower();
    return aliases.value(key, key);
}

int runImportInterventions(const QStringList &args, CommandIo io)
{
    QCommandLineParser p;
    p.setApplicationDescription(InterventionsTr::tr(
        "Imports interventions from a spreadsheet (CSV, XLSX, ODS) or a point layer in the store's CRS. Columns: "
        "name, kind, from, to, point or x and y, radius, route, polygon, districts, organisation, cost, "
        "description, links (Swedish names such as namn, typ, från, till, radie, kostnad also work). Every row is "
        "either added or listed with its row number and the reason."));
    p.addPositionalArgument(QStringLiteral("STORE"), InterventionsTr::tr("The store (a .gpkg file)."));
    p.addPositionalArgument(QStringLiteral("FILE"), InterventionsTr::tr("The file to import."));
    const QCommandLineOption layer(QStringLiteral("layer"), InterventionsTr::tr("Layer or sheet (default: the first)."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption author(QStringLiteral("author"), InterventionsTr::tr("Name for the edit log."),
                                    QStringLiteral("NAME"));
    p.addOptions({layer, author});
    int rc = 0;
    if (!parseArgs(p, QStringLiteral("interventions import"), args, io, &rc))
        return rc;
    if (p.positionalArguments().size() != 2) {
        io.err << InterventionsTr::tr("interventions import needs a store and a file.") << '\n';
        return 2;
    }
    auto reader = io::SourceReader::open(p.positionalArguments().at(1), p.value(layer));
    if (!reader) {
        io.err << reader.errorMessage() << '\n';
        return 1;
    }
    auto store = openStore(p.positionalArguments().first(), io, store::Store::Mode::ReadWrite);
    if (!store)
        return 1;
    store::InterventionStore interventions(*store);
    auto kinds = interventions.kinds();
    if (!kinds) {
        io.err << kinds.errorMessage() << '\n';
        return 1;
    }
    io::SourceReader &r = **reader;
    const bool usePoints = r.hasGeometry() && r.epsg() == store->epsg();
    long long added = 0, rejected = 0;
    while (r.next()) {
        QString problem = r.rowProblem();
        if (problem.isEmpty()) {
            QMap<QString, QString> fields;
            for (int c = 0; c < r.columns().size(); ++c)
                if (!r.isNull(c))
                    fields.insert(fieldOf(r.columns().at(c)), r.text(c));
            if (usePoints && r.geometryKind() == io::SourceGeometry::Point && !fields.contains(QStringLiteral("x"))) {
                fields.insert(QStringLiteral("x"), QString::number(r.point().x, 'f', 3));
                fields.insert(QStringLiteral("y"), QString::number(r.point().y, 'f', 3));
            }
            auto intervention = interventionFromFields(fields, *store, *kinds);
            if (intervention) {
                auto id = interventions.insert(*intervention, p.value(author));
                if (id)
                    ++added;
                else
                    problem = id.errorMessage();
            } else {
                problem = intervention.errorMessage();
            }
        }
        if (!problem.isEmpty()) {
            ++rejected;
            io.err << InterventionsTr::tr("Row %1: %2").arg(r.rowNumber()).arg(problem) << '\n';
        }
    }
    if (!r.readError().isEmpty()) {
        io.err << r.readError() << '\n';
        return 1;
    }
    io.out << InterventionsTr::tr("Added %1 interventions; %2 rows not added.").arg(added).arg(rejected) << '\n';
    return rejected > 0 ? 1 : 0;
}
} // namespace

int runInterventions(const QStringList &args, CommandIo io)
{
    const QString sub = args.value(0);
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("add"))
        return runAdd(rest, io);
    if (sub == QLatin1String("list"))
        return runList(rest, io);
    if (sub == QLatin1String("kinds"))
        return runKinds(rest, io);
    if (sub == QLatin1String("import"))
        return runImportInterventions(rest, io);
    if (sub == QLatin1String("edit"))
        return runEditIntervention(rest, io);
    if (sub == QLatin1String("remove"))
        return runRemoveIntervention(rest, io);
    io.err << InterventionsTr::tr(
                  "Usage: lagesbild-cli interventions add|list|kinds|import|edit|remove STORE [options]")
           << '\n';
    return 2;
}

} // namespace lb::cli
