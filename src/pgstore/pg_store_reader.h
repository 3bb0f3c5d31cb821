#pragma once

// A shared store on a PostgreSQL/PostGIS server, read through the same interface as a GeoPackage
// file (store::StoreReader), so render and analysis code reads either without knowing which.
// Extent queries use the GiST index (geom && ST_MakeEnvelope); an area filter narrows by the
// area's bounding box on the index and then keeps the points inside the polygon with the same
// test the GeoPackage store uses, so both kinds select exactly the same incidents.
//
// Opened read-only: the connection runs in a read-only session. The password comes from libpq
// (~/.pgpass, PGPASSFILE or the string the user typed) and is not kept.

#include "pgstore/pg_connection.h"
#include "store/store_reader.h"

namespace lb::pgstore {

class PgStoreReader final : public store::StoreReader {
public:
    static Result<std::unique_ptr<PgStoreReader>> open(const QString &url);

    QString path() const override { return m_location; }
    int epsg() const override { return m_epsg; }
    QString crsName() const override { return m_crsName; }
    QTimeZone timeZone() const override { return m_timeZone; }
    QString name() const override { return m_name; }
    int schemaVersion() const override { return m_schemaVersion; }
    std::optional<QString> metaValue(const QString &key) const override;

    Result<std::vector<store::LayerInfo>> layers() const override;
    Result<std::vector<Category>> categories() const override;
    Result<std::vector<FindingKind>> findingKinds() const override;
    Result<std::vector<Area>> areas(const QString &kind = {}) const override;
    Result<std::vector<BaseFeature>> baseFeatures(const QString &table,
                                                  const std::optional<Extent> &extent = {}) const override;
    Result<store::IncidentPoints> incidentPoints(const store::IncidentFilter &filter = {}) const override;
    Result<std::vector<store::GroupCount>> countIncidents(const store::IncidentFilter &filter,
                                                          store::GroupBy groupBy) const override;
    Result<std::vector<Incident>> incidents(const store::IncidentFilter &filter = {}) const override;
    Result<store::IncidentTimeCounts> countIncidentTimes(const store::IncidentFilter &filter, store::CountBucket bucket,
                                                         bool bySource) const override;
    TimeSpan incidentTimeSpan() const override;
    Result<std::vector<Survey>> surveys() const override;
    Result<std::vector<SurveyAnswer>> surveyAnswers(std::int64_t surveyId) const override;
    Result<std::vector<SurveyPin>> surveyPins(std::int64_t surveyId = 0,
                                              const std::optional<Extent> &extent = {}) const override;
    Result<std::vector<Walk>> walks() const override;
    Result<std::vector<WalkFinding>> walkFindings(FeatureId walkId = 0,
                                                  const std::optional<Extent> &extent = {}) const override;
    Result<std::vector<Intervention>> interventions() const override;
    Result<std::vector<InterventionKind>> interventionKinds() const override;
    Result<WalkPlan> walkPoints(FeatureId walkId) const override;
    Result<std::vector<store::FindingPhoto>> findingPhotos(FeatureId findingId, bool withData) const override;

    const PgConnection &connection() const { return m_db; }

private:
    explicit PgStoreReader(PgConnection db)
        : m_db(std::move(db))
    {}

    PgConnection m_db;
    QString m_location;
    int m_epsg = 0;
    QString m_crsName;
    QTimeZone m_timeZone;
    QString m_name;
    int m_schemaVersion = 0;
};

// The connection string without a password written into it.
QString withoutPassword(const QString &url);

// Lets store::openStoreReader open postgresql:// locations; called once at program start.
void enableServerStores();

} // namespace lb::pgstore
