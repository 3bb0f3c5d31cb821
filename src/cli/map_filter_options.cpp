#include "cli/map_filter_options.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

#include <algorithm>
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
QStringList listValue(const QCommandLineParser &p, const QCommandLineOption &o)
{
    QStringList values;
    for (const QString &v : p.value(o).split(QLatin1Char(','), Qt::SkipEmptyParts))
        values << v.trimmed();
    return values;
}
} // namespace

bool MapFilterOptions::makePlaces(const QCommandLineParser &p, const render::MapData &data, render::MapFilter &filter,
                                  CommandIo io) const
{
    if (p.isSet(districts)) {
        QStringList known;
        for (const Area &a : data.districts)
            known << a.name;
        for (const QString &name : listValue(p, districts)) {
            const auto at = std::find_if(known.begin(), known.end(),
                                         [&](const QString &k) { return k.compare(name, Qt::CaseInsensitive) == 0; });
            if (at == known.end()) {
                io.err << Tr::tr("No district called %1. Districts: %2.")
                              .arg(name, known.isEmpty() ? Tr::tr("none") : known.join(QStringLiteral(", ")))
                       << '\n';
                return false;
            }
            filter.districts << *at;
        }
    }
    if (p.isSet(analyse.sources)) {
        for (const QString &name : listValue(p, analyse.sources)) {
            const auto at = std::find_if(data.sources.begin(), data.sources.end(),
                                         [&](const QString &k) { return k.compare(name, Qt::CaseInsensitive) == 0; });
            if (at == data.sources.end()) {
                io.err << Tr::tr("No source called %1. Sources: %2.")
                              .arg(name,
                                   data.sources.isEmpty() ? Tr::tr("none") : data.sources.join(QStringLiteral(", ")))
                       << '\n';
                return false;
            }
            filter.sources << *at;
        }
    }
    if (p.isSet(round)) {
        QStringList known;
        for (const Survey &s : data.surveys)
            known << QStringLiteral("%1 (%2)").arg(s.name).arg(s.year);
        for (const QString &name : listValue(p, round)) {
            bool isYear = false;
            const int year = name.toInt(&isYear);
            bool found = false;
            for (const Survey &s : data.surveys) {
                if (s.name.compare(name, Qt::CaseInsensitive) == 0 || (isYear && s.year == year)) {
                    filter.surveyRounds.push_back(s.id);
                    found = true;
                }
            }
            if (!found) {
                io.err << Tr::tr("No survey round called %1. Rounds: %2.")
                              .arg(name, known.isEmpty() ? Tr::tr("none") : known.join(QStringLiteral(", ")))
                       << '\n';
                return false;
            }
        }
    }
    return makeFindings(p, data, filter, io);
}

QString shownCounts(const render::LayerList &layers, const render::MapFilter &filter, const QTimeZone &zone)
{
    qint64 incidents = 0, pins = 0;
    for (const auto &l : layers) {
        const QString id = l->id();
        if (id == QLatin1String("incidents") || id == QLatin1String("incidents_centre") ||
            id == QLatin1String("incidents_sensitive"))
            incidents += std::max<qint64>(0, l->featureCount());
        else if (id == QLatin1String("survey_pins"))
            pins = std::max<qint64>(0, l->featureCount());
    }
    QStringList shown;
    for (const QString &part : {filter.describe(zone), filter.describeRounds()})
        if (!part.isEmpty())
            shown << part;
    return Tr::tr("%1 incidents and %2 survey pins on the map (%3).")
        .arg(QLocale().toString(incidents), QLocale().toString(pins), shown.join(QStringLiteral(", ")));
}

QString shownFindings(const render::LayerList &layers, const render::MapFilter &filter, const render::MapData &data)
{
    qint64 findings = 0;
    for (const auto &l : layers)
        if (l->id() == QLatin1String("walks"))
            findings = std::max<qint64>(0, l->featureCount());
    const QString shown = filter.describeFindings(data.walks);
    return shown.isEmpty() ? Tr::tr("%1 walk findings on the map.").arg(QLocale().toString(findings))
                           : Tr::tr("%1 walk findings on the map (%2).").arg(QLocale().toString(findings), shown);
}

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
    , districts(QStringLiteral("districts"), Tr::tr("Only incidents inside these districts, comma-separated names."),
                QStringLiteral("LIST"))
    , round(QStringLiteral("round"),
            Tr::tr("Only the survey pins of these survey rounds, comma-separated names or years."),
            QStringLiteral("LIST"))
    , findingStatus(QStringLiteral("finding-status"),
                    Tr::tr("Only walk findings with these statuses, comma-separated: open, in-progress, fixed, "
                           "rejected."),
                    QStringLiteral("LIST"))
    , findingKinds(
          QStringLiteral("finding-kinds"),
          Tr::tr("Only walk findings of these kinds, comma-separated kind codes, e.g. belysning,vegetation_sikt."),
          QStringLiteral("LIST"))
    , walk(QStringLiteral("walk"),
           Tr::tr("Only these safety walks (routes and findings), comma-separated ids or names (as `walk list` "
                  "shows them)."),
           QStringLiteral("LIST"))
    , overdue(QStringLiteral("overdue"),
              Tr::tr("Only walk findings still open or in progress whose due date has passed today (without a "
                     "due date: 90 days after the walk)."))
{}

void MapFilterOptions::addTo(QCommandLineParser &p) const
{
    p.addOptions({analyse.from, analyse.to, analyse.categories, analyse.sources, timeOfDay, hours, precision, districts,
                  round, findingStatus, findingKinds, walk, overdue});
}

bool MapFilterOptions::make(const QCommandLineParser &p, const render::MapData &data, render::MapFilter &filter,
                            CommandIo io) const
{
    return makeTimes(p, data.timeZone, filter, io) && makePlaces(p, data, filter, io);
}

bool MapFilterOptions::makeTimes(const QCommandLineParser &p, const QTimeZone &zone, render::MapFilter &filter,
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
