// Reads of walks and their plans, and the JSON the edit log keeps (see walk_store.h).

#include "store/gpkg_geometry.h"
#include "store/store.h"
#include "store/walk_store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lb::store {

namespace {
QJsonArray pointsJson(std::span<const PointXY> points)
{
    QJsonArray out;
    for (const PointXY &p : points)
        out.append(QJsonArray{p.x, p.y});
    return out;
}

QString compact(const QJsonValue &v)
{
    const QJsonDocument doc = v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}
} // namespace

QString walkJson(const Walk &w)
{
    QJsonObject o{{QStringLiteral("name"), w.name.trimmed()},
                  {QStringLiteral("walk_date"), w.date.toString(Qt::ISODate)},
                  {QStringLiteral("participants"), participantList(w.participants).join(QLatin1Char(';'))},
                  {QStringLiteral("route"), pointsJson(w.route)}};
    if (w.areaId > 0)
        o.insert(QStringLiteral("area_id"), static_cast<qint64>(w.areaId));
    return compact(o);
}

QString walkPlanJson(const WalkPlan &plan)
{
    QJsonArray out;
    for (const WalkPoint &p : plan) {
        QJsonObject o{{QStringLiteral("number"), p.number},
                      {QStringLiteral("x"), p.position.x},
                      {QStringLiteral("y"), p.position.y},
                      {QStringLiteral("reason"), toString(p.reason)},
                      {QStringLiteral("place"), p.place},
                      {QStringLiteral("why"), p.why},
                      {QStringLiteral("weight"), static_cast<qint64>(p.weight)}};
        if (!p.sourceTable.isEmpty() && p.sourceId > 0) {
            o.insert(QStringLiteral("source_table"), p.sourceTable);
            o.insert(QStringLiteral("source_fid"), static_cast<qint64>(p.sourceId));
        }
        out.append(o);
    }
    return compact(out);
}

Result<Walk> WalkStore::walk(FeatureId id) const
{
    auto all = m_store.walks();
    if (!all)
        return all.error();
    for (Walk &w : *all)
        if (w.id == id)
            return std::move(w);
    return Error{QCoreApplication::translate("lb::store::WalkStore", "There is no walk %1.").arg(id)};
}

Result<WalkPlan> WalkStore::walkPoints(FeatureId walkId) const
{
    auto stmt = m_store.database().prepare(
        QStringLiteral("SELECT fid, geom, walk_id, number, reason, place, why, source_table, source_fid, weight FROM "
                       "walk_points WHERE walk_id = ? ORDER BY number, fid"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, walkId);
    WalkPlan out;
    while (stmt->step()) {
        WalkPoint p;
        p.id = stmt->int64(0);
        int size = 0;
        const unsigned char *blob = stmt->blob(1, &size);
        p.position = decodePoint(blob, size).value_or(PointXY{});
        p.walkId = stmt->int64(2);
        p.number = stmt->integer(3);
        p.reason = walkPointReasonFromString(stmt->text(4)).value_or(WalkPointReason::Added);
        p.place = stmt->text(5);
        p.why = stmt->text(6);
        p.sourceTable = stmt->text(7);
        p.sourceId = stmt->int64(8);
        p.weight = stmt->int64(9);
        out.push_back(std::move(p));
    }
    if (stmt->failed())
        return Error{stmt->lastError()};
    return out;
}

} // namespace lb::store
