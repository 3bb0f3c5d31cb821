#pragma once

// The import wizard's work that touches files or the store, as plain functions the wizard runs on
// worker threads (QtConcurrent) so the window never freezes on a large file or a slow disk. Each
// opens its own Store on the file, as store.h asks of other threads, and returns a plain outcome
// whose `error` is empty on success.
//
// Any thread; the functions share nothing.

#include "app/import_context.h"
#include "core/feedback.h"
#include "io/importer.h"
#include "store/import_catalog.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace lb::app {

ImportStoreInfo readImportStoreInfo(const QString &storePath);

struct ProbeOutcome {
    std::optional<io::ProbeResult> probe;
    QString error;
};
ProbeOutcome probeSource(const QString &path, std::optional<PointXY> referenceLonLat);

// The distinct values of one column with their row counts, most frequent first, for the category
// page. Values are compared as the importer compares them (trimmed, simplified, any case).
struct ValueCount {
    QString value;
    std::int64_t rows = 0;
};
struct ValueScanOutcome {
    std::vector<ValueCount> values;
    std::int64_t rowsScanned = 0;
    bool canceled = false;
    QString error;
};
ValueScanOutcome scanColumnValues(const QString &path, const QString &layer, const QString &column, Feedback &feedback);

struct PreviewOutcome {
    std::vector<io::PreviewRow> rows;
    QStringList storedColumns; // the stored fields in the order the importer lists them
    int sourceEpsg = 0;
    QString crsExplanation;
    io::PersonalDataReport personalData; // of the whole file, every column
    QString error;
};
// The first rows as stored, and what personal data the whole file holds.
PreviewOutcome previewSource(const QString &storePath, const QString &path, const io::FieldMapping &mapping, int rows);

struct RunOutcome {
    io::ImportSummary summary;
    QString crsExplanation;
    QString areaWarning; // areas named like areas already in the store; empty: none
    QString error;
};
// Opens the store read-write on the calling thread and imports; cancel through `feedback`. An
// import refused for personal data (choice Ask) comes back as an error saying what was found.
RunOutcome runSourceImport(const QString &storePath, const QString &path, const io::FieldMapping &mapping,
                           const QString &profileName, io::PersonalDataChoice personalData, Feedback &feedback);

struct BatchesOutcome {
    std::vector<store::ImportBatch> batches;
    QString error;
};
BatchesOutcome readImportBatches(const QString &storePath);

struct RejectsOutcome {
    std::vector<store::ImportReject> rejects;
    QString error;
};
RejectsOutcome readImportRejects(const QString &storePath, std::int64_t batchId);

// Empty on success.
QString undoBatch(const QString &storePath, std::int64_t batchId);
QString saveMappingProfile(const QString &storePath, const QString &name, const io::FieldMapping &mapping);

} // namespace lb::app
