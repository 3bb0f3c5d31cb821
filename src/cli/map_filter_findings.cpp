// The walk-findings part of the map filter's command-line options (--finding-status,
// --finding-kinds, --walk, --overdue): checked against the store's walks and the findings' kinds,
// each error naming the valid values.

#include "cli/map_filter_options.h"

#include "core/taxonomy.h"

#include <QCoreApplication>
#include <QDate>

#include <algorithm>
#include <set>

namespace lb::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::cli::Render)
};

QStringList listOf(const QCommandLineParser &p, const QCommandLineOption &o)
{
    QStringList values;
    for (const QString &v : p.value(o).split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!v.trimmed().isEmpty())
            values << v.trimmed();
    return values;
}
} // namespace

bool MapFilterOptions::makeFindings(const QCommandLineParser &p, const render::MapData &data, render::MapFilter &filter,
                                    CommandIo io) const
{
    if (p.isSet(findingStatus)) {
        for (const QString &name : listOf(p, findingStatus)) {
            // "in-progress" as people type it, "in_progress" as the store and CSV files write it.
            QString code = name.toLower();
            code.replace(QLatin1Char('-'), QLatin1Char('_'));
            const auto status = findingStatusFromString(code);
            if (!status) {
                io.err << Tr::tr("Unknown finding status %1 in --finding-status. Statuses: open, in-progress, "
                                 "fixed, rejected.")
                              .arg(name)
                       << '\n';
                return false;
            }
            if (std::find(filter.findingStatuses.begin(), filter.findingStatuses.end(), *status) ==
                filter.findingStatuses.end())
                filter.findingStatuses.push_back(*status);
        }
    }
    if (p.isSet(findingKinds)) {
        std::set<QString> known;
        for (const FindingKind &k : defaultFindingKinds())
            known.insert(k.code);
        for (const WalkFinding &f : data.findings)
            known.insert(f.kind);
        for (const QString &code : listOf(p, findingKinds)) {
            if (!known.contains(code)) {
                QStringList names(known.begin(), known.end());
                io.err << Tr::tr("No finding kind %1 in --finding-kinds. Kinds: %2.")
                              .arg(code, names.join(QStringLiteral(", ")))
                       << '\n';
                return false;
            }
            filter.findingKinds << code;
        }
    }
    if (p.isSet(walk)) {
        for (const QString &name : listOf(p, walk)) {
            bool isId = false;
            const qint64 id = name.toLongLong(&isId);
            const auto at = std::find_if(data.walks.begin(), data.walks.end(), [&](const Walk &w) {
                return (isId && w.id == id) || w.name.compare(name, Qt::CaseInsensitive) == 0;
            });
            if (at == data.walks.end()) {
                QStringList known;
                for (const Walk &w : data.walks)
                    known << QStringLiteral("%1 %2").arg(w.id).arg(w.name);
                io.err << Tr::tr("No walk %1 in --walk. Walks: %2.")
                              .arg(name, known.isEmpty() ? Tr::tr("none") : known.join(QStringLiteral(", ")))
                       << '\n';
                return false;
            }
            filter.walks.push_back(at->id);
        }
    }
    if (p.isSet(overdue)) {
        filter.overdueOnly = true;
        filter.findingsAsOf = QDate::currentDate();
    }
    return true;
}

} // namespace lb::cli
