#include "store/finding_edits.h"

#include "store/edit_log.h"
#include "store/gpkg_geometry.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace lb::store {

namespace {
const QString kTable = QStringLiteral("walk_findings");

struct FindingEditorTr {
    Q_DECLARE_TR_FUNCTIONS(lb::store::FindingEditor)
};

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void bindOptional(Statement &stmt, int index, std::int64_t id)
{
    if (id > 0)
        stmt.bind(index, id);
    else
        stmt.bindNull(index);
}

const char *const kColumns = "geom, walk_id, kind, description, responsible, status, due_date, fixed_date, "
                             "status_changed_on, point_number";

// Binds kColumns from parameter 1 on.
void bindFinding(Statement &stmt, const WalkFinding &f, int epsg)
{
    stmt.bind(1, encodePoint(f.position, epsg));
    bindOptional(stmt, 2, f.walkId);
    stmt.bind(3, f.kind).bind(4, f.description).bind(5, f.responsible).bind(6, toString(f.status));
    stmt.bind(7, dateText(f.dueDate)).bind(8, dateText(f.fixedDate)).bind(9, dateText(f.statusChangedOn));
    bindOptional(stmt, 10, f.pointNumber);
}
} // namespace

QString findingJson(const WalkFinding &f)
{
    QJsonObject o{{QStringLiteral("x"), f.position.x},
                  {QStringLiteral("y"), f.position.y},
                  {QStringLiteral("kind"), f.kind},
                  {QStringLiteral("description"), f.description},
                  {QStringLiteral("responsible"), f.responsible},
                  {QStringLiteral("status"), toString(f.status)},
                  {QStringLiteral("due_date"), dateText(f.dueDate)},
                  {QStringLiteral("fixed_date"), dateText(f.fixedDate)},
                  {QStringLiteral("status_changed_on"), dateText(f.statusChangedOn)}};
    if (f.walkId > 0)
        o.insert(QStringLiteral("walk_id"), static_cast<qint64>(f.walkId));
    if (f.pointNumber > 0)
        o.insert(QStringLiteral("point_number"), f.pointNumber);
    return compact(o);
}

FindingEditor::FindingEditor(Store &store, QString author)
    : m_store(store)
    , m_author(std::move(author))
{}

Result<WalkFinding> FindingEditor::finding(FeatureId id) const
{
    auto all = m_store.walkFindings();
    if (!all)
        return all.error();
    for (WalkFinding &f : *all)
        if (f.id == id)
            return std::move(f);
    return Error{FindingEditorTr::tr("Finding %1 does not exist.").arg(id)};
}

Status FindingEditor::log(FeatureId id, const QString &action, const QString &before, const QString &after)
{
    return appendEditLog(m_store.database(), EditLogEntry{kTable, id, action, before, after, m_author});
}

Status FindingEditor::checkKind(const QString &kind) const
{
    auto kinds = m_store.findingKinds();
    if (!kinds)
        return kinds.error();
    for (const FindingKind &k : *kinds)
        if (k.code == kind)
            return {};
    return Error{FindingEditorTr::tr("Unknown kind of finding: %1.").arg(kind)};
}

Status FindingEditor::insertRow(const WalkFinding &f, bool keepId)
{
    const Database &db = m_store.database();
    auto stmt = db.prepare(QStringLiteral("INSERT INTO walk_findings (%1%2) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?%3)")
                               .arg(QLatin1String(kColumns), keepId ? QStringLiteral(", fid") : QString(),
                                    keepId ? QStringLiteral(", ?") : QString()));
    if (!stmt)
        return stmt.error();
    bindFinding(*stmt, f, m_store.epsg());
    if (keepId)
        stmt->bind(11, f.id);
    if (!stmt->exec())
        return Error{FindingEditorTr::tr("Could not save the finding: %1").arg(stmt->lastError())};
    return {};
}

Result<FeatureId> FindingEditor::add(WalkFinding f, QDate today)
{
    if (Status s = checkKind(f.kind); !s)
        return s.error();
    if (f.status != FindingStatus::Open && !f.statusChangedOn.isValid())
        f.statusChangedOn = today;
    if (f.status == FindingStatus::Fixed && !f.fixedDate.isValid())
        f.fixedDate = today;
    Savepoint sp(m_store.database());
    if (!sp.isActive())
        return sp.release().error();
    if (Status s = insertRow(f, false); !s)
        return s.error();
    f.id = m_store.database().lastInsertRowId();
    if (Status s = log(f.id, QStringLiteral("insert"), QString(), findingJson(f)); !s)
        return s.error();
    if (Status s = m_store.refreshContentsExtent(kTable); !s)
        return s.error();
    if (Status s = sp.release(); !s)
        return s.error();
    return f.id;
}

Status FindingEditor::update(const WalkFinding &f)
{
    if (Status s = checkKind(f.kind); !s)
        return s;
    auto before = finding(f.id);
    if (!before)
        return before.error();
    Savepoint sp(m_store.database());
    if (!sp.isActive())
        return sp.release();
    auto stmt = m_store.database().prepare(
        QStringLiteral("UPDATE walk_findings SET geom = ?, walk_id = ?, kind = ?, description = ?, responsible = ?, "
                       "status = ?, due_date = ?, fixed_date = ?, status_changed_on = ?, point_number = ? "
                       "WHERE fid = ?"));
    if (!stmt)
        return stmt.error();
    bindFinding(*stmt, f, m_store.epsg());
    stmt->bind(11, f.id);
    if (!stmt->exec())
        return Error{FindingEditorTr::tr("Could not save the finding: %1").arg(stmt->lastError())};
    const bool moved = before->position.x != f.position.x || before->position.y != f.position.y;
    const QString action = moved ? QStringLiteral("move") : QStringLiteral("update");
    if (Status s = log(f.id, action, findingJson(*before), findingJson(f)); !s)
        return s;
    if (moved)
        if (Status s = m_store.refreshContentsExtent(kTable); !s)
            return s;
    return sp.release();
}

Status FindingEditor::move(FeatureId id, PointXY to)
{
    auto f = finding(id);
    if (!f)
        return f.error();
    f->position = to;
    return update(*f);
}

Status FindingEditor::setKind(FeatureId id, const QString &kind)
{
    auto f = finding(id);
    if (!f)
        return f.error();
    f->kind = kind;
    return update(*f);
}

Status FindingEditor::setDetails(FeatureId id, const QString &description, const QString &responsible, QDate dueDate)
{
    auto f = finding(id);
    if (!f)
        return f.error();
    f->description = description;
    f->responsible = responsible;
    f->dueDate = dueDate;
    return update(*f);
}

Status FindingEditor::setStatus(FeatureId id, FindingStatus status, QDate on)
{
    auto f = finding(id);
    if (!f)
        return f.error();
    if (f->status == status)
        return {};
    f->status = status;
    f->statusChangedOn = on;
    // A finding that is no longer fixed has no fix date; one fixed again gets the new day.
    f->fixedDate = status == FindingStatus::Fixed ? on : QDate();
    return update(*f);
}

Result<DeletedFinding> FindingEditor::remove(FeatureId id)
{
    auto f = finding(id);
    if (!f)
        return f.error();
    auto kept = photos(id, true);
    if (!kept)
        return kept.error();
    Savepoint sp(m_store.database());
    if (!sp.isActive())
        return sp.release().error();
    // Photos go explicitly: the connection may not enforce foreign keys.
    auto photosGone = m_store.database().prepare(QStringLiteral("DELETE FROM finding_photos WHERE finding_id = ?"));
    auto gone = m_store.database().prepare(QStringLiteral("DELETE FROM walk_findings WHERE fid = ?"));
    if (!photosGone || !gone)
        return Error{m_store.database().lastError()};
    photosGone->bind(1, id);
    gone->bind(1, id);
    if (!photosGone->exec() || !gone->exec())
        return Error{
            FindingEditorTr::tr("Could not delete finding %1: %2").arg(id).arg(m_store.database().lastError())};
    QJsonObject before = QJsonDocument::fromJson(findingJson(*f).toUtf8()).object();
    before.insert(QStringLiteral("photos"), static_cast<qint64>(kept->size()));
    if (Status s = log(id, QStringLiteral("delete"), compact(before), QString()); !s)
        return s.error();
    if (Status s = m_store.refreshContentsExtent(kTable); !s)
        return s.error();
    if (Status s = sp.release(); !s)
        return s.error();
    return DeletedFinding{std::move(*f), std::move(*kept)};
}

Status FindingEditor::restore(const DeletedFinding &deleted)
{
    Savepoint sp(m_store.database());
    if (!sp.isActive())
        return sp.release();
    if (Status s = insertRow(deleted.finding, true); !s)
        return s;
    for (const FindingPhoto &p : deleted.photos)
        if (Status s = insertPhoto(p, true); !s)
            return s;
    QJsonObject after = QJsonDocument::fromJson(findingJson(deleted.finding).toUtf8()).object();
    after.insert(QStringLiteral("photos"), static_cast<qint64>(deleted.photos.size()));
    if (Status s = log(deleted.finding.id, QStringLiteral("restore"), QString(), compact(after)); !s)
        return s;
    if (Status s = m_store.refreshContentsExtent(kTable); !s)
        return s;
    return sp.release();
}

} // namespace lb::store
