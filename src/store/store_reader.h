#pragma once

// What render, analysis and report code reads from a store, whichever kind it is: the GeoPackage
// file (store::Store) or a shared PostgreSQL/PostGIS database (lb_pgstore). Code that only reads
// takes a `const StoreReader &` and opens one with openStoreReader(location), where the location is
// a file path or a postgresql:// connection string; it never learns which kind it has. A Store
// already open is read through readerFor(store).
//
// Both kinds return the same values for the same data: the same rows in the same order,
// the same geometries to the coordinate, the same times, the same filter semantics (an extent
// selects by bounding box, an area by point in polygon). A reader is used from one thread at a
// time; another thread opens its own.

#include "core/intervention.h"
#include "core/records.h"
#include "core/result.h"
#include "core/taxonomy.h"
#include "core/walk_plan.h"
#include "store/finding_edits.h"
#include "store/incident_filter.h"
#include "store/incident_time_counts.h"
#include "store/store.h"

#include <QString>
#include <QTimeZone>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace lb::store {

class StoreReader {
public:
    StoreReader() = default;
    virtual ~StoreReader() = default;
    StoreReader(const StoreReader &) = delete;
    StoreReader &operator=(const StoreReader &) = delete;

    // Where the store is: the file's path, or the connection string without its password.
    virtual QString path() const = 0;
    virtual int epsg() const = 0;
    virtual QString crsName() const = 0;
    virtual QTimeZone timeZone() const = 0;
    virtual QString name() const = 0;
    virtual int schemaVersion() const = 0;
    virtual std::optional<QString> metaValue(const QString &key) const = 0;

    // The feature tables with their row counts and recorded extents.
    virtual Result<std::vector<LayerInfo>> layers() const = 0;
    virtual Result<std::vector<Category>> categories() const = 0;
    virtual Result<std::vector<FindingKind>> findingKinds() const = 0;
    virtual Result<std::vector<Area>> areas(const QString &kind = {}) const = 0;
    virtual Result<std::vector<BaseFeature>> baseFeatures(const QString &table,
                                                          const std::optional<Extent> &extent = {}) const = 0;
    // The incidents matching the filter as plain arrays, in id order.
    virtual Result<IncidentPoints> incidentPoints(const IncidentFilter &filter = {}) const = 0;
    // The same incidents for drawing a map, in any order: a file store with a valid map snapshot
    // (point_snapshot.h) reads them from it, any other from the rows.
    virtual Result<IncidentPoints> mapPoints(const IncidentFilter &filter = {}) const { return incidentPoints(filter); }
    virtual Result<std::vector<GroupCount>> countIncidents(const IncidentFilter &filter, GroupBy groupBy) const = 0;
    // The incidents matching the filter as whole records (description, source reference, batch),
    // in id order; for the few a person looks at (identify, a table row) and for reports, not for
    // the map.
    virtual Result<std::vector<Incident>> incidents(const IncidentFilter &filter = {}) const = 0;
    // Incident counts by UTC hour (or minute), category, time precision and source, without a
    // record per incident (see incident_time_counts.h; a filter by place is refused).
    virtual Result<IncidentTimeCounts> countIncidentTimes(const IncidentFilter &filter, CountBucket bucket,
                                                          bool bySource) const = 0;
    // The first and last incident time (to the end of the last month or year for incidents known
    // only to the month or year), or an invalid span when there are none.
    virtual TimeSpan incidentTimeSpan() const = 0;
    virtual Result<std::vector<Survey>> surveys() const = 0;
    // The per-area answers (share and respondents per indicator) of one round, or of all when 0.
    virtual Result<std::vector<SurveyAnswer>> surveyAnswers(std::int64_t surveyId = 0) const = 0;
    virtual Result<std::vector<SurveyPin>> surveyPins(std::int64_t surveyId = 0,
                                                      const std::optional<Extent> &extent = {}) const = 0;
    virtual Result<std::vector<Walk>> walks() const = 0;
    virtual Result<std::vector<WalkFinding>> walkFindings(FeatureId walkId = 0,
                                                          const std::optional<Extent> &extent = {}) const = 0;
    // The interventions by start date, with their districts and links, and their kinds.
    virtual Result<std::vector<Intervention>> interventions() const = 0;
    virtual Result<std::vector<InterventionKind>> interventionKinds() const = 0;
    // A walk's planned points in their order.
    virtual Result<WalkPlan> walkPoints(FeatureId walkId) const = 0;
    // A finding's photos by id, with their bytes when `withData`.
    virtual Result<std::vector<FindingPhoto>> findingPhotos(FeatureId findingId, bool withData) const = 0;
};

// True for a postgresql:// (or postgres://) connection string, false for a file path.
bool isServerLocation(const QString &location);

// Opens a server store for reading; set once at program start by the module that talks to the
// server (pgstore::enableServerStores()), before any thread opens a store.
using ServerStoreOpener = std::function<Result<std::unique_ptr<StoreReader>>(const QString &location)>;
void setServerStoreOpener(ServerStoreOpener opener);

// Reads an open GeoPackage store through the interface; `store` must outlive the reader.
std::unique_ptr<StoreReader> readerFor(const Store &store);
// The same, owning the store.
std::unique_ptr<StoreReader> readerFor(std::unique_ptr<Store> store);

// Opens the store at `location` read-only: a GeoPackage file (Store::open, with `refusal` saying
// why a file was refused) or a server store.
Result<std::unique_ptr<StoreReader>> openStoreReader(const QString &location, OpenRefusal *refusal = nullptr);

} // namespace lb::store
