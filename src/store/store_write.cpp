// Store writes: each public write runs inside a savepoint and refreshes the layer extent that
// GeoPackage readers show, so a failure leaves nothing half-written.

#include "store/edit_log.h"
#include "store/gpkg_geometry.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace lb::store {

namespace {

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

Error statementError(const Statement &stmt, const QString &what)
{
    return Error{QCoreApplication::translate("lb::store::Store", "Could not write %1: %2").arg(what, stmt.lastError())};
}

// Runs `body` inside a savepoint, then refreshes the extent of `table`.
template <typename Body> Status inWrite(const Database &db, Store &store, const QString &table, Body body)
{
    Savepoint sp(db);
    if (!sp.isActive())
        return sp.release();
    if (Status s = body(); !s)
        return s;
    if (!table.isEmpty())
        if (Status s = store.refreshContentsExtent(table); !s)
            return s;
    return sp.release();
}

void bindOptionalId(Statement &stmt, int index, std::int64_t id)
{
    if (id > 0)
        stmt.bind(index, id);
    else
        stmt.bindNull(index);
}

} // namespace

Status Store::insertAreas(std::span<Area> areas)
{
    return inWrite(m_db, *this, QStringLiteral("areas"), [&]() -> Status {
        auto stmt =
            m_db.prepare(QStringLiteral("INSERT INTO areas (geom, name, kind, population) VALUES (?, ?, ?, ?)"));
        if (!stmt)
            return stmt.error();
        for (Area &a : areas) {
            stmt->reset();
            stmt->bind(1, encodeMultiPolygon(a.geometry, m_epsg)).bind(2, a.name).bind(3, a.kind);
            if (a.population > 0)
                stmt->bind(4, a.population);
            if (!stmt->exec())
                return statementError(*stmt, QStringLiteral("areas"));
            a.id = m_db.lastInsertRowId();
        }
        return {};
    });
}

Status Store::insertBaseFeatures(const QString &table, std::span<BaseFeature> features)
{
    if (!table.startsWith(QLatin1String("base_")))
        return Error{QCoreApplication::translate("lb::store::Store", "%1 is not a background layer.").arg(table)};
    const bool lines = table == QLatin1String("base_roads");
    return inWrite(m_db, *this, table, [&]() -> Status {
        auto stmt = m_db.prepare(QStringLiteral("INSERT INTO %1 (geom, name, class) VALUES (?, ?, ?)").arg(table));
        if (!stmt)
            return stmt.error();
        for (BaseFeature &f : features) {
            stmt->reset();
            stmt->bind(1, lines ? encodeMultiLineString(f.lines, m_epsg) : encodeMultiPolygon(f.polygons, m_epsg));
            stmt->bind(2, f.name).bind(3, f.featureClass);
            if (!stmt->exec())
                return statementError(*stmt, table);
            f.id = m_db.lastInsertRowId();
        }
        return {};
    });
}

Status Store::insertIncidents(std::span<Incident> incidents)
{
    return inWrite(m_db, *this, QStringLiteral("incidents"), [&]() -> Status {
        auto stmt = m_db.prepare(
            QStringLiteral("INSERT INTO incidents (geom, occurred_at, time_precision, category, source, source_ref, "
                           "location_precision, description, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!stmt)
            return stmt.error();
        QByteArray blob;
        char when[20];
        for (Incident &i : incidents) {
            stmt->reset();
            encodePoint(i.position, m_epsg, blob);
            formatUtc(i.occurredAt, when);
            stmt->bind(1, blob).bind(2, QString::fromLatin1(when, 20)).bind(3, toString(i.timePrecision));
            stmt->bind(4, i.category).bind(5, i.source).bind(6, i.sourceRef);
            stmt->bind(7, toString(i.locationPrecision)).bind(8, i.description);
            bindOptionalId(*stmt, 9, i.batchId);
            if (!stmt->exec())
                return statementError(*stmt, QStringLiteral("incidents"));
            i.id = m_db.lastInsertRowId();
        }
        return {};
    });
}

Result<std::int64_t> Store::insertSurvey(const Survey &survey)
{
    auto stmt = m_db.prepare(QStringLiteral("INSERT INTO surveys (name, year, method, batch_id) VALUES (?, ?, ?, ?)"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, survey.name).bind(2, survey.year).bind(3, survey.method);
    bindOptionalId(*stmt, 4, survey.batchId);
    if (!stmt->exec())
        return statementError(*stmt, QStringLiteral("surveys"));
    return m_db.lastInsertRowId();
}

Status Store::insertSurveyPins(std::span<SurveyPin> pins)
{
    return inWrite(m_db, *this, QStringLiteral("survey_pins"), [&]() -> Status {
        auto stmt =
            m_db.prepare(QStringLiteral("INSERT INTO survey_pins (geom, survey_id, rating, time_of_day, "
                                        "reason, comment, respondent, batch_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!stmt)
            return stmt.error();
        for (SurveyPin &p : pins) {
            stmt->reset();
            stmt->bind(1, encodePoint(p.position, m_epsg)).bind(2, p.surveyId);
            if (p.rating > 0)
                stmt->bind(3, p.rating);
            stmt->bind(4, toString(p.timeOfDay)).bind(5, p.reason).bind(6, p.comment).bind(7, p.respondent);
            bindOptionalId(*stmt, 8, p.batchId);
            if (!stmt->exec())
                return statementError(*stmt, QStringLiteral("survey_pins"));
            p.id = m_db.lastInsertRowId();
        }
        return {};
    });
}

Status Store::insertSurveyAnswers(std::span<SurveyAnswer> answers)
{
    return inWrite(m_db, *this, QString(), [&]() -> Status {
        auto stmt = m_db.prepare(QStringLiteral("INSERT INTO survey_answers (survey_id, area_id, indicator, "
                                                "respondents, share) VALUES (?, ?, ?, ?, ?)"));
        if (!stmt)
            return stmt.error();
        for (SurveyAnswer &a : answers) {
            stmt->reset();
            stmt->bind(1, a.surveyId).bind(2, a.areaId).bind(3, a.indicator).bind(4, a.respondents).bind(5, a.share);
            if (!stmt->exec())
                return statementError(*stmt, QStringLiteral("survey_answers"));
            a.id = m_db.lastInsertRowId();
        }
        return {};
    });
}

Result<FeatureId> Store::insertWalk(const Walk &walk)
{
    FeatureId id = 0;
    const Status s = inWrite(m_db, *this, QStringLiteral("walks"), [&]() -> Status {
        auto stmt = m_db.prepare(
            QStringLiteral("INSERT INTO walks (geom, walk_date, name, area_id, participants, batch_id) VALUES (?, ?, "
                           "?, ?, ?, ?)"));
        if (!stmt)
            return stmt.error();
        if (walk.route.size() >= 2)
            stmt->bind(1, encodeLineString(walk.route, m_epsg));
        stmt->bind(2, dateText(walk.date)).bind(3, walk.name);
        bindOptionalId(*stmt, 4, walk.areaId);
        stmt->bind(5, walk.participants);
        bindOptionalId(*stmt, 6, walk.batchId);
        if (!stmt->exec())
            return statementError(*stmt, QStringLiteral("walks"));
        id = m_db.lastInsertRowId();
        return {};
    });
    if (!s)
        return s.error();
    return id;
}

Status Store::insertWalkFindings(std::span<WalkFinding> findings)
{
    return inWrite(m_db, *this, QStringLiteral("walk_findings"), [&]() -> Status {
        auto stmt = m_db.prepare(QStringLiteral(
            "INSERT INTO walk_findings (geom, walk_id, kind, description, responsible, status, due_date, "
            "fixed_date, batch_id, status_changed_on, point_number) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!stmt)
            return stmt.error();
        for (WalkFinding &f : findings) {
            stmt->reset();
            stmt->bind(1, encodePoint(f.position, m_epsg));
            bindOptionalId(*stmt, 2, f.walkId);
            stmt->bind(3, f.kind).bind(4, f.description).bind(5, f.responsible).bind(6, toString(f.status));
            stmt->bind(7, dateText(f.dueDate)).bind(8, dateText(f.fixedDate));
            bindOptionalId(*stmt, 9, f.batchId);
            stmt->bind(10, dateText(f.statusChangedOn));
            bindOptionalId(*stmt, 11, f.pointNumber);
            if (!stmt->exec())
                return statementError(*stmt, QStringLiteral("walk_findings"));
            f.id = m_db.lastInsertRowId();
        }
        return {};
    });
}

Status Store::updateWalkFinding(const WalkFinding &finding, const QString &author)
{
    return inWrite(m_db, *this, QString(), [&]() -> Status {
        const auto json = [](const QString &status, const QString &due, const QString &fixed, const QString &resp,
                             const QString &desc, const QString &changed) {
            return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("status"), status},
                                                               {QStringLiteral("due_date"), due},
                                                               {QStringLiteral("fixed_date"), fixed},
                                                               {QStringLiteral("responsible"), resp},
                                                               {QStringLiteral("description"), desc},
                                                               {QStringLiteral("status_changed_on"), changed}})
                                         .toJson(QJsonDocument::Compact));
        };
        auto old = m_db.prepare(QStringLiteral("SELECT status, due_date, fixed_date, responsible, description, "
                                               "status_changed_on FROM walk_findings WHERE fid = ?"));
        if (!old)
            return old.error();
        old->bind(1, finding.id);
        if (!old->step())
            return Error{QCoreApplication::translate("lb::store::Store", "Finding %1 does not exist.").arg(finding.id)};
        const QString before = json(old->text(0), old->text(1), old->text(2), old->text(3), old->text(4), old->text(5));
        const QString after = json(toString(finding.status), dateText(finding.dueDate), dateText(finding.fixedDate),
                                   finding.responsible, finding.description, dateText(finding.statusChangedOn));

        auto stmt =
            m_db.prepare(QStringLiteral("UPDATE walk_findings SET status = ?, due_date = ?, fixed_date = ?, "
                                        "responsible = ?, description = ?, status_changed_on = ? WHERE fid = ?"));
        if (!stmt)
            return stmt.error();
        stmt->bind(1, toString(finding.status)).bind(2, dateText(finding.dueDate)).bind(3, dateText(finding.fixedDate));
        stmt->bind(4, finding.responsible).bind(5, finding.description).bind(6, dateText(finding.statusChangedOn));
        stmt->bind(7, finding.id);
        if (!stmt->exec())
            return statementError(*stmt, QStringLiteral("walk_findings"));

        return appendEditLog(m_db, EditLogEntry{QStringLiteral("walk_findings"), finding.id, QStringLiteral("update"),
                                                before, after, author});
    });
}

Status Store::insertCategory(const Category &c)
{
    static const QRegularExpression codeForm(QStringLiteral("^[a-z0-9_]+$"));
    if (!codeForm.match(c.code).hasMatch())
        return Error{QCoreApplication::translate("lb::store::Store",
                                                 "A category code is lower-case letters a to z, digits and _, not %1.")
                         .arg(c.code)};
    if (c.labelSv.trimmed().isEmpty() || c.labelEn.trimmed().isEmpty())
        return Error{
            QCoreApplication::translate("lb::store::Store", "A category needs a Swedish and an English label.")};
    auto cats = categories();
    if (!cats)
        return cats.error();
    int order = 0;
    for (const Category &existing : *cats) {
        if (existing.code == c.code)
            return Error{
                QCoreApplication::translate("lb::store::Store", "The category %1 already exists.").arg(c.code)};
        order = std::max(order, existing.sortOrder);
    }
    auto groups = categoryGroups();
    if (!groups)
        return groups.error();
    QStringList groupCodes;
    for (const CategoryGroup &g : *groups)
        groupCodes << g.code;
    if (!groupCodes.contains(c.group))
        return Error{QCoreApplication::translate("lb::store::Store", "%1 is not a category group; the groups are: %2.")
                         .arg(c.group, groupCodes.join(QLatin1String(", ")))};
    return inWrite(m_db, *this, QString(), [&]() -> Status {
        auto stmt = m_db.prepare(QStringLiteral("INSERT INTO categories (code, label_sv, label_en, group_code, "
                                                "sensitive, sort_order) VALUES (?, ?, ?, ?, ?, ?)"));
        if (!stmt)
            return stmt.error();
        stmt->bind(1, c.code).bind(2, c.labelSv.trimmed()).bind(3, c.labelEn.trimmed()).bind(4, c.group);
        stmt->bind(5, c.sensitive ? 1 : 0).bind(6, order + 1);
        if (!stmt->exec())
            return statementError(*stmt, QStringLiteral("categories"));
        return {};
    });
}

} // namespace lb::store
