#pragma once

// Imports one layer of a file into a store as records of one kind. The importer opens the source,
// settles the source CRS (the file's, the mapping's, or a guess from the values), and then can
// preview the first rows as they would be stored — or why they would be rejected — and run the
// import: one transaction, every row accepted, recognised as already present, recognised as an
// identical row of the same file (the same reference id again), or written to the rejects table
// with its row number, raw values and reason. Rows without a reference id that repeat an earlier
// row's values are incidents of their own (see RowConverter).
//
// Threads: an Importer and the Store it borrows are used on one thread. A wizard creates both on
// a worker thread (the worker opens its own Store on the file) and cancels through the Feedback,
// which any thread may call. A canceled run rolls back and leaves the store as it was.

#include "core/feedback.h"
#include "core/geometry.h"
#include "core/result.h"
#include "io/field_mapping.h"
#include "io/personal_data_guard.h"
#include "io/reject_reason.h"
#include "store/record_writer.h"

#include <QMap>
#include <QString>

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

class QElapsedTimer;

namespace lb::store {
class Store;
class ImportTarget;
class StoreReader;
struct ImportBatch;
} // namespace lb::store

namespace lb::io {

class SourceReader;
class RowConverter;

struct PreviewRow {
    // Identical: an earlier row of the file has the same source and reference id.
    enum class Status { Accepted, Duplicate, Identical, Rejected };
    std::int64_t rowNumber = 0;
    Status status = Status::Accepted;
    RejectReason reason = RejectReason::MissingValue; // when rejected
    QString detail;                                   // when rejected
    QMap<QString, QString> source;                    // the raw row: column -> text
    QMap<QString, QString> stored;                    // the record as stored: store column -> text
};

struct ImportSummary {
    std::int64_t batchId = 0; // 0 when canceled
    std::int64_t rowsRead = 0;
    // rowsRead = accepted + duplicates + identical + rejected.
    std::int64_t accepted = 0;
    std::int64_t duplicates = 0; // already in the store before this import
    // Identical rows in this file: incidents whose source and reference id an earlier row of the
    // file has; the first one counts, the others are not added.
    std::int64_t identical = 0;
    std::int64_t rejected = 0;
    std::int64_t repairedGeometries = 0; // invalid polygons repaired and imported
    // Incidents without a reference id whose values equal an earlier row's: each is an incident of
    // its own (police open data gives many crimes the same snap point and month), counted under
    // accepted or duplicates like any row.
    std::int64_t copies = 0;
    std::array<std::int64_t, kRejectReasonCount> rejectedByReason{};
    QMap<QString, std::int64_t> unknownValues; // unmapped category or kind values and their rows
    bool canceled = false;
    // What the personal-data scan found and what was done about it. When the choice was Ask and
    // mapped columns hold personal data, nothing was written (batchId 0) and refusedForPersonalData
    // is set: the caller asks the user to choose and runs the import again.
    PersonalDataChoice personalDataChoice = PersonalDataChoice::Ask;
    PersonalDataReport personalData;
    bool refusedForPersonalData = false;
    // The earlier batch that imported the very same file with the same settings, when this import
    // was answered from it without reading the rows again (0 when every row was read).
    std::int64_t repeatOf = 0;
    double seconds = 0;
    double rowsPerSecond = 0;
};

// The store table that records of this kind go into.
store::RecordTable tableFor(ImportKind kind);

class Importer {
public:
    // The store must be open read-write for run(). The mapping is checked against the columns.
    static Result<std::unique_ptr<Importer>> create(store::Store &store, const QString &path,
                                                    const FieldMapping &mapping);
    // The same into any import target (a GeoPackage file or a shared store on a server), which
    // must outlive the importer. A server store takes incidents only.
    static Result<std::unique_ptr<Importer>> create(store::ImportTarget &target, const QString &path,
                                                    const FieldMapping &mapping);
    ~Importer();
    Importer(const Importer &) = delete;
    Importer &operator=(const Importer &) = delete;

    // The mapping in effect, with the source CRS and axis order settled.
    const FieldMapping &mapping() const { return m_mapping; }
    int sourceEpsg() const { return m_mapping.sourceEpsg; }
    // How the source CRS was settled ("from the file", "given", or the guess's explanation).
    QString crsExplanation() const { return m_crsExplanation; }
    QStringList columns() const;

    // What to do with personal data found in the values the store would keep (Ask by default).
    void setPersonalDataChoice(PersonalDataChoice choice) { m_personalData = choice; }
    PersonalDataChoice personalDataChoice() const { return m_personalData; }

    // The first `rows` rows converted, without writing anything; stored values are redacted when
    // the choice is Redact.
    Result<std::vector<PreviewRow>> preview(int rows);
    // Scans every row of the source for personal data, without converting or writing anything.
    Result<PersonalDataReport> scanPersonalData(Feedback &feedback);

    // Runs the import. `profileName` is recorded on the batch. Progress messages give rows per
    // second; cancel through the feedback.
    Result<ImportSummary> run(Feedback &feedback, const QString &profileName = {});

private:
    Importer(store::ImportTarget &target, FieldMapping mapping);
    Status settleCrs();
    // The same file again (importer_repeat.cpp): the fingerprint of this import when the file can
    // be recognised; the summary answered from an earlier import of it (none when there is no
    // earlier import whose outcome still holds); and remembering a finished import.
    // Only imports into a store file are remembered.
    std::optional<QString> repeatFingerprint(store::Store &file, const MultiPolygon &municipality) const;
    Result<std::optional<ImportSummary>> runRepeated(store::Store &file, const QString &fingerprint,
                                                     const QString &profileName, Feedback &feedback,
                                                     const QElapsedTimer &timer);
    Status rememberImport(store::Store &file, const QString &fingerprint, const ImportSummary &summary,
                          std::int64_t batchId);

    std::unique_ptr<store::ImportTarget> m_ownedTarget; // when created on a Store
    store::ImportTarget &m_target;
    FieldMapping m_mapping;
    QString m_path;
    QString m_crsExplanation;
    std::unique_ptr<SourceReader> m_reader;
    Extent m_crsArea; // store CRS area of use, in store coordinates
    PersonalDataChoice m_personalData = PersonalDataChoice::Ask;
};

// Batches for the wizard's history page, newest last, and undo.
Result<std::vector<store::ImportBatch>> importBatches(store::Store &store);
Status undoImportBatch(store::Store &store, std::int64_t batchId);

// The municipality outline(s) of the store, merged; empty when the store has none. Rows outside it
// are rejected.
MultiPolygon storeMunicipality(const store::StoreReader &store);

} // namespace lb::io
