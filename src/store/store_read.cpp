// Store reads: typed records for the UI and reports, plain arrays for rendering and analysis.

#include "core/local_clock.h"
#include "store/gpkg_geometry.h"
#include "store/store.h"

#include <QCoreApplication>

#include <map>
#include <variant>

namespace lb::store {

namespace {

using BindValue = std::variant<double, QString>;

void bindAll(Statement &stmt, const std::vector<BindValue> &values)
{
    int index = 0;
    for (const BindValue &v : values) {
        ++index;
        if (const double *d = std::get_if<double>(&v))
            stmt.bind(index, *d);
        else
            stmt.bind(index, std::get<QString>(v));
    }
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

void addExtentCondition(const QString &table, const Extent &e, QString &sql, std::vector<BindValue> &binds)
{
    sql += QStringLiteral(" AND t.fid IN (SELECT id FROM rtree_%1_geom WHERE minx <= ? AND maxx >= ? AND miny <= ? "
                          "AND maxy >= ?)")
               .arg(table);
    binds.insert(binds.end(), {e.maxX, e.minX, e.maxY, e.minY});
}

std::optional<PointXY> pointColumn(const Statement &stmt, int column)
{
    int size = 0;
    const unsigned char *data = stmt.blob(column, &size);
    return decodePoint(data, size);
}

QDate dateColumn(const Statement &stmt, int column)
{
    return stmt.isNull(column) ? QDate() : QDate::fromString(stmt.text(column), Qt::ISODate);
}

Instant instantColumn(const Statement &stmt, int column)
{
    int size = 0;
    const auto *text = stmt.blob(column, &size);
    const auto t = parseUtc(std::string_view(reinterpret_cast<const char *>(text), static_cast<size_t>(size)));
    return t.value_or(0);
}

Error readError(const Statement &stmt)
{
    return Error{QCoreApplication::translate("lb::store::Store", "Could not read the store: %1").arg(stmt.lastError())};
}

} // namespace

Result<std::vector<Area>> Store::areas(const QString &kind) const
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT fid, geom, name, kind, population FROM areas %1 ORDER BY fid")
                                 .arg(kind.isEmpty() ? QString() : QStringLiteral("WHERE kind = ?")));
    if (!stmt)
        return stmt.error();
    if (!kind.isEmpty())
        stmt->bind(1, kind);
    std::vector<Area> out;
    while (stmt->step()) {
        Area a;
        a.id = stmt->int64(0);
        int size = 0;
        const unsigned char *blob = stmt->blob(1, &size);
        if (auto g = decodeMultiPolygon(blob, size))
            a.geometry = std::move(*g);
        a.name = stmt->text(2);
        a.kind = stmt->text(3);
        a.population = stmt->int64(4);
        out.push_back(std::move(a));
    }
    if (stmt->failed())
        return readError(*stmt);
    return out;
}

Result<std::vector<BaseFeature>> Store::baseFeatures(const QString &table, const std::optional<Extent> &extent) const
{
    if (!table.startsWith(QLatin1String("base_")))
        return Error{QCoreApplication::translate("lb::store::Store", "%1 is not a background layer.").arg(table)};
    QString sql = QStringLiteral("SELECT t.fid, t.geom, t.name, t.class FROM %1 t WHERE 1").arg(table);
    std::vector<BindValue> binds;
    if (extent)
        addExtentCondition(table, *extent, sql, binds);
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    bindAll(*stmt, binds);
    const bool lines = table == QLatin1String("base_roads");
    std::vector<BaseFeature> out;
    while (stmt->step()) {
        BaseFeature f;
        f.id = stmt->int64(0);
        int size = 0;
        const unsigned char *blob = stmt->blob(1, &size);
        if (lines) {
            if (auto g = decodeMultiLineString(blob, size))
                f.lines = std::move(*g);
        } else if (auto g = decodeMultiPolygon(blob, size)) {
            f.polygons = std::move(*g);
        }
        f.name = stmt->text(2);
        f.featureClass = stmt->text(3);
        out.push_back(std::move(f));
    }
    if (stmt->failed())
        return readError(*stmt);
    return out;
}

Result<Statement> Store::prepareIncidentQuery(const IncidentFilter &filter, const QString &columns,
                                              std::optional<MultiPolygon> *areaGeometry) const
{
    QString sql = QStringLiteral("SELECT t.fid, t.geom%1 FROM incidents t WHERE 1")
                      .arg(columns.isEmpty() ? QString() : QStringLiteral(", ") + columns);
    std::vector<BindValue> binds;
    std::optional<Extent> extent = filter.extent;
    if (filter.areaId > 0) {
        auto stmt = m_db.prepare(QStringLiteral("SELECT geom FROM areas WHERE fid = ?"));
        if (!stmt)
            return stmt.error();
        stmt->bind(1, filter.areaId);
        if (!stmt->step())
            return Error{QCoreApplication::translate("lb::store::Store", "Area %1 does not exist.").arg(filter.areaId)};
        int size = 0;
        const unsigned char *blob = stmt->blob(0, &size);
        *areaGeometry = decodeMultiPolygon(blob, size);
        if (*areaGeometry) {
            const Extent areaExtent = extentOf(**areaGeometry);
            if (extent) {
                extent = Extent{std::max(extent->minX, areaExtent.minX), std::max(extent->minY, areaExtent.minY),
                                std::min(extent->maxX, areaExtent.maxX), std::min(extent->maxY, areaExtent.maxY)};
            } else {
                extent = areaExtent;
            }
        }
    }
    if (extent)
        addExtentCondition(QStringLiteral("incidents"), *extent, sql, binds);
    if (filter.span) {
        sql += QStringLiteral(" AND t.occurred_at >= ? AND t.occurred_at < ?");
        binds.emplace_back(formatUtc(filter.span->begin));
        binds.emplace_back(formatUtc(filter.span->end));
    }
    if (!filter.categories.isEmpty()) {
        sql += QStringLiteral(" AND t.category IN (%1)").arg(placeholders(filter.categories.size()));
        for (const QString &c : filter.categories)
            binds.emplace_back(c);
    }
    if (!filter.sources.isEmpty()) {
        sql += QStringLiteral(" AND t.source IN (%1)").arg(placeholders(filter.sources.size()));
        for (const QString &s : filter.sources)
            binds.emplace_back(s);
    }
    sql += QStringLiteral(" ORDER BY t.fid");
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    bindAll(*stmt, binds);
    return stmt;
}

Result<std::vector<Incident>> Store::incidents(const IncidentFilter &filter) const
{
    std::optional<MultiPolygon> area;
    auto stmt = prepareIncidentQuery(filter,
                                     QStringLiteral("t.occurred_at, t.time_precision, t.category, t.source, "
                                                    "t.source_ref, t.location_precision, t.description, t.batch_id"),
                                     &area);
    if (!stmt)
        return stmt.error();
    std::vector<Incident> out;
    while (stmt->step()) {
        const auto p = pointColumn(*stmt, 1);
        if (!p || (area && !contains(*area, *p)))
            continue;
        Incident i;
        i.id = stmt->int64(0);
        i.position = *p;
        i.occurredAt = instantColumn(*stmt, 2);
        i.timePrecision = timePrecisionFromString(stmt->text(3)).value_or(TimePrecision::Exact);
        i.category = stmt->text(4);
        i.source = stmt->text(5);
        i.sourceRef = stmt->text(6);
        i.locationPrecision = locationPrecisionFromString(stmt->text(7)).value_or(LocationPrecision::Exact);
        i.description = stmt->text(8);
        i.batchId = stmt->int64(9);
        out.push_back(std::move(i));
    }
    if (stmt->failed())
        return readError(*stmt);
    return out;
}

Result<IncidentPoints> Store::incidentPoints(const IncidentFilter &filter) const
{
    std::optional<MultiPolygon> area;
    auto stmt = prepareIncidentQuery(
        filter, QStringLiteral("t.occurred_at, t.category, t.location_precision, t.source"), &area);
    if (!stmt)
        return stmt.error();
    IncidentPoints out;
    std::map<QString, std::uint16_t> categoryIndex;
    std::map<QString, std::uint16_t> sourceIndex;
    while (stmt->step()) {
        const auto p = pointColumn(*stmt, 1);
        if (!p || (area && !contains(*area, *p)))
            continue;
        out.ids.push_back(stmt->int64(0));
        out.positions.push_back(*p);
        out.times.push_back(instantColumn(*stmt, 2));
        const QString category = stmt->text(3);
        auto it = categoryIndex.find(category);
        if (it == categoryIndex.end()) {
            it = categoryIndex.emplace(category, static_cast<std::uint16_t>(out.categories.size())).first;
            out.categories << category;
        }
        out.categoryIndex.push_back(it->second);
        out.precision.push_back(locationPrecisionFromString(stmt->text(4)).value_or(LocationPrecision::Exact));
        const QString source = stmt->text(5);
        auto s = sourceIndex.find(source);
        if (s == sourceIndex.end()) {
            s = sourceIndex.emplace(source, static_cast<std::uint16_t>(out.sources.size())).first;
            out.sources << source;
        }
        out.sourceIndex.push_back(s->second);
    }
    if (stmt->failed())
        return readError(*stmt);
    return out;
}

Result<std::vector<GroupCount>> Store::countIncidents(const IncidentFilter &filter, GroupBy groupBy) const
{
    std::map<QString, std::int64_t> counts;
    if (groupBy == GroupBy::Area) {
        // Each area is counted separately; areas may overlap (the municipality holds every district).
        auto all = areas();
        if (!all)
            return all.error();
        for (const Area &a : *all) {
            IncidentFilter f = filter;
            f.areaId = a.id;
            auto pts = incidentPoints(f);
            if (!pts)
                return pts.error();
            counts[a.name] += static_cast<std::int64_t>(pts->size());
        }
    } else if (groupBy == GroupBy::Year || groupBy == GroupBy::Month) {
        // Years and months are local calendar periods, so midnight on New Year's Eve counts in the
        // right year; SQL's strftime would use UTC.
        auto pts = incidentPoints(filter);
        if (!pts)
            return pts.error();
        const LocalClock clock(m_timeZone);
        for (Instant t : pts->times) {
            const LocalFields f = clock.fields(t);
            const QString key = groupBy == GroupBy::Year
                                    ? QString::number(f.year)
                                    : QStringLiteral("%1-%2").arg(f.year).arg(f.month, 2, 10, QLatin1Char('0'));
            ++counts[key];
        }
    } else {
        std::optional<MultiPolygon> area;
        auto stmt = prepareIncidentQuery(filter, QStringLiteral("t.category, t.source"), &area);
        if (!stmt)
            return stmt.error();
        std::map<QString, QString> groupOf;
        if (groupBy == GroupBy::CategoryGroup) {
            auto cats = categories();
            if (!cats)
                return cats.error();
            for (const Category &c : *cats)
                groupOf[c.code] = c.group;
        }
        while (stmt->step()) {
            if (area) {
                const auto p = pointColumn(*stmt, 1);
                if (!p || !contains(*area, *p))
                    continue;
            }
            QString key = stmt->text(groupBy == GroupBy::Source ? 3 : 2);
            if (groupBy == GroupBy::CategoryGroup)
                key = groupOf.count(key) ? groupOf[key] : QStringLiteral("other");
            ++counts[key];
        }
        if (stmt->failed())
            return readError(*stmt);
    }
    std::vector<GroupCount> out;
    for (const auto &[key, n] : counts)
        out.push_back({key, n});
    return out;
}

TimeSpan Store::incidentTimeSpan() const
{
    // Two look-ups on the time index: min() and max() together in one SELECT would scan it.
    auto stmt = m_db.prepare(QStringLiteral("SELECT (SELECT occurred_at FROM incidents ORDER BY occurred_at LIMIT 1), "
                                            "(SELECT occurred_at FROM incidents ORDER BY occurred_at DESC LIMIT 1)"));
    if (!stmt || !stmt->step() || stmt->isNull(0))
        return {};
    TimeSpan span{instantColumn(*stmt, 0), instantColumn(*stmt, 1) + 1};
    // An incident known only to the month or the year happened somewhere in it: the data run to its
    // end, so that a police file's last month counts as complete. Such incidents sit on the first day
    // of their month or year (the value parser puts them there), so only that day of the last month
    // and of the last year is read, on the time index.
    const LocalClock clock(m_timeZone);
    const LocalFields last = clock.fields(span.end - 1);
    const auto coarseIn = [&](Instant from, const char *precision) {
        auto q = m_db.prepare(QStringLiteral("SELECT 1 FROM incidents WHERE occurred_at >= ?1 AND occurred_at < ?2 "
                                             "AND time_precision = ?3 LIMIT 1"));
        if (!q)
            return false;
        q->bind(1, formatUtc(from));
        q->bind(2, formatUtc(from + 86400));
        q->bind(3, QString::fromLatin1(precision));
        return q->step();
    };
    if (coarseIn(clock.toUtc(last.year, last.month, 1), "month"))
        span.end = std::max(span.end, last.month == 12 ? clock.toUtc(last.year + 1, 1, 1)
                                                       : clock.toUtc(last.year, last.month + 1, 1));
    if (coarseIn(clock.toUtc(last.year, 1, 1), "year"))
        span.end = std::max(span.end, clock.toUtc(last.year + 1, 1, 1));
    return span;
}

Result<std::vector<Survey>> Store::surveys() const
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT id, name, year, method, batch_id FROM surveys ORDER BY year, id"));
    if (!stmt)
        return stmt.error();
    std::vector<Survey> out;
    while (stmt->step())
        out.push_back({stmt->int64(0), stmt->text(1), stmt->integer(2), stmt->text(3), stmt->int64(4)});
    if (stmt->failed())
        return readError(*stmt);
    return out;
}

Result<std::vector<SurveyPin>> Store::surveyPins(std::int64_t surveyId, const std::optional<Extent> &extent) const
{
    QString sql = QStringLiteral("SELECT t.fid, t.geom, t.survey_id, t.rating, t.time_of_day, t.reason, t.comment, "
                                 "t.respondent, t.batch_id FROM survey_pins t WHERE 1");
    std::vector<BindValue> binds;
    if (surveyId > 0) {
        sql += QStringLiteral(" AND t.survey_id = ?");
        binds.emplace_back(static_cast<double>(surveyId));
    }
    if (extent)
        addExtentCondition(QStringLiteral("survey_pins"), *extent, sql, binds);
    auto stmt = m_db.prepare(sql + QStringLiteral(" ORDER BY t.fid"));
    if (!stmt)
        return stmt.error();
    bindAll(*stmt, binds);
    std::vector<SurveyPin> out;
    while (stmt->step()) {
        SurveyPin p;
        p.id = stmt->int64(0);
        p.position = pointColumn(*stmt, 1).value_or(PointXY{});
        p.surveyId = stmt->int64(2);
        p.rating = stmt->integer(3);
        p.timeOfDay = timeOfDayFromString(stmt->text(4)).value_or(TimeOfDay::Unknown);
        p.reason = stmt->text(5);
        p.comment = stmt->text(6);
        p.respondent = stmt->text(7);
        p.batchId = stmt->int64(8);
        out.push_back(std::move(p));
    }
    if (stmt->failed())
        return readError(*stmt);
    return out;
}

Result<std::vector<SurveyAnswer>> Store::surveyAnswers(std::int64_t surveyId) const
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT id, survey_id, area_id, indicator, respondents, share FROM "
                                            "survey_answers %1 ORDER BY survey_id, area_id, indicator")
                                 .arg(surveyId > 0 ? QStringLiteral("WHERE survey_id = ?") : QString()));
    if (!stmt)
        return stmt.error();
    if (surveyId > 0)
        stmt->bind(1, surveyId);
    std::vector<SurveyAnswer> out;
    while (stmt->step())
        out.push_back({stmt->int64(0), stmt->int64(1), stmt->int64(2), stmt->text(3), stmt->integer(4), stmt->real(5)});
    if (stmt->failed())
        return readError(*stmt);
    return out;
}

Result<std::vector<Walk>> Store::walks() const
{
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT fid, geom, walk_date, name, area_id, participants, batch_id FROM walks ORDER BY "
                       "walk_date, fid"));
    if (!stmt)
        return stmt.error();
    std::vector<Walk> out;
    while (stmt->step()) {
        Walk w;
        w.id = stmt->int64(0);
        int size = 0;
        const unsigned char *blob = stmt->blob(1, &size);
        if (auto line = decodeLineString(blob, size))
            w.route = std::move(*line);
        w.date = dateColumn(*stmt, 2);
        w.name = stmt->text(3);
        w.areaId = stmt->int64(4);
        w.participants = stmt->text(5);
        w.batchId = stmt->int64(6);
        out.push_back(std::move(w));
    }
    if (stmt->failed())
        return readError(*stmt);
    return out;
}

Result<std::vector<WalkFinding>> Store::walkFindings(FeatureId walkId, const std::optional<Extent> &extent) const
{
    QString sql = QStringLiteral("SELECT t.fid, t.geom, t.walk_id, t.kind, t.description, t.responsible, t.status, "
                                 "t.due_date, t.fixed_date, t.batch_id, t.status_changed_on, t.point_number "
                                 "FROM walk_findings t WHERE 1");
    std::vector<BindValue> binds;
    if (walkId > 0) {
        sql += QStringLiteral(" AND t.walk_id = ?");
        binds.emplace_back(static_cast<double>(walkId));
    }
    if (extent)
        addExtentCondition(QStringLiteral("walk_findings"), *extent, sql, binds);
    auto stmt = m_db.prepare(sql + QStringLiteral(" ORDER BY t.fid"));
    if (!stmt)
        return stmt.error();
    bindAll(*stmt, binds);
    std::vector<WalkFinding> out;
    while (stmt->step()) {
        WalkFinding f;
        f.id = stmt->int64(0);
        f.position = pointColumn(*stmt, 1).value_or(PointXY{});
        f.walkId = stmt->int64(2);
        f.kind = stmt->text(3);
        f.description = stmt->text(4);
        f.responsible = stmt->text(5);
        f.status = findingStatusFromString(stmt->text(6)).value_or(FindingStatus::Open);
        f.dueDate = dateColumn(*stmt, 7);
        f.fixedDate = dateColumn(*stmt, 8);
        f.batchId = stmt->int64(9);
        f.statusChangedOn = dateColumn(*stmt, 10);
        f.pointNumber = static_cast<int>(stmt->int64(11));
        out.push_back(std::move(f));
    }
    if (stmt->failed())
        return readError(*stmt);
    return out;
}

Result<std::vector<Category>> Store::categories() const
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT code, label_sv, label_en, group_code, sensitive, sort_order FROM "
                                            "categories ORDER BY sort_order, code"));
    if (!stmt)
        return stmt.error();
    std::vector<Category> out;
    while (stmt->step())
        out.push_back(
            {stmt->text(0), stmt->text(1), stmt->text(2), stmt->text(3), stmt->int64(4) != 0, stmt->integer(5)});
    if (stmt->failed())
        return readError(*stmt);
    return out;
}

Result<std::vector<CategoryGroup>> Store::categoryGroups() const
{
    auto stmt =
        m_db.prepare(QStringLiteral("SELECT code, label_sv, label_en FROM category_groups ORDER BY sort_order, code"));
    if (!stmt)
        return stmt.error();
    std::vector<CategoryGroup> out;
    while (stmt->step())
        out.push_back({stmt->text(0), stmt->text(1), stmt->text(2)});
    if (stmt->failed())
        return readError(*stmt);
    return out;
}

Result<std::vector<FindingKind>> Store::findingKinds() const
{
    auto stmt = m_db.prepare(
        QStringLiteral("SELECT code, label_sv, label_en, sort_order FROM finding_kinds ORDER BY sort_order, code"));
    if (!stmt)
        return stmt.error();
    std::vector<FindingKind> out;
    while (stmt->step())
        out.push_back({stmt->text(0), stmt->text(1), stmt->text(2), stmt->integer(3)});
    if (stmt->failed())
        return readError(*stmt);
    return out;
}

} // namespace lb::store
