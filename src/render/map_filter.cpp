#include "render/map_filter.h"

#include "render/map_data.h"

#include <QCoreApplication>

namespace lb::render {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::render::MapFilter)
};
} // namespace

void MapFilter::setTimeOfDay(TimeOfDay t)
{
    switch (t) {
    case TimeOfDay::All:
        hourFrom = 0;
        hourTo = 24;
        break;
    case TimeOfDay::Day:
        hourFrom = 6;
        hourTo = 18;
        break;
    case TimeOfDay::Evening:
        hourFrom = 18;
        hourTo = 22;
        break;
    case TimeOfDay::Night:
        hourFrom = 22;
        hourTo = 6;
        break;
    }
}

store::IncidentFilter MapFilter::storeFilter() const
{
    store::IncidentFilter f;
    if (span.isValid())
        f.span = span;
    f.categories = categories;
    f.sources = sources;
    return f;
}

QString MapFilter::describe(const QTimeZone &zone, const QLocale &locale) const
{
    QStringList parts;
    if (span.isValid()) {
        const QDate first = toDateTime(span.begin, zone).date();
        // The span is half-open: its last day is the one before the end instant.
        const QDate last = toDateTime(span.end - 1, zone).date();
        parts << Tr::tr("%1 – %2").arg(locale.toString(first, QLocale::ShortFormat),
                                       locale.toString(last, QLocale::ShortFormat));
    }
    if (!categories.isEmpty())
        parts << Tr::tr("%n categories", nullptr, int(categories.size()));
    if (hoursActive())
        parts << Tr::tr("%1–%2 h").arg(hourFrom, 2, 10, QLatin1Char('0')).arg(hourTo % 24, 2, 10, QLatin1Char('0'));
    if (!precisions.empty())
        parts << Tr::tr("%n precision levels", nullptr, int(precisions.size()));
    // One district or source is named; more are counted, so a title stays short.
    if (districts.size() == 1)
        parts << districts.front();
    else if (!districts.isEmpty())
        parts << Tr::tr("%n districts", nullptr, int(districts.size()));
    if (sources.size() == 1)
        parts << sources.front();
    else if (!sources.isEmpty())
        parts << Tr::tr("%n sources", nullptr, int(sources.size()));
    return parts.join(QStringLiteral(", "));
}

QString MapFilter::describeRounds() const
{
    return surveyRounds.empty() ? QString() : Tr::tr("%n survey rounds", nullptr, int(surveyRounds.size()));
}

bool MapFilter::isOverdue(const WalkFinding &f, const QDate &walkDate, const QDate &asOf)
{
    if (f.status != FindingStatus::Open && f.status != FindingStatus::InProgress)
        return false;
    const QDate due = f.dueDate.isValid() ? f.dueDate : walkDate.addDays(kFindingDueAfterDays);
    return due.isValid() && due < asOf;
}

bool MapFilter::acceptsFinding(const WalkFinding &f, const QDate &walkDate) const
{
    if (!findingStatuses.empty() &&
        std::find(findingStatuses.begin(), findingStatuses.end(), f.status) == findingStatuses.end())
        return false;
    if (!findingKinds.isEmpty() && !findingKinds.contains(f.kind))
        return false;
    if (!acceptsWalk(f.walkId))
        return false;
    return !overdueOnly || isOverdue(f, walkDate, findingsDay());
}

QString MapFilter::describeFindings(const std::vector<Walk> &allWalks, const QLocale &locale) const
{
    QStringList parts;
    if (!findingStatuses.empty()) {
        QStringList names;
        // In the order of the work, whatever the order chosen.
        for (FindingStatus s :
             {FindingStatus::Open, FindingStatus::InProgress, FindingStatus::Fixed, FindingStatus::Rejected}) {
            if (std::find(findingStatuses.begin(), findingStatuses.end(), s) == findingStatuses.end())
                continue;
            names << (s == FindingStatus::Open         ? Tr::tr("open")
                      : s == FindingStatus::InProgress ? Tr::tr("in progress")
                      : s == FindingStatus::Fixed      ? Tr::tr("fixed")
                                                       : Tr::tr("rejected"));
        }
        parts << names.join(QStringLiteral(", "));
    }
    if (!findingKinds.isEmpty())
        parts << Tr::tr("%n kinds", nullptr, int(findingKinds.size()));
    if (walks.size() == 1) {
        const auto w = std::find_if(allWalks.begin(), allWalks.end(), [&](const Walk &x) { return x.id == walks[0]; });
        parts << (w != allWalks.end() ? w->name : Tr::tr("walk %1").arg(walks[0]));
    } else if (!walks.empty()) {
        parts << Tr::tr("%n walks", nullptr, int(walks.size()));
    }
    if (overdueOnly)
        parts << Tr::tr("overdue on %1").arg(locale.toString(findingsDay(), QLocale::ShortFormat));
    return parts.join(QStringLiteral(", "));
}

CompiledMapFilter::CompiledMapFilter(const MapFilter &filter, const MapData &data)
    : m_filter(filter)
    , m_span(filter.span.isValid())
    , m_categories(!filter.categories.isEmpty())
    , m_hours(filter.hoursActive())
    , m_precision(!filter.precisions.empty())
    , m_sources(!filter.sources.isEmpty())
    , m_districts(!filter.districts.isEmpty())
{
    if (m_categories) {
        m_allowed.assign(data.categories.size(), false);
        for (size_t i = 0; i < data.categories.size(); ++i)
            m_allowed[i] = filter.categories.contains(data.categories[i].code);
    }
    if (m_sources) {
        m_allowedSources.assign(size_t(data.sources.size()), false);
        for (qsizetype i = 0; i < data.sources.size(); ++i)
            m_allowedSources[size_t(i)] = filter.sources.contains(data.sources[i]);
    }
    if (m_districts) {
        // By name, case-insensitively, as the command line names them.
        m_allowedDistricts.assign(data.districts.size(), false);
        for (size_t i = 0; i < data.districts.size(); ++i)
            m_allowedDistricts[i] = filter.districts.contains(data.districts[i].name, Qt::CaseInsensitive);
    }
}

} // namespace lb::render
