#include "store/walk_store.h"

#include "store/edit_log.h"
#include "store/gpkg_geometry.h"
#include "store/store.h"

#include <QCoreApplication>

namespace lb::store {

namespace {
const QString kWalks = QStringLiteral("walks");
const QString kPoints = QStringLiteral("walk_points");

struct WalkStoreTr {
    Q_DECLARE_TR_FUNCTIONS(lb::store::WalkStore)
};

void bindWalk(Statement &stmt, const Walk &w, int epsg)
{
    if (w.route.size() >= 2)
        stmt.bind(1, encodeLineString(w.route, epsg));
    else
        stmt.bindNull(1);
    stmt.bind(2, w.date.toString(Qt::ISODate)).bind(3, w.name.trimmed());
    if (w.areaId > 0)
        stmt.bind(4, w.areaId);
    else
        stmt.bindNull(4);
    const QString participants = participantList(w.participants).join(QLatin1Char(';'));
    stmt.bind(5, participants.isEmpty() ? QString() : participants);
}

Status exec(const Database &db, const char *sql, std::int64_t id)
{
    auto stmt = db.prepare(QString::fromLatin1(sql));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    if (!stmt->exec())
        return Error{stmt->lastError()};
    return {};
}
} // namespace

QStringList participantList(const QString &participants)
{
    QStringList out;
    for (const QString &part : participants.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (const QString name = part.simplified(); !name.isEmpty())
            out << name;
    return out;
}

WalkStore::WalkStore(Store &store)
    : m_store(store)
{}

QString WalkStore::validate(const Walk &w) const
{
    if (w.name.trimmed().isEmpty())
        return WalkStoreTr::tr("The walk has no name.");
    if (!w.date.isValid())
        return WalkStoreTr::tr("The walk has no date.");
    if (w.route.size() == 1)
        return WalkStoreTr::tr("A route needs at least two points.");
    if (w.areaId > 0) {
        auto stmt = m_store.database().prepare(QStringLiteral("SELECT 1 FROM areas WHERE fid = ?"));
        if (!stmt)
            return stmt.errorMessage();
        stmt->bind(1, w.areaId);
        if (!stmt->step())
            return WalkStoreTr::tr("There is no area %1.").arg(w.areaId);
    }
    return {};
}

Result<FeatureId> WalkStore::create(const Walk &w, const QString &author)
{
    if (const QString problem = validate(w); !problem.isEmpty())
        return Error{problem};
    const Database &db = m_store.database();
    Savepoint sp(db);
    if (!sp.isActive())
        return sp.release().error();
    auto stmt = db.prepare(
        QStringLiteral("INSERT INTO walks (geom, walk_date, name, area_id, participants) VALUES (?, ?, ?, ?, ?)"));
    if (!stmt)
        return stmt.error();
    bindWalk(*stmt, w, m_store.epsg());
    if (!stmt->exec())
        return Error{stmt->lastError()};
    Walk stored = w;
    stored.id = db.lastInsertRowId();
    if (Status s =
            appendEditLog(db, {kWalks, stored.id, QStringLiteral("insert"), QString(), walkJson(stored), author});
        !s)
        return s.error();
    if (Status s = m_store.refreshContentsExtent(kWalks); !s)
        return s.error();
    if (Status s = sp.release(); !s)
        return s.error();
    return stored.id;
}

Status WalkStore::update(const Walk &w, const QString &author)
{
    if (const QString problem = validate(w); !problem.isEmpty())
        return Error{problem};
    auto before = walk(w.id);
    if (!before)
        return before.error();
    const Database &db = m_store.database();
    Savepoint sp(db);
    if (!sp.isActive())
        return sp.release();
    auto stmt = db.prepare(QStringLiteral(
        "UPDATE walks SET (geom, walk_date, name, area_id, participants) = (?, ?, ?, ?, ?) WHERE fid = ?"));
    if (!stmt)
        return stmt.error();
    bindWalk(*stmt, w, m_store.epsg());
    stmt->bind(6, w.id);
    if (!stmt->exec())
        return Error{stmt->lastError()};
    if (Status s = appendEditLog(db, {kWalks, w.id, QStringLiteral("update"), walkJson(*before), walkJson(w), author});
        !s)
        return s;
    if (Status s = m_store.refreshContentsExtent(kWalks); !s)
        return s;
    return sp.release();
}

Status WalkStore::remove(FeatureId id, const QString &author)
{
    auto before = walk(id);
    if (!before)
        return before.error();
    auto plan = walkPoints(id);
    if (!plan)
        return plan.error();
    const Database &db = m_store.database();
    auto findings = db.prepare(QStringLiteral("SELECT count(*) FROM walk_findings WHERE walk_id = ?"));
    if (!findings)
        return findings.error();
    findings->bind(1, id);
    if (findings->step() && findings->int64(0) > 0)
        return Error{WalkStoreTr::tr("The walk %1 has %n finding(s); delete them or move them to another walk first.",
                                     nullptr, static_cast<int>(findings->int64(0)))
                         .arg(before->name)};
    Savepoint sp(db);
    if (!sp.isActive())
        return sp.release();
    // The points go explicitly: foreign keys may be off on this connection.
    if (Status s = exec(db, "DELETE FROM walk_points WHERE walk_id = ?", id); !s)
        return s;
    if (Status s = exec(db, "DELETE FROM walks WHERE fid = ?", id); !s)
        return s;
    const QString old = QStringLiteral("{\"walk\":%1,\"points\":%2}").arg(walkJson(*before), walkPlanJson(*plan));
    if (Status s = appendEditLog(db, {kWalks, id, QStringLiteral("delete"), old, QString(), author}); !s)
        return s;
    for (const QString &table : {kWalks, kPoints})
        if (Status s = m_store.refreshContentsExtent(table); !s)
            return s;
    return sp.release();
}

Status WalkStore::setWalkPoints(FeatureId walkId, const WalkPlan &plan, const QString &author)
{
    if (auto w = walk(walkId); !w)
        return w.error();
    auto before = walkPoints(walkId);
    if (!before)
        return before.error();
    const Database &db = m_store.database();
    Savepoint sp(db);
    if (!sp.isActive())
        return sp.release();
    if (Status s = exec(db, "DELETE FROM walk_points WHERE walk_id = ?", walkId); !s)
        return s;
    auto stmt = db.prepare(QStringLiteral("INSERT INTO walk_points (geom, walk_id, number, reason, place, why, "
                                          "source_table, source_fid, weight) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!stmt)
        return stmt.error();
    WalkPlan numbered = plan;
    for (std::size_t i = 0; i < numbered.size(); ++i) {
        WalkPoint &p = numbered[i];
        p.walkId = walkId;
        p.number = static_cast<int>(i + 1);
        stmt->reset();
        stmt->bind(1, encodePoint(p.position, m_store.epsg())).bind(2, walkId).bind(3, p.number);
        stmt->bind(4, toString(p.reason)).bind(5, p.place).bind(6, p.why);
        const bool sourced = !p.sourceTable.isEmpty() && p.sourceId > 0;
        if (sourced)
            stmt->bind(7, p.sourceTable).bind(8, p.sourceId);
        else
            stmt->bindNull(7).bindNull(8);
        stmt->bind(9, p.weight);
        if (!stmt->exec())
            return Error{
                WalkStoreTr::tr("Could not write point %1 of the walk: %2").arg(p.number).arg(stmt->lastError())};
    }
    if (Status s = appendEditLog(
            db, {kPoints, walkId, QStringLiteral("set_plan"), walkPlanJson(*before), walkPlanJson(numbered), author});
        !s)
        return s;
    if (Status s = m_store.refreshContentsExtent(kPoints); !s)
        return s;
    return sp.release();
}

} // namespace lb::store
