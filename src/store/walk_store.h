#pragma once

// Typed writes of safety walks (trygghetsvandringar) and their plans: create, change and delete a
// walk (date, name, route, district, participating organisations), and replace its numbered points.
// Every write runs in a savepoint together with its edit-log entry (who, when, the values before
// and after), so a failed write leaves nothing behind. Findings are written elsewhere.
//
// Borrows the Store's connection: use it on the Store's thread, while the Store lives.

#include "core/records.h"
#include "core/result.h"
#include "core/walk_plan.h"

#include <QStringList>

namespace lb::store {

class Store;

class WalkStore {
public:
    explicit WalkStore(Store &store);

    Result<Walk> walk(FeatureId id) const;
    // Checks and inserts; returns the new id. The participants are normalised (see participantList).
    Result<FeatureId> create(const Walk &walk, const QString &author = {});
    Status update(const Walk &walk, const QString &author = {});
    // Deletes the walk and its plan. Refused while findings still belong to the walk: they are the
    // follow-up's record and would lose their walk date.
    Status remove(FeatureId id, const QString &author = {});

    // The walk's points in walking order (number 1, 2, 3 …).
    Result<WalkPlan> walkPoints(FeatureId walkId) const;
    // Replaces the walk's plan with `plan` in one transaction, numbering the points 1..n in the
    // order given (the numbers and ids in `plan` are ignored).
    Status setWalkPoints(FeatureId walkId, const WalkPlan &plan, const QString &author = {});

    // A sentence for the user when the walk cannot be stored (no name, no date, a route of one
    // point, an unknown district); empty when it can.
    QString validate(const Walk &walk) const;

private:
    Store &m_store;
};

// "Polisen; Bostadsbolaget ;;Räddningstjänsten" → {"Polisen", "Bostadsbolaget", "Räddningstjänsten"}.
QStringList participantList(const QString &participants);
// The walk's and the plan's fields as compact JSON, as the edit log keeps them.
QString walkJson(const Walk &walk);
QString walkPlanJson(const WalkPlan &plan);

} // namespace lb::store
