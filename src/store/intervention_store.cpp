#include "store/intervention_store.h"

#include "store/edit_log.h"
#include "store/gpkg_geometry.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lb::store {

namespace {
const QString kTable = QStringLiteral("interventions");

struct InterventionStoreTr {
    Q_DECLARE_TR_FUNCTIONS(lb::store::InterventionStore)
};

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QByteArray geometryBlob(const Intervention &i, int epsg)
{
    switch (i.shape) {
    case InterventionShape::Point:
        return encodePoint(i.point, epsg);
    case InterventionShape::Route:
        return encodeLineString(i.route, epsg);
    case InterventionShape::Polygon:
        return encodeMultiPolygon(i.polygon, epsg);
    case InterventionShape::Districts:
        break;
    }
    return {};
}

const char *const kColumns = "name, kind, shape, radius_m, starts_on, ends_on, organisation, cost, description, geom";

void bindFields(Statement &stmt, const Intervention &i, int epsg)
{
    stmt.bind(1, i.name).bind(2, i.kind).bind(3, toString(i.shape)).bind(4, i.radius);
    stmt.bind(5, dateText(i.startsOn)).bind(6, dateText(i.endsOn)).bind(7, i.organisation);
    if (i.cost)
        stmt.bind(8, *i.cost);
    else
        stmt.bindNull(8);
    stmt.bind(9, i.description);
    const QByteArray blob = geometryBlob(i, epsg);
    if (blob.isEmpty())
        stmt.bindNull(10);
    else
        stmt.bind(10, blob);
}
} // namespace

QString interventionJson(const Intervention &i)
{
    QJsonArray areas, links;
    for (std::int64_t a : i.areaIds)
        areas.append(static_cast<qint64>(a));
    for (const InterventionLink &l : i.links)
        links.append(
            QJsonObject{{QStringLiteral("table"), l.table}, {QStringLiteral("fid"), static_cast<qint64>(l.featureId)}});
    QJsonObject o{{QStringLiteral("name"), i.name},
                  {QStringLiteral("kind"), i.kind},
                  {QStringLiteral("shape"), toString(i.shape)},
                  {QStringLiteral("radius_m"), i.radius},
                  {QStringLiteral("starts_on"), dateText(i.startsOn)},
                  {QStringLiteral("ends_on"), dateText(i.endsOn)},
                  {QStringLiteral("organisation"), i.organisation},
                  {QStringLiteral("description"), i.description},
                  {QStringLiteral("areas"), areas},
                  {QStringLiteral("links"), links}};
    if (i.cost)
        o.insert(QStringLiteral("cost"), *i.cost);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

InterventionStore::InterventionStore(Store &store)
    : m_store(store)
{}

Result<std::vector<InterventionKind>> InterventionStore::kinds() const
{
    auto stmt = m_store.database().prepare(
        QStringLiteral("SELECT code, label_sv, label_en, sort_order FROM intervention_kinds ORDER BY sort_order, id"));
    if (!stmt)
        return stmt.error();
    std::vector<InterventionKind> out;
    while (stmt->step())
        out.push_back({stmt->text(0), stmt->text(1), stmt->text(2), stmt->integer(3)});
    if (stmt->failed())
        return Error{stmt->lastError()};
    return out;
}

Status InterventionStore::saveKind(const InterventionKind &kind, const QString &author)
{
    if (kind.code.trimmed().isEmpty() || kind.labelSv.trimmed().isEmpty() || kind.labelEn.trimmed().isEmpty())
        return Error{
            InterventionStoreTr::tr("A kind of intervention needs a code and a Swedish and an English label.")};
    const Database &db = m_store.database();
    Savepoint sp(db);
    if (!sp.isActive())
        return sp.release();
    auto stmt = db.prepare(
        QStringLiteral("INSERT INTO intervention_kinds (code, label_sv, label_en, sort_order) VALUES (?, ?, ?, "
                       "COALESCE(NULLIF(?, 0), (SELECT COALESCE(max(sort_order), 0) + 1 FROM intervention_kinds))) "
                       "ON CONFLICT (code) DO UPDATE SET label_sv = excluded.label_sv, label_en = excluded.label_en"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, kind.code.trimmed()).bind(2, kind.labelSv.trimmed()).bind(3, kind.labelEn.trimmed());
    stmt->bind(4, kind.sortOrder);
    if (!stmt->exec())
        return Error{stmt->lastError()};
    const QString values = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("code"), kind.code},
                                                                       {QStringLiteral("label_sv"), kind.labelSv},
                                                                       {QStringLiteral("label_en"), kind.labelEn}})
                                                 .toJson(QJsonDocument::Compact));
    if (Status s = appendEditLog(db, {QStringLiteral("intervention_kinds"), std::nullopt, QStringLiteral("save"),
                                      QString(), values, author});
        !s)
        return s;
    return sp.release();
}

QString InterventionStore::validate(const Intervention &i) const
{
    if (i.name.trimmed().isEmpty())
        return InterventionStoreTr::tr("The intervention has no name.");
    if (!i.startsOn.isValid())
        return InterventionStoreTr::tr("The intervention has no start date.");
    if (i.endsOn.isValid() && i.endsOn < i.startsOn)
        return InterventionStoreTr::tr("The intervention ends before it starts.");
    if (i.radius < 0.0)
        return InterventionStoreTr::tr("The radius cannot be negative.");
    switch (i.shape) {
    case InterventionShape::Point:
        if (i.radius <= 0.0)
            return InterventionStoreTr::tr("A point intervention needs a radius in metres.");
        break;
    case InterventionShape::Route:
        if (i.route.size() < 2)
            return InterventionStoreTr::tr("A route needs at least two points.");
        break;
    case InterventionShape::Polygon:
        if (i.polygon.empty() || i.polygon.front().rings.empty() || i.polygon.front().rings.front().size() < 4)
            return InterventionStoreTr::tr("A polygon needs a closed ring of at least three corners.");
        break;
    case InterventionShape::Districts:
        if (i.areaIds.empty())
            return InterventionStoreTr::tr("Choose at least one district.");
        break;
    }
    const auto known = kinds();
    if (!known)
        return known.errorMessage();
    for (const InterventionKind &k : *known)
        if (k.code == i.kind)
            return {};
    return InterventionStoreTr::tr("Unknown kind of intervention: %1.").arg(i.kind);
}

Status InterventionStore::writeChildren(const Intervention &i, std::int64_t id)
{
    const Database &db = m_store.database();
    auto clearAreas = db.prepare(QStringLiteral("DELETE FROM intervention_areas WHERE intervention_id = ?"));
    auto clearLinks = db.prepare(QStringLiteral("DELETE FROM intervention_links WHERE intervention_id = ?"));
    if (!clearAreas || !clearLinks)
        return Error{db.lastError()};
    clearAreas->bind(1, id);
    clearLinks->bind(1, id);
    if (!clearAreas->exec() || !clearLinks->exec())
        return Error{db.lastError()};
    auto area = db.prepare(QStringLiteral("INSERT OR IGNORE INTO intervention_areas VALUES (?, ?)"));
    auto link = db.prepare(QStringLiteral("INSERT OR IGNORE INTO intervention_links VALUES (?, ?, ?)"));
    if (!area || !link)
        return Error{db.lastError()};
    for (std::int64_t a : i.areaIds) {
        area->reset();
        area->bind(1, id).bind(2, a);
        if (!area->exec())
            return Error{InterventionStoreTr::tr("District %1 does not exist: %2").arg(a).arg(area->lastError())};
    }
    for (const InterventionLink &l : i.links) {
        link->reset();
        link->bind(1, id).bind(2, l.table).bind(3, l.featureId);
        if (!link->exec())
            return Error{link->lastError()};
    }
    return {};
}

Result<std::int64_t> InterventionStore::insert(const Intervention &i, const QString &author)
{
    if (const QString problem = validate(i); !problem.isEmpty())
        return Error{problem};
    const Database &db = m_store.database();
    Savepoint sp(db);
    if (!sp.isActive())
        return sp.release().error();
    auto stmt = db.prepare(QStringLiteral("INSERT INTO interventions (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                               .arg(QLatin1String(kColumns)));
    if (!stmt)
        return stmt.error();
    bindFields(*stmt, i, m_store.epsg());
    if (!stmt->exec())
        return Error{stmt->lastError()};
    const std::int64_t id = db.lastInsertRowId();
    if (Status s = writeChildren(i, id); !s)
        return s.error();
    if (Status s = appendEditLog(db, {kTable, id, QStringLiteral("insert"), QString(), interventionJson(i), author});
        !s)
        return s.error();
    if (Status s = m_store.refreshContentsExtent(kTable); !s)
        return s.error();
    if (Status s = sp.release(); !s)
        return s.error();
    return id;
}

Status InterventionStore::update(const Intervention &i, const QString &author)
{
    if (const QString problem = validate(i); !problem.isEmpty())
        return Error{problem};
    auto before = intervention(i.id);
    if (!before)
        return before.error();
    const Database &db = m_store.database();
    Savepoint sp(db);
    if (!sp.isActive())
        return sp.release();
    auto stmt =
        db.prepare(QStringLiteral("UPDATE interventions SET (%1) = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) WHERE fid = ?")
                       .arg(QLatin1String(kColumns)));
    if (!stmt)
        return stmt.error();
    bindFields(*stmt, i, m_store.epsg());
    stmt->bind(11, i.id);
    if (!stmt->exec())
        return Error{stmt->lastError()};
    if (Status s = writeChildren(i, i.id); !s)
        return s;
    if (Status s = appendEditLog(
            db, {kTable, i.id, QStringLiteral("update"), interventionJson(*before), interventionJson(i), author});
        !s)
        return s;
    if (Status s = m_store.refreshContentsExtent(kTable); !s)
        return s;
    return sp.release();
}

Status InterventionStore::remove(std::int64_t id, const QString &author)
{
    auto before = intervention(id);
    if (!before)
        return before.error();
    const Database &db = m_store.database();
    Savepoint sp(db);
    if (!sp.isActive())
        return sp.release();
    // The child rows go explicitly: foreign keys may be off on this connection.
    for (const char *sql :
         {"DELETE FROM intervention_areas WHERE intervention_id = ?",
          "DELETE FROM intervention_links WHERE intervention_id = ?", "DELETE FROM interventions WHERE fid = ?"}) {
        auto stmt = db.prepare(QString::fromLatin1(sql));
        if (!stmt)
            return stmt.error();
        stmt->bind(1, id);
        if (!stmt->exec())
            return Error{stmt->lastError()};
    }
    if (Status s =
            appendEditLog(db, {kTable, id, QStringLiteral("delete"), interventionJson(*before), QString(), author});
        !s)
        return s;
    if (Status s = m_store.refreshContentsExtent(kTable); !s)
        return s;
    return sp.release();
}

} // namespace lb::store
