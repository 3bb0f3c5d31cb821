// Whole incident records from a shared store (PgStoreReader::incidents): the same rows, in the
// same order and with the same filter semantics as the GeoPackage store's Store::incidents.

#include "pgstore/pg_connection.h"
#include "pgstore/pg_incidents.h"
#include "pgstore/pg_store_reader.h"

namespace lb::pgstore {

Result<std::vector<Incident>> PgStoreReader::incidents(const store::IncidentFilter &filter) const
{
    std::vector<Incident> out;
    const Status s = selectIncidents(
        m_db, filter,
        QStringLiteral("floor(extract(epoch FROM occurred_at))::bigint, time_precision, category, source, source_ref, "
                       "location_precision, description, batch_id"),
        [&out](const PgRows &rows, int r) {
            Incident i;
            i.id = rows.int64(r, 0);
            i.position = {rows.real(r, 1), rows.real(r, 2)};
            i.occurredAt = rows.int64(r, 3);
            i.timePrecision = timePrecisionFromString(rows.text(r, 4)).value_or(TimePrecision::Exact);
            i.category = rows.text(r, 5);
            i.source = rows.text(r, 6);
            i.sourceRef = rows.text(r, 7);
            i.locationPrecision = locationPrecisionFromString(rows.text(r, 8)).value_or(LocationPrecision::Exact);
            i.description = rows.text(r, 9);
            i.batchId = rows.isNull(r, 10) ? 0 : rows.int64(r, 10);
            out.push_back(std::move(i));
        });
    if (!s)
        return s.error();
    return out;
}

} // namespace lb::pgstore
