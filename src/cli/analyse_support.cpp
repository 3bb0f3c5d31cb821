#include "cli/analyse_support.h"
#include "cli/code_check.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>

#include <limits>

namespace lb::cli {

namespace {
struct AnalyseSupportTr {
    Q_DECLARE_TR_FUNCTIONS(lb::cli::Analyse)
};
} // namespace

AnalyseFilters::AnalyseFilters()
    : from(QStringLiteral("from"), AnalyseSupportTr::tr("First day (YYYY-MM-DD, local time)."), QStringLiteral("DATE"))
    , to(QStringLiteral("to"), AnalyseSupportTr::tr("Last day, inclusive (YYYY-MM-DD, local time)."),
         QStringLiteral("DATE"))
    , categories(QStringLiteral("categories"), AnalyseSupportTr::tr("Category codes, comma-separated."),
                 QStringLiteral("LIST"))
    , sources(QStringLiteral("sources"), AnalyseSupportTr::tr("Reporting organisations, comma-separated."),
              QStringLiteral("LIST"))
    , district(QStringLiteral("district"), AnalyseSupportTr::tr("Only incidents inside this area (its name)."),
               QStringLiteral("NAME"))
    , out(QStringLiteral("out"), AnalyseSupportTr::tr("The file to write."), QStringLiteral("FILE"))
{}

std::optional<QDate> dateOption(const QCommandLineParser &p, const QCommandLineOption &o, CommandIo io, bool *ok)
{
    if (!p.isSet(o))
        return std::nullopt;
    const QDate d = QDate::fromString(p.value(o), Qt::ISODate);
    if (!d.isValid()) {
        io.err << AnalyseSupportTr::tr("Not a date: %1 (expected YYYY-MM-DD).").arg(p.value(o)) << '\n';
        *ok = false;
        return std::nullopt;
    }
    return d;
}

double numberOption(const QCommandLineParser &p, const QCommandLineOption &o, double fallback, bool *ok)
{
    if (!p.isSet(o))
        return fallback;
    bool good = false;
    const double v = p.value(o).toDouble(&good);
    if (!good)
        *ok = false;
    return v;
}

std::optional<Area> areaNamed(const store::StoreReader &store, const QString &name)
{
    auto areas = store.areas();
    if (!areas)
        return std::nullopt;
    for (const Area &a : *areas)
        if (a.name.compare(name, Qt::CaseInsensitive) == 0)
            return a;
    return std::nullopt;
}

std::optional<Area> areaNamed(const store::Store &store, const QString &name)
{
    return areaNamed(*store::readerFor(store), name);
}

bool makeIncidentFilter(const QCommandLineParser &p, const AnalyseFilters &f, const store::Store &store,
                        store::IncidentFilter &filter, CommandIo io)
{
    return makeIncidentFilter(p, f, *store::readerFor(store), filter, io);
}

bool makeIncidentFilter(const QCommandLineParser &p, const AnalyseFilters &f, const store::StoreReader &store,
                        store::IncidentFilter &filter, CommandIo io)
{
    const QTimeZone zone = store.timeZone();
    bool ok = true;
    const auto first = dateOption(p, f.from, io, &ok);
    const auto last = dateOption(p, f.to, io, &ok);
    if (!ok)
        return false;
    if (first || last) {
        TimeSpan span{std::numeric_limits<Instant>::min() / 2, std::numeric_limits<Instant>::max() / 2};
        if (first)
            span.begin = toInstant(QDateTime(*first, QTime(0, 0), zone));
        if (last)
            span.end = toInstant(QDateTime(last->addDays(1), QTime(0, 0), zone));
        filter.span = span;
    }
    if (p.isSet(f.categories))
        filter.categories = p.value(f.categories).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (p.isSet(f.sources))
        filter.sources = p.value(f.sources).split(QLatin1Char(','), Qt::SkipEmptyParts);
    // A misspelt code would silently select nothing.
    for (const QString &problem : {checkCategoryCodes(store, filter.categories), checkSources(store, filter.sources)})
        if (!problem.isEmpty()) {
            io.err << problem << '\n';
            return false;
        }
    if (p.isSet(f.district)) {
        const auto area = areaNamed(store, p.value(f.district));
        if (!area) {
            io.err << AnalyseSupportTr::tr("No area called %1 in the store.").arg(p.value(f.district)) << '\n';
            return false;
        }
        filter.areaId = area->id;
    }
    return true;
}

std::uint16_t DistrictIndex::of(PointXY p) const
{
    for (std::size_t d = 0; d < districts.size(); ++d)
        if (extents[d].contains(p) && contains(districts[d].geometry, p))
            return static_cast<std::uint16_t>(d);
    return static_cast<std::uint16_t>(districts.size());
}

Result<DistrictIndex> loadDistricts(const store::StoreReader &store)
{
    auto areas = store.areas(QStringLiteral("district"));
    if (!areas)
        return Error{areas.errorMessage()};
    DistrictIndex index;
    index.districts = std::move(*areas);
    for (const Area &a : index.districts)
        index.extents.push_back(extentOf(a.geometry));
    return index;
}

QString companionPath(const QString &out, const QString &suffix)
{
    const QFileInfo info(out);
    const QString ext = info.suffix().isEmpty() ? QStringLiteral("csv") : info.suffix();
    return info.path() + QLatin1Char('/') + info.completeBaseName() + QLatin1Char('_') + suffix + QLatin1Char('.') +
           ext;
}

} // namespace lb::cli
