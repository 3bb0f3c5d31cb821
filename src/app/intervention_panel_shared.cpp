// InterventionPanel on a shared store (see intervention_panel.h): interventions read with their
// row versions, and a change saved only over the version it was read at. When someone else saved
// in between, the conflict dialog shows both and nothing is overwritten unless the user says so.

#include "app/dialog_service.h"
#include "app/intervention_panel.h"
#include "app/shared_store.h"
#include "pgstore/pg_connection.h"
#include "pgstore/shared_interventions.h"
#include "store/store_reader.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace lb::app {

namespace {
QString dateText(const QDate &d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : InterventionPanel::tr("still running");
}

QString costText(const std::optional<double> &cost)
{
    return cost ? InterventionPanel::tr("%L1 kr").arg(*cost, 0, 'f', 0) : InterventionPanel::tr("not given");
}

ConflictView conflictView(const Intervention &mine, const Intervention &theirs, const QString &changedBy,
                          const QString &changedAt)
{
    ConflictView view;
    view.title = InterventionPanel::tr("The intervention was changed by someone else");
    const QDateTime when = QDateTime::fromString(changedAt, Qt::ISODate);
    view.intro = InterventionPanel::tr("%1 saved “%2” at %3, after you opened it. Your changes have not been "
                                       "saved. Compare them with what is in the store now:")
                     .arg(changedBy.isEmpty() ? InterventionPanel::tr("Someone else") : changedBy, theirs.name,
                          when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : changedAt);
    view.fields = {
        {InterventionPanel::tr("Name"), mine.name, theirs.name},
        {InterventionPanel::tr("Kind"), mine.kind, theirs.kind},
        {InterventionPanel::tr("From"), dateText(mine.startsOn), dateText(theirs.startsOn)},
        {InterventionPanel::tr("To"), dateText(mine.endsOn), dateText(theirs.endsOn)},
        {InterventionPanel::tr("Responsible"), mine.organisation, theirs.organisation},
        {InterventionPanel::tr("Cost"), costText(mine.cost), costText(theirs.cost)},
        {InterventionPanel::tr("Description"), mine.description, theirs.description},
    };
    return view;
}
} // namespace

bool InterventionPanel::isShared() const
{
    return isSharedStore(m_path);
}

void InterventionPanel::readShared(Result<std::vector<Intervention>> &all, Result<std::vector<InterventionKind>> &kinds,
                                   Result<std::vector<Area>> &districts)
{
    m_versions.clear();
    auto db = pgstore::PgConnection::open(m_path);
    if (!db) {
        all = db.error();
        return;
    }
    auto read = pgstore::sharedInterventions(*db);
    if (!read) {
        all = read.error();
        return;
    }
    std::vector<Intervention> out;
    for (pgstore::VersionedIntervention &v : *read) {
        m_versions[v.intervention.id] = v.version;
        out.push_back(std::move(v.intervention));
    }
    all = std::move(out);
    kinds = pgstore::sharedInterventionKinds(*db);
    auto reader = store::openStoreReader(m_path);
    if (!reader)
        districts = reader.error();
    else
        districts = (*reader)->areas(QStringLiteral("district"));
}

bool InterventionPanel::saveShared(const Intervention &changed)
{
    if (!m_editing) {
        m_status->setText(notOnSharedStore());
        return false;
    }
    // The area is compared by its outline's points; a polygon redrawn the same is no change.
    const auto outline = [](const MultiPolygon &m) {
        std::vector<PointXY> points;
        for (const Polygon &p : m)
            for (const auto &ring : p.rings)
                points.insert(points.end(), ring.begin(), ring.end());
        return points;
    };
    const bool reshaped = changed.shape != m_editing->shape || changed.point != m_editing->point ||
                          changed.radius != m_editing->radius || changed.route != m_editing->route ||
                          outline(changed.polygon) != outline(m_editing->polygon) ||
                          (changed.shape == InterventionShape::Districts && changed.areaIds != m_editing->areaIds);
    if (reshaped) {
        m_status->setText(tr("The place of an intervention cannot yet be changed on a shared store; its name, "
                             "kind, dates, organisation, cost and description can."));
        return false;
    }
    auto db = pgstore::PgConnection::open(m_path);
    if (!db) {
        m_status->setText(db.errorMessage());
        return false;
    }
    std::int64_t version = m_versions.count(changed.id) ? m_versions[changed.id] : 0;
    for (;;) {
        auto saved = pgstore::saveIntervention(*db, changed, version);
        if (!saved) {
            m_status->setText(saved.errorMessage());
            return false;
        }
        if (saved->saved) {
            if (m_noteOwnChange)
                m_noteOwnChange(changed.id);
            m_status->setText(tr("Saved “%1” in the shared store.").arg(changed.name));
            cancelEdit();
            reload();
            selectId(changed.id);
            return true;
        }
        const pgstore::InterventionConflict &conflict = *saved->conflict;
        const ConflictChoice choice =
            m_dialogs ? m_dialogs->resolveConflict(
                            this, conflictView(changed, conflict.current, conflict.changedBy, conflict.changedAt))
                      : ConflictChoice::Cancel;
        if (choice == ConflictChoice::KeepMine) {
            version = conflict.currentVersion; // knowingly over the other change
            continue;
        }
        if (choice == ConflictChoice::TakeTheirs) {
            cancelEdit();
            reload();
            selectId(changed.id);
            m_status->setText(tr("Your changes were dropped; the list shows the other change."));
            return false;
        }
        m_status->setText(tr("Not saved: someone else changed the intervention meanwhile. Your changes are still in "
                             "the form."));
        return false;
    }
}

void InterventionPanel::updateSharedState()
{
    const bool shared = isShared();
    const QString why = shared ? notOnSharedStore() : QString();
    // A change of an existing one is saved with its row version; nothing else writes there yet.
    if (shared) {
        m_save->setEnabled(m_editing.has_value());
        m_remove->setEnabled(false);
        m_evaluate->setEnabled(false);
        m_draw->setEnabled(false);
        m_pick->setEnabled(false);
        m_save->setToolTip(m_editing ? QString() : why);
        for (QPushButton *b : {m_remove, m_evaluate, m_draw, m_pick})
            b->setToolTip(why);
    } else if (m_sharedStateShown) {
        // Back on a store file: the buttons as the form makes them.
        m_save->setEnabled(true);
        m_save->setToolTip(QString());
        m_remove->setToolTip(QString());
        m_evaluate->setToolTip(QString());
        m_draw->setToolTip(tr("Then click the points on the map; double-click or Enter finishes."));
        m_pick->setToolTip(tr("Then click the place on the map."));
        onPlaceChanged();
    }
    m_sharedStateShown = shared;
}

} // namespace lb::app
