#pragma once

// A Lägesbild store: one GeoPackage file per municipality holding incidents, survey pins,
// safety walks, areas and a background map in one projected CRS.
//
// A Store owns one SQLite connection and must be used from one thread at a time. Other threads
// (render jobs, analyses) open their own Store on the same file with Mode::ReadOnly; the WAL
// journal lets them read while this one writes. Every write runs in a transaction (a savepoint
// when the caller has already begun one), so a failed write leaves the file as it was.

#include "core/records.h"
#include "core/result.h"
#include "core/taxonomy.h"
#include "store/incident_filter.h"
#include "store/sqlite_db.h"

#include <QStringList>
#include <QTimeZone>

#include <memory>
#include <span>
#include <vector>

namespace lb::store {

struct StoreOptions {
    int epsg = 3006; // SWEREF 99 TM
    QString timeZone = QStringLiteral("Europe/Stockholm");
    QString name; // the municipality or another name for the store
};

struct LayerInfo {
    QString table;
    QString geometryType; // GeoPackage name, e.g. "POINT"
    std::int64_t count = 0;
    Extent extent;
};

enum class GroupBy { Category, CategoryGroup, Year, Month, Source, Area };

struct GroupCount {
    QString key; // category code, "2023", "2023-04", source name, area name
    std::int64_t count = 0;
};

// Why Store::open refused a file, for callers that react differently (wait when busy, offer the
// upgrade of an older store).
struct OpenRefusal {
    enum class Kind { None, NotAStore, Busy, Damaged, OlderSchema, NewerSchema, Other };
    Kind kind = Kind::None;
    int schemaVersion = 0; // the file's, when known
};

class Store {
public:
    enum class Mode { ReadOnly, ReadWrite };

    // Creates a new store; refuses to overwrite an existing file.
    static Result<std::unique_ptr<Store>> create(const QString &path, const StoreOptions &options = {});
    // Opens an existing store, migrating an older schema when opened read-write (after copying the
    // old file beside it). A file that is not a store, is damaged, is busy or comes from a newer
    // program version is refused and left unchanged, byte for byte; `refusal` says why.
    // Read-write opens verify every page (PRAGMA quick_check) when the file may have changed since
    // a writer last closed it cleanly (see open_check.h: a killed writer, another program, a
    // restore) and every kMaxOpensWithoutCheck opens or kMaxDaysWithoutCheck days; read-only
    // opens, used by worker threads, check only the header, schema and version. The changes of a write that was cut
    // off (a killed import) are undone first; openNotes() says so. A read-write open of a file
    // that cannot be written opens it read-only and says why in readOnlyReason().
    static Result<std::unique_ptr<Store>> open(const QString &path, Mode mode = Mode::ReadWrite,
                                               OpenRefusal *refusal = nullptr);
    // Creates a store at an older schema version. For migration tests only.
    static Result<std::unique_ptr<Store>> createAtSchemaVersion(const QString &path, const StoreOptions &options,
                                                                int version);

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    QString path() const { return m_db.path(); }
    int epsg() const { return m_epsg; }
    QString crsName() const { return m_crsName; }
    QTimeZone timeZone() const { return m_timeZone; }
    QString name() const { return m_name; }
    int schemaVersion() const;
    bool isReadOnly() const { return m_readOnly; }
    // Why the file cannot be written (a read-write open then opens it read-only); empty otherwise.
    QString readOnlyReason() const { return m_readOnlyReason; }
    // Sentences for the user about this open: a cut-off write undone, an upgrade and its copy.
    QStringList openNotes() const { return m_openNotes; }
    // Where the old file was copied before an upgrade; empty when none was needed.
    QString upgradeBackup() const { return m_upgradeBackup; }
    // Whether this open verified every page of the file (PRAGMA quick_check).
    bool verifiedOnOpen() const { return m_verifiedOnOpen; }
    // Verifies every page, index and constraint of the file (PRAGMA integrity_check), however it
    // was opened; the problems found, none when the store is sound.
    Result<QStringList> verify() const;

    // Writes everything in the write-ahead log into the store file itself, so that the file alone
    // holds every committed change (a copy of it misses nothing). Fails when the disk is full or
    // another connection keeps the log busy; committed data then stays safe in the log.
    Status checkpoint();
    // A number that changes whenever another connection has committed a change to the file.
    std::int64_t dataVersion() const;

    // The connection, for modules that add their own queries (import batches, bulk loads).
    const Database &database() const { return m_db; }

    // ---- writes ----------------------------------------------------------------------------
    Status insertAreas(std::span<Area> areas);
    Status insertBaseFeatures(const QString &table, std::span<BaseFeature> features);
    Status insertIncidents(std::span<Incident> incidents);
    Result<std::int64_t> insertSurvey(const Survey &survey);
    Status insertSurveyPins(std::span<SurveyPin> pins);
    Status insertSurveyAnswers(std::span<SurveyAnswer> answers);
    Result<FeatureId> insertWalk(const Walk &walk);
    Status insertWalkFindings(std::span<WalkFinding> findings);
    // Changes a finding's status, dates, responsible and description; logged in edit_log with the
    // author, or the operating-system user when none is given.
    Status updateWalkFinding(const WalkFinding &finding, const QString &author = {});
    Status setMetaValue(const QString &key, const QString &value);
    // Recomputes the layer extents in gpkg_contents from the spatial indexes.
    Status refreshContentsExtent(const QString &table);

    // ---- reads -----------------------------------------------------------------------------
    Result<std::vector<LayerInfo>> layers() const;
    std::optional<QString> metaValue(const QString &key) const;

    Result<std::vector<Area>> areas(const QString &kind = {}) const;
    Result<std::vector<BaseFeature>> baseFeatures(const QString &table, const std::optional<Extent> &extent = {}) const;
    Result<std::vector<Incident>> incidents(const IncidentFilter &filter = {}) const;
    // The incidents matching the filter as plain arrays, the fast path for rendering and analysis.
    Result<IncidentPoints> incidentPoints(const IncidentFilter &filter = {}) const;
    Result<std::vector<GroupCount>> countIncidents(const IncidentFilter &filter, GroupBy groupBy) const;
    // The first and last incident time, or an invalid span when there are none.
    TimeSpan incidentTimeSpan() const;

    Result<std::vector<Survey>> surveys() const;
    Result<std::vector<SurveyPin>> surveyPins(std::int64_t surveyId = 0,
                                              const std::optional<Extent> &extent = {}) const;
    Result<std::vector<SurveyAnswer>> surveyAnswers(std::int64_t surveyId = 0) const;
    Result<std::vector<Walk>> walks() const;
    Result<std::vector<WalkFinding>> walkFindings(FeatureId walkId = 0, const std::optional<Extent> &extent = {}) const;

    Result<std::vector<Category>> categories() const;
    Result<std::vector<CategoryGroup>> categoryGroups() const;
    // Adds a category to the taxonomy, after the others; the code must be new, the group known.
    Status insertCategory(const Category &category);
    Result<std::vector<FindingKind>> findingKinds() const;

private:
    Store() = default;
    static Result<std::unique_ptr<Store>> openImpl(const QString &path, Mode mode, bool upgrade, OpenRefusal *refusal);
    // Runs the migrations from `version`, after copying the file to upgradeBackup.
    Status upgradeFrom(int version);
    static Result<std::unique_ptr<Store>> createImpl(const QString &path, const StoreOptions &options, int version);
    Status loadMeta();
    // Fetches fids and point geometries matching the filter's extent and area and the SQL filters;
    // `columns` are extra columns after fid and geom.
    Result<Statement> prepareIncidentQuery(const IncidentFilter &filter, const QString &columns,
                                           std::optional<MultiPolygon> *areaGeometry) const;

    Database m_db;
    int m_epsg = 0;
    QString m_crsName;
    QTimeZone m_timeZone;
    QString m_name;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    QStringList m_openNotes;
    QString m_upgradeBackup;
    bool m_verifiedOnOpen = false;
    bool m_stampOnClose = false; // a successful read-write open records a clean close
};

} // namespace lb::store
