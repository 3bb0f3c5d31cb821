#include "render/map_filter.h"

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
    return parts.join(QStringLiteral(", "));
}

CompiledMapFilter::CompiledMapFilter(const MapFilter &filter, const std::vector<Category> &categories)
    : m_filter(filter)
    , m_span(filter.span.isValid())
    , m_categories(!filter.categories.isEmpty())
    , m_hours(filter.hoursActive())
    , m_precision(!filter.precisions.empty())
{
    if (m_categories) {
        m_allowed.assign(categories.size(), false);
        for (size_t i = 0; i < categories.size(); ++i)
            m_allowed[i] = filter.categories.contains(categories[i].code);
    }
}

} // namespace lb::render
