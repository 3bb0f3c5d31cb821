#pragma once

// Typed reads and writes of interventions (insatser) and their kinds. Every write runs in a
// savepoint together with its edit-log entry (who, when, the values before and after), so a
// failed write leaves nothing behind.
//
// Borrows the Store's connection: use it on the Store's thread, while the Store lives.

#include "core/intervention.h"
#include "core/result.h"

#include <vector>

namespace lb::store {

class Store;

class InterventionStore {
public:
    explicit InterventionStore(Store &store);

    Result<std::vector<InterventionKind>> kinds() const;
    // Adds a kind to the list, or changes the labels of an existing code.
    Status saveKind(const InterventionKind &kind, const QString &author = {});

    Result<std::vector<Intervention>> interventions() const;
    Result<Intervention> intervention(std::int64_t id) const;

    // Checks and inserts; returns the new id.
    Result<std::int64_t> insert(const Intervention &intervention, const QString &author = {});
    Status update(const Intervention &intervention, const QString &author = {});
    Status remove(std::int64_t id, const QString &author = {});

    // A sentence for the user when the intervention cannot be stored (no name, an unknown kind, no
    // start date, the end before the start, a shape without its geometry); empty when it can.
    QString validate(const Intervention &intervention) const;

private:
    Status writeChildren(const Intervention &intervention, std::int64_t id);
    Store &m_store;
};

// The intervention's fields as compact JSON, as the edit log keeps them.
QString interventionJson(const Intervention &intervention);

} // namespace lb::store
