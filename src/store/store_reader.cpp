#include "store/store_reader.h"

#include "store/intervention_store.h"
#include "store/point_snapshot.h"
#include "store/walk_store.h"

#include <QCoreApplication>

namespace lb::store {

namespace {
// A GeoPackage store read through the interface, owning the Store or borrowing it.
class GpkgStoreReader final : public StoreReader {
public:
    explicit GpkgStoreReader(std::unique_ptr<Store> owned)
        : m_owned(std::move(owned))
        , m_store(*m_owned)
    {}
    explicit GpkgStoreReader(const Store &borrowed)
        : m_store(borrowed)
    {}

    QString path() const override { return m_store.path(); }
    int epsg() const override { return m_store.epsg(); }
    QString crsName() const override { return m_store.crsName(); }
    QTimeZone timeZone() const override { return m_store.timeZone(); }
    QString name() const override { return m_store.name(); }
    int schemaVersion() const override { return m_store.schemaVersion(); }
    std::optional<QString> metaValue(const QString &key) const override { return m_store.metaValue(key); }
    Result<std::vector<LayerInfo>> layers() const override { return m_store.layers(); }
    Result<std::vector<Category>> categories() const override { return m_store.categories(); }
    Result<std::vector<FindingKind>> findingKinds() const override { return m_store.findingKinds(); }
    Result<std::vector<Area>> areas(const QString &kind) const override { return m_store.areas(kind); }
    Result<std::vector<BaseFeature>> baseFeatures(const QString &table,
                                                  const std::optional<Extent> &extent) const override
    {
        return m_store.baseFeatures(table, extent);
    }
    Result<IncidentPoints> incidentPoints(const IncidentFilter &filter) const override
    {
        return m_store.incidentPoints(filter);
    }
    Result<IncidentPoints> mapPoints(const IncidentFilter &filter) const override
    {
        if (auto snapshot = readPointSnapshot(m_store, filter))
            return std::move(*snapshot);
        return m_store.incidentPoints(filter);
    }
    Result<std::vector<GroupCount>> countIncidents(const IncidentFilter &filter, GroupBy groupBy) const override
    {
        return m_store.countIncidents(filter, groupBy);
    }
    Result<std::vector<Incident>> incidents(const IncidentFilter &filter) const override
    {
        return m_store.incidents(filter);
    }
    Result<IncidentTimeCounts> countIncidentTimes(const IncidentFilter &filter, CountBucket bucket,
                                                  bool bySource) const override
    {
        return store::countIncidentTimes(m_store, filter, bucket, bySource);
    }
    TimeSpan incidentTimeSpan() const override { return m_store.incidentTimeSpan(); }
    Result<std::vector<Survey>> surveys() const override { return m_store.surveys(); }
    Result<std::vector<SurveyAnswer>> surveyAnswers(std::int64_t surveyId) const override
    {
        return m_store.surveyAnswers(surveyId);
    }
    Result<std::vector<SurveyPin>> surveyPins(std::int64_t surveyId, const std::optional<Extent> &extent) const override
    {
        return m_store.surveyPins(surveyId, extent);
    }
    Result<std::vector<Walk>> walks() const override { return m_store.walks(); }
    Result<std::vector<WalkFinding>> walkFindings(FeatureId walkId, const std::optional<Extent> &extent) const override
    {
        return m_store.walkFindings(walkId, extent);
    }

    // InterventionStore only reads here; it takes a non-const Store for its writes.
    Result<std::vector<Intervention>> interventions() const override
    {
        return InterventionStore(const_cast<Store &>(m_store)).interventions();
    }
    Result<std::vector<InterventionKind>> interventionKinds() const override
    {
        return InterventionStore(const_cast<Store &>(m_store)).kinds();
    }

    Result<WalkPlan> walkPoints(FeatureId walkId) const override
    {
        return WalkStore(const_cast<Store &>(m_store)).walkPoints(walkId);
    }
    Result<std::vector<FindingPhoto>> findingPhotos(FeatureId findingId, bool withData) const override
    {
        return store::findingPhotos(m_store, findingId, withData);
    }

private:
    std::unique_ptr<Store> m_owned;
    const Store &m_store;
};

ServerStoreOpener &serverOpener()
{
    static ServerStoreOpener opener;
    return opener;
}
} // namespace

bool isServerLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

void setServerStoreOpener(ServerStoreOpener opener)
{
    serverOpener() = std::move(opener);
}

Result<std::unique_ptr<StoreReader>> openStoreReader(const QString &location, OpenRefusal *refusal)
{
    if (isServerLocation(location)) {
        if (!serverOpener())
            return Error{QCoreApplication::translate("lb::store::Store",
                                                     "This program cannot open a shared store on a server.")};
        return serverOpener()(location);
    }
    auto opened = Store::open(location, Store::Mode::ReadOnly, refusal);
    if (!opened)
        return opened.error();
    return readerFor(std::move(*opened));
}

std::unique_ptr<StoreReader> readerFor(const Store &store)
{
    return std::make_unique<GpkgStoreReader>(store);
}

std::unique_ptr<StoreReader> readerFor(std::unique_ptr<Store> store)
{
    return std::make_unique<GpkgStoreReader>(std::move(store));
}

} // namespace lb::store
