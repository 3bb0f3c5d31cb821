// FindingSession on a shared store (see finding_session.h): reading a finding with its row
// version, and saving it so that nobody's change is overwritten without the user choosing to.

#include "app/finding_session.h"
#include "app/main_window.h"
#include "app/shared_store.h"
#include "pgstore/pg_connection.h"
#include "pgstore/shared_editing.h"
#include "render/map_data.h"

#include <QDateTime>
#include <QLocale>

namespace lb::app {

namespace {
QString statusText(FindingStatus status)
{
    switch (status) {
    case FindingStatus::Open:
        return FindingSession::tr("open");
    case FindingStatus::InProgress:
        return FindingSession::tr("in progress");
    case FindingStatus::Fixed:
        return FindingSession::tr("fixed");
    case FindingStatus::Rejected:
        return FindingSession::tr("rejected");
    }
    return {};
}

QString dateText(const QDate &d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : FindingSession::tr("none");
}
} // namespace

bool FindingSession::isShared() const
{
    return isSharedStore(m_path);
}

Result<WalkFinding> FindingSession::sharedFinding(FeatureId id) const
{
    auto db = pgstore::PgConnection::open(m_path);
    if (!db)
        return db.error();
    auto found = pgstore::sharedFinding(*db, id);
    if (!found)
        return found.error();
    if (!*found)
        return Error{tr("Finding %1 is no longer in the store; someone else removed it.").arg(id)};
    m_versions[id] = (*found)->version;
    WalkFinding f = (*found)->finding;
    // The point number and batch are not part of the shared save; keep them from the map.
    if (const auto data = m_window->mapData())
        for (const WalkFinding &known : data->findings)
            if (known.id == id) {
                f.pointNumber = known.pointNumber;
                f.batchId = known.batchId;
            }
    return f;
}

ConflictView FindingSession::conflictView(const WalkFinding &mine, const WalkFinding &theirs, const QString &changedBy,
                                          const QString &changedAt) const
{
    ConflictView view;
    view.title = tr("Finding %1 was changed by someone else").arg(mine.id);
    const QDateTime when = QDateTime::fromString(changedAt, Qt::ISODate);
    view.intro = tr("%1 saved finding %2 at %3, after you opened it. Your changes have not been saved. Compare "
                    "them with what is in the store now:")
                     .arg(changedBy.isEmpty() ? tr("Someone else") : changedBy)
                     .arg(mine.id)
                     .arg(when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : changedAt);
    view.fields = {
        {tr("Status"), statusText(mine.status), statusText(theirs.status)},
        {tr("Kind"), mine.kind, theirs.kind},
        {tr("Responsible"), mine.responsible, theirs.responsible},
        {tr("Due"), dateText(mine.dueDate), dateText(theirs.dueDate)},
        {tr("Description"), mine.description, theirs.description},
    };
    return view;
}

FindingSession::SharedSave FindingSession::saveShared(const WalkFinding &mine)
{
    auto db = pgstore::PgConnection::open(m_path);
    if (!db) {
        Q_EMIT failed(db.errorMessage());
        return SharedSave::Failed;
    }
    WalkFinding toSave = mine;
    if (toSave.status == FindingStatus::Fixed && !toSave.fixedDate.isValid())
        toSave.fixedDate = QDate::currentDate();
    if (toSave.status != FindingStatus::Fixed)
        toSave.fixedDate = QDate();
    const auto known = m_versions.find(mine.id);
    if (known == m_versions.end()) {
        Q_EMIT failed(tr("Open the finding again before saving it."));
        return SharedSave::Failed;
    }
    std::int64_t version = known->second;
    // A second conflict can come while the user looks at the first; each is shown.
    for (;;) {
        auto saved = pgstore::saveFinding(*db, toSave, version);
        if (!saved) {
            Q_EMIT failed(saved.errorMessage());
            return SharedSave::Failed;
        }
        if (saved->saved) {
            m_versions[mine.id] = saved->newVersion;
            m_window->noteOwnChange(QStringLiteral("walk_findings"), mine.id);
            if (auto now = sharedFinding(mine.id))
                refreshMapFinding(*now);
            Q_EMIT changed();
            return SharedSave::Saved;
        }
        const pgstore::FindingConflict &conflict = *saved->conflict;
        const ConflictChoice choice = m_window->dialogs()->resolveConflict(
            m_window, conflictView(toSave, conflict.current, conflict.changedBy, conflict.changedAt));
        if (choice == ConflictChoice::KeepMine) {
            version = conflict.currentVersion; // knowingly over the other change
            continue;
        }
        if (choice == ConflictChoice::TakeTheirs) {
            m_versions[mine.id] = conflict.currentVersion;
            if (auto now = sharedFinding(mine.id))
                refreshMapFinding(*now);
            Q_EMIT changed();
            return SharedSave::TookTheirs;
        }
        return SharedSave::Canceled;
    }
}

void FindingSession::refreshMapFinding(const WalkFinding &finding)
{
    const auto current = m_window->mapData();
    if (!current)
        return;
    auto fresh = std::make_shared<render::MapData>(*current);
    for (WalkFinding &f : fresh->findings)
        if (f.id == finding.id)
            f = finding;
    m_window->setMapData(std::move(fresh));
}

} // namespace lb::app
