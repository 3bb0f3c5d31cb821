// lagesbild-cli interventions edit|remove STORE --id N: change or delete a recorded intervention.
// Both are written to the edit log with the author (or the operating-system user).

#include "cli/cli_support.h"
#include "cli/commands.h"
#include "cli/intervention_fields.h"
#include "store/intervention_store.h"

#include <QCoreApplication>

namespace lb::cli {

namespace {
struct InterventionsTr {
    Q_DECLARE_TR_FUNCTIONS(lb::cli::Interventions)
};

const char *const kEditable[] = {"name",    "kind",      "from",         "to",   "point",       "radius", "route",
                                 "polygon", "districts", "organisation", "cost", "description", "links"};
const char *const kShapes[] = {"point", "route", "polygon", "districts"};

// The store and the intervention named by --id, or nothing after printing why.
struct Target {
    std::unique_ptr<store::Store> store;
    Intervention intervention;
};

std::optional<Target> openTarget(const QCommandLineParser &p, const QCommandLineOption &id, const QString &command,
                                 CommandIo io)
{
    if (p.positionalArguments().size() != 1 || !p.isSet(id)) {
        io.err << InterventionsTr::tr("%1 needs a store and --id.").arg(command) << '\n';
        return std::nullopt;
    }
    bool ok = false;
    const qint64 number = p.value(id).toLongLong(&ok);
    if (!ok || number <= 0) {
        io.err << InterventionsTr::tr("--id needs the number of an intervention (see interventions list), not %1.")
                      .arg(p.value(id))
               << '\n';
        return std::nullopt;
    }
    Target t;
    t.store = openStore(p.positionalArguments().first(), io, store::Store::Mode::ReadWrite);
    if (!t.store)
        return std::nullopt;
    auto found = store::InterventionStore(*t.store).intervention(number);
    if (!found) {
        io.err << found.errorMessage() << '\n';
        return std::nullopt;
    }
    t.intervention = *found;
    return t;
}
} // namespace

int runEditIntervention(const QStringList &args, CommandIo io)
{
    QCommandLineParser p;
    p.setApplicationDescription(InterventionsTr::tr(
        "Changes the given fields of an intervention and keeps the others. A new place (--point, --route, "
        "--polygon or --districts) replaces the old one; --to \"\" removes the end date."));
    addStoreArgument(p);
    const QCommandLineOption id(QStringLiteral("id"), InterventionsTr::tr("The intervention's number."),
                                QStringLiteral("N"));
    const QCommandLineOption author(QStringLiteral("author"), InterventionsTr::tr("Name for the edit log."),
                                    QStringLiteral("NAME"));
    std::vector<QCommandLineOption> fields;
    for (const char *name : kEditable)
        fields.emplace_back(QString::fromLatin1(name),
                            InterventionsTr::tr("The intervention's %1.").arg(QString::fromLatin1(name)),
                            QStringLiteral("VALUE"));
    p.addOptions({id, author});
    for (const QCommandLineOption &o : fields)
        p.addOption(o);
    int rc = 0;
    if (!parseArgs(p, QStringLiteral("interventions edit"), args, io, &rc))
        return rc;
    auto target = openTarget(p, id, QStringLiteral("interventions edit"), io);
    if (!target)
        return 2;
    auto areas = target->store->areas();
    store::InterventionStore interventions(*target->store);
    auto kinds = interventions.kinds();
    if (!areas || !kinds) {
        io.err << (!areas ? areas.errorMessage() : kinds.errorMessage()) << '\n';
        return 1;
    }
    QMap<QString, QString> values = fieldsFromIntervention(target->intervention, *areas);
    const bool newPlace = std::any_of(std::begin(kShapes), std::end(kShapes),
                                      [&](const char *s) { return p.isSet(QString::fromLatin1(s)); });
    if (newPlace)
        for (const char *s : kShapes)
            values.remove(QString::fromLatin1(s));
    int changed = 0;
    for (const QCommandLineOption &o : fields)
        if (p.isSet(o)) {
            values[o.names().first()] = p.value(o);
            ++changed;
        }
    if (changed == 0) {
        io.err << InterventionsTr::tr("interventions edit: give at least one field to change.") << '\n';
        return 2;
    }
    auto edited = interventionFromFields(values, *target->store, *kinds);
    if (!edited) {
        io.err << edited.errorMessage() << '\n';
        return 2;
    }
    edited->id = target->intervention.id;
    if (Status s = interventions.update(*edited, p.value(author)); !s) {
        io.err << s.errorMessage() << '\n';
        return 1;
    }
    io.out << InterventionsTr::tr("Changed intervention %1: %2").arg(edited->id).arg(edited->name) << '\n';
    return 0;
}

int runRemoveIntervention(const QStringList &args, CommandIo io)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        InterventionsTr::tr("Removes an intervention with its districts and links; the edit log keeps its fields."));
    addStoreArgument(p);
    const QCommandLineOption id(QStringLiteral("id"), InterventionsTr::tr("The intervention's number."),
                                QStringLiteral("N"));
    const QCommandLineOption author(QStringLiteral("author"), InterventionsTr::tr("Name for the edit log."),
                                    QStringLiteral("NAME"));
    p.addOptions({id, author});
    int rc = 0;
    if (!parseArgs(p, QStringLiteral("interventions remove"), args, io, &rc))
        return rc;
    auto target = openTarget(p, id, QStringLiteral("interventions remove"), io);
    if (!target)
        return 2;
    if (Status s = store::InterventionStore(*target->store).remove(target->intervention.id, p.value(author)); !s) {
        io.err << s.errorMessage() << '\n';
        return 1;
    }
    io.out << InterventionsTr::tr("Removed intervention %1: %2")
                  .arg(target->intervention.id)
                  .arg(target->intervention.name)
           << '\n';
    return 0;
}

} // namespace lb::cli
