#pragma once

// Reading an intervention from named text fields, the same for `interventions add` (options) and
// `interventions import` (spreadsheet columns): name, kind (code or Swedish or English label),
// from, to (YYYY-MM-DD), point ("X,Y" in the store's CRS) or x and y, radius (metres), route and
// polygon ("X Y, X Y, ..."), districts (names, comma-separated), organisation, cost (decimal comma
// or point), description and links ("walk_findings:12, survey_pins:7").

#include "core/intervention.h"
#include "core/records.h"
#include "core/result.h"

#include <QMap>
#include <QString>

namespace lb::store {
class Store;
}

namespace lb::cli {

// Keys are lower-case field names; empty values count as absent.
Result<Intervention> interventionFromFields(const QMap<QString, QString> &fields, const store::Store &store,
                                            const std::vector<InterventionKind> &kinds);

// The inverse: an intervention as the same fields, so that `interventions edit` can change some of
// them and read the whole back. `areas` gives the district names.
QMap<QString, QString> fieldsFromIntervention(const Intervention &intervention, const std::vector<Area> &areas);

} // namespace lb::cli
