#include "cli/map_filter_options.h"

#include <QCoreApplication>
#include <QDate>

#include <limits>

namespace lb::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(lb::cli::Render)
};

bool parseHours(const QString &text, int *from, int *to)
{
    const QStringList parts = text.split(QLatin1Char('-'));
    if (parts.size() != 2)
        return false;
    bool okFrom = false, okTo = false;
    *from = parts[0].trimmed().toInt(&okFrom);
    *to = parts[1].trimmed().toInt(&okTo);
    return okFrom && okTo && *from >= 0 && *from <= 23 && *to >= 0 && *to <= 24;
}
} // namespace

MapFilterOptions::MapFilterOptions()
    : timeOfDay(QStringLiteral("time-of-day"),
                Tr::tr("Only incidents by day (06–18), in the evening (18–22) or at night (22–06), local time."),
                QStringLiteral("day|evening|night"))
    , hours(QStringLiteral("hours"),
            Tr::tr("Only incidents in these local hours, e.g. 22-6 (from the first hour up to the second)."),
            QStringLiteral("FROM-TO"))
    , precision(QStringLiteral("precision"),
                Tr::tr("Only incidents with these location precisions, comma-separated: exact, street, "
                       "area_centroid, municipality_centroid, county_centroid."),
                QStringLiteral("LIST"))
{}

void MapFilterOptions::addTo(QCommandLineParser &p) const
{
    p.addOptions({analyse.from, analyse.to, analyse.categories, timeOfDay, hours, precision});
}

bool MapFilterOptions::make(const QCommandLineParser &p, const QTimeZone &zone, render::MapFilter &filter,
                            CommandIo io) const
{
    bool ok = true;
    const auto first = dateOption(p, analyse.from, io, &ok);
    const auto last = dateOption(p, analyse.to, io, &ok);
    if (!ok)
        return false;
    if (first || last) {
        filter.span = {std::numeric_limits<Instant>::min() / 2, std::numeric_limits<Instant>::max() / 2};
        if (first)
            filter.span.begin = toInstant(QDateTime(*first, QTime(0, 0), zone));
        if (last)
            filter.span.end = toInstant(QDateTime(last->addDays(1), QTime(0, 0), zone));
    }
    if (p.isSet(analyse.categories))
        filter.categories = p.value(analyse.categories).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (p.isSet(timeOfDay)) {
        const QString t = p.value(timeOfDay).trimmed().toLower();
        if (t == QLatin1String("day"))
            filter.setTimeOfDay(render::MapFilter::TimeOfDay::Day);
        else if (t == QLatin1String("evening"))
            filter.setTimeOfDay(render::MapFilter::TimeOfDay::Evening);
        else if (t == QLatin1String("night"))
            filter.setTimeOfDay(render::MapFilter::TimeOfDay::Night);
        else {
            io.err << Tr::tr("--time-of-day must be day, evening or night.") << '\n';
            return false;
        }
    }
    if (p.isSet(hours) && !parseHours(p.value(hours), &filter.hourFrom, &filter.hourTo)) {
        io.err << Tr::tr("--hours must look like 18-22 (hours 0 to 24).") << '\n';
        return false;
    }
    if (p.isSet(precision)) {
        for (const QString &name : p.value(precision).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto level = locationPrecisionFromString(name.trimmed());
            if (!level) {
                io.err << Tr::tr("Unknown location precision: %1.").arg(name) << '\n';
                return false;
            }
            filter.precisions.push_back(*level);
        }
    }
    return true;
}

} // namespace lb::cli
