// lagesbild-cli analyse walks STORE --out FILE.csv: follow-up of safety-walk findings as of a
// date — counts by status, kind and responsible organisation, median days to fix (FILE.csv) and
// the findings open longer than agreed (FILE_overdue.csv).

#include "analysis/walk_followup.h"
#include "cli/analyse_support.h"
#include "cli/open_reader.h"
#include "io/export_table.h"

#include <QCoreApplication>
#include <QDate>

#include <cmath>
#include <map>

namespace lb::cli {

namespace {
struct AnalyseWalksTr {
    Q_DECLARE_TR_FUNCTIONS(lb::cli::AnalyseWalks)
};

QStringList groupRow(const QString &type, const analysis::FollowupGroup &g)
{
    QStringList row{type, g.name};
    for (long long c : g.counts)
        row << QString::number(c);
    row << QString::number(g.total) << QString::number(g.fixedWithDates)
        << (std::isnan(g.medianDaysToFix) ? QString() : QString::number(g.medianDaysToFix))
        << QString::number(g.overdue);
    return row;
}
} // namespace

int runAnalyseWalks(const QStringList &args, CommandIo io)
{
    QCommandLineParser p;
    p.setApplicationDescription(AnalyseWalksTr::tr(
        "Follow-up of safety-walk findings as of a date: counts by status, kind and responsible organisation, "
        "median days from walk to fix (FILE.csv) and findings open too long (FILE_overdue.csv). --from/--to "
        "select walks by date, --categories finding kinds, --sources responsible organisations, --district "
        "findings inside an area."));
    addStoreArgument(p);
    AnalyseFilters f;
    f.addTo(p);
    const QCommandLineOption asOf(QStringLiteral("as-of"), AnalyseWalksTr::tr("Reference date (default: today)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption overdue(QStringLiteral("overdue-days"),
                                     AnalyseWalksTr::tr("Open findings older than this are listed (default 90)."),
                                     QStringLiteral("N"));
    p.addOptions({asOf, overdue});
    int rc = 0;
    if (!parseArgs(p, QStringLiteral("analyse walks"), args, io, &rc))
        return rc;
    if (p.positionalArguments().size() != 1 || !p.isSet(f.out)) {
        io.err << AnalyseWalksTr::tr("analyse walks needs a store and --out FILE.csv.") << '\n';
        return 2;
    }
    if (!outputFormat(p.value(f.out), {QStringLiteral("csv"), QStringLiteral("xlsx")}, io))
        return 2;
    bool ok = true;
    analysis::WalkFollowupParameters par;
    par.referenceDate = dateOption(p, asOf, io, &ok).value_or(QDate::currentDate());
    const double days = numberOption(p, overdue, par.overdueAfterDays, &ok);
    const auto firstDay = dateOption(p, f.from, io, &ok);
    const auto lastDay = dateOption(p, f.to, io, &ok);
    if (!ok || days < 0) {
        io.err << AnalyseWalksTr::tr("--overdue-days takes a whole number of days.") << '\n';
        return 2;
    }
    par.overdueAfterDays = static_cast<int>(days);

    auto store = openReader(p.positionalArguments().first(), io);
    if (!store)
        return 1;
    std::optional<Area> onlyArea;
    if (p.isSet(f.district)) {
        onlyArea = areaNamed(*store, p.value(f.district));
        if (!onlyArea) {
            io.err << AnalyseWalksTr::tr("No area called %1 in the store.").arg(p.value(f.district)) << '\n';
            return 2;
        }
    }
    auto walks = store->walks();
    auto findings = store->walkFindings();
    auto kinds = store->findingKinds();
    if (!walks || !findings || !kinds) {
        io.err << (!walks ? walks.errorMessage() : !findings ? findings.errorMessage() : kinds.errorMessage()) << '\n';
        return 1;
    }
    std::map<FeatureId, const Walk *> walkOf;
    for (const Walk &w : *walks)
        walkOf[w.id] = &w;
    const QStringList kindFilter = p.value(f.categories).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QStringList responsibleFilter = p.value(f.sources).split(QLatin1Char(','), Qt::SkipEmptyParts);

    analysis::WalkFollowupInput in;
    std::map<QString, std::uint16_t> kindIndex, responsibleIndex;
    QStringList kindCodes;
    for (const FindingKind &k : *kinds) {
        kindIndex[k.code] = static_cast<std::uint16_t>(kindCodes.size());
        kindCodes << k.code;
        in.kindNames << localizedLabel(k.labelSv, k.labelEn);
    }
    std::vector<const WalkFinding *> used;
    std::vector<FindingStatus> status;
    std::vector<QDate> found, fixed;
    std::vector<std::uint16_t> kind, responsible;
    for (const WalkFinding &w : *findings) {
        const auto walk = walkOf.find(w.walkId);
        const QDate date = walk == walkOf.end() ? QDate() : walk->second->date;
        if ((firstDay && date < *firstDay) || (lastDay && date > *lastDay))
            continue;
        if ((!kindFilter.isEmpty() && !kindFilter.contains(w.kind)) ||
            (!responsibleFilter.isEmpty() && !responsibleFilter.contains(w.responsible)))
            continue;
        if (onlyArea && !contains(onlyArea->geometry, w.position))
            continue;
        auto k = kindIndex.find(w.kind);
        if (k == kindIndex.end()) {
            k = kindIndex.emplace(w.kind, static_cast<std::uint16_t>(kindCodes.size())).first;
            kindCodes << w.kind;
            in.kindNames << w.kind;
        }
        auto r = responsibleIndex.find(w.responsible);
        if (r == responsibleIndex.end()) {
            r = responsibleIndex.emplace(w.responsible, static_cast<std::uint16_t>(in.responsibleNames.size())).first;
            in.responsibleNames << w.responsible;
        }
        used.push_back(&w);
        status.push_back(w.status);
        found.push_back(date);
        fixed.push_back(w.fixedDate);
        kind.push_back(k->second);
        responsible.push_back(r->second);
    }
    in.status = status;
    in.found = found;
    in.fixed = fixed;
    in.kind = kind;
    in.responsible = responsible;
    Feedback feedback;
    auto r = analysis::walkFollowup(in, par, feedback);
    if (!r) {
        io.err << r.errorMessage() << '\n';
        return 1;
    }

    std::vector<QStringList> rows{groupRow(QStringLiteral("all"), r->all)};
    for (const analysis::FollowupGroup &g : r->byKind)
        if (g.total > 0)
            rows.push_back(groupRow(QStringLiteral("kind"), g));
    for (const analysis::FollowupGroup &g : r->byResponsible)
        if (g.total > 0)
            rows.push_back(groupRow(QStringLiteral("responsible"), g));
    const QString out = p.value(f.out);
    Status s = io::writeCsv(out,
                            {QStringLiteral("group"), QStringLiteral("name"), QStringLiteral("open"),
                             QStringLiteral("in_progress"), QStringLiteral("fixed"), QStringLiteral("rejected"),
                             QStringLiteral("total"), QStringLiteral("fixed_with_dates"),
                             QStringLiteral("median_days_to_fix"), QStringLiteral("overdue")},
                            rows);
    rows.clear();
    for (std::size_t i : r->overdue) {
        const WalkFinding &w = *used[i];
        const auto walk = walkOf.find(w.walkId);
        rows.push_back({QString::number(w.id), walk == walkOf.end() ? QString() : walk->second->name,
                        found[i].toString(Qt::ISODate), QString::number(r->ageDays[i]), toString(r->statusAsOf[i]),
                        w.kind, w.responsible, w.dueDate.toString(Qt::ISODate), w.description,
                        QString::number(w.position.x, 'f', 1), QString::number(w.position.y, 'f', 1)});
    }
    const QString overduePath = companionPath(out, QStringLiteral("overdue"));
    if (s)
        s = io::writeCsv(overduePath,
                         {QStringLiteral("finding"), QStringLiteral("walk"), QStringLiteral("walk_date"),
                          QStringLiteral("age_days"), QStringLiteral("status"), QStringLiteral("kind"),
                          QStringLiteral("responsible"), QStringLiteral("due"), QStringLiteral("description"),
                          QStringLiteral("x"), QStringLiteral("y")},
                         rows);
    if (!s) {
        io.err << s.errorMessage() << '\n';
        return 1;
    }
    for (const QString &n : r->notes)
        io.out << n << '\n';
    for (const analysis::FollowupGroup &g : r->byResponsible)
        if (g.overdue > 0)
            io.out << AnalyseWalksTr::tr("%1: %2 findings open for more than %3 days.")
                          .arg(g.name)
                          .arg(g.overdue)
                          .arg(par.overdueAfterDays)
                   << '\n';
    io.out << AnalyseWalksTr::tr("Wrote %1 and %2.").arg(out, overduePath) << '\n';
    return 0;
}

} // namespace lb::cli
