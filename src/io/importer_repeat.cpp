// Importer: the same file imported again. An import that read a plain CSV file whole, found none
// of its rows stored before and found no personal data is remembered under the file's
// fingerprint (import_fingerprint.h). Importing the very same bytes again with the same settings
// then needs no row converted: every row the earlier batch stored is reported as already in the
// store, every row it rejected is rejected again with the same row number, values and reason,
// and identical rows are counted as before, so the counts still add up to the rows of the file.
// When anything may have changed the outcome (the earlier batch undone or rows of it deleted,
// other settings, another store boundary), the import reads every row as usual.

#include "io/importer.h"

#include "io/import_fingerprint.h"
#include "io/import_log.h"
#include "io/source_reader.h"
#include "store/import_catalog.h"
#include "store/import_fingerprints.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

namespace lb::io {

std::optional<QString> Importer::repeatFingerprint(store::Store &file, const MultiPolygon &municipality) const
{
    // Only files whose every byte the fingerprint covers, read by rules it covers: one plain CSV
    // file, no join table, incidents.
    if (m_mapping.kind != ImportKind::Incidents || m_mapping.join.isValid() ||
        m_reader->driver() != QLatin1String("CSV") || m_path.startsWith(QLatin1String("/vsi")))
        return std::nullopt;
    return importFingerprint(m_path, m_mapping, m_personalData, file, municipality);
}

Status Importer::rememberImport(store::Store &file, const QString &fingerprint, const ImportSummary &summary,
                                std::int64_t batchId)
{
    // A batch whose outcome depended on rows already stored, on the store refusing a row, or on
    // the personal data found is not answered from: the full import runs again.
    if (summary.duplicates > 0 || summary.personalData.any() ||
        summary.rejectedByReason[static_cast<size_t>(RejectReason::WriteFailed)] > 0)
        return {};
    QJsonObject unknown;
    for (auto it = summary.unknownValues.begin(); it != summary.unknownValues.end(); ++it)
        unknown.insert(it.key(), static_cast<qint64>(it.value()));
    const QJsonObject details{{QStringLiteral("copies"), static_cast<qint64>(summary.copies)},
                              {QStringLiteral("unknown_values"), unknown}};
    return store::ImportFingerprints(file).record(
        batchId, fingerprint, QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
}

Result<std::optional<ImportSummary>> Importer::runRepeated(store::Store &file, const QString &fingerprint,
                                                           const QString &profileName, Feedback &feedback,
                                                           const QElapsedTimer &timer)
{
    const store::Database &db = file.database();
    store::Transaction tx(db);
    if (!tx.isActive())
        return Error{QCoreApplication::translate("lb::io::Importer", "Cannot start writing to %1: %2")
                         .arg(file.path(), tx.error())};
    store::ImportFingerprints fingerprints(file);
    auto earlier = fingerprints.find(fingerprint, store::tableName(tableFor(m_mapping.kind)));
    if (!earlier)
        return earlier.error();
    if (!*earlier)
        return std::optional<ImportSummary>();
    const store::ImportBatch &before = (*earlier)->batch;
    store::ImportCatalog catalog(file);
    auto batch = catalog.beginBatch(m_path, toString(m_mapping.kind), profileName);
    if (!batch)
        return batch.error();
    auto copied = fingerprints.copyRejects(before.id, *batch);
    if (!copied)
        return copied.error();
    auto reasons = catalog.rejectCounts(*batch);
    if (!reasons)
        return reasons.error();

    ImportSummary summary;
    summary.personalDataChoice = m_personalData;
    for (const store::ReasonCount &r : *reasons) {
        const auto reason = rejectReasonFromCode(r.reasonCode);
        if (!reason || *reason == RejectReason::WriteFailed)
            return std::optional<ImportSummary>(); // rolled back: every row is read instead
        summary.rejectedByReason[static_cast<size_t>(*reason)] += r.count;
    }
    if (*copied != before.rowsRejected)
        return std::optional<ImportSummary>();
    const QJsonObject details = QJsonDocument::fromJson((*earlier)->details.toUtf8()).object();
    summary.copies = details.value(QStringLiteral("copies")).toInteger();
    const QJsonObject unknown = details.value(QStringLiteral("unknown_values")).toObject();
    for (auto it = unknown.begin(); it != unknown.end(); ++it)
        summary.unknownValues.insert(it.key(), it.value().toInteger());
    summary.rowsRead = before.rowsRead;
    summary.accepted = 0;
    summary.duplicates = before.rowsAccepted; // every row it stored is still there
    summary.identical = before.rowsIdentical;
    summary.rejected = before.rowsRejected;

    store::ImportBatch counts;
    counts.id = *batch;
    counts.rowsRead = summary.rowsRead;
    counts.rowsAccepted = 0;
    counts.rowsRejected = summary.rejected;
    counts.rowsDuplicate = summary.duplicates;
    counts.rowsIdentical = summary.identical;
    if (Status s = catalog.finishBatch(counts); !s)
        return s.error();
    if (Status s = store::appendEditLog(db, importLogEntry(counts, summary, m_path)); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return Error{
            QCoreApplication::translate("lb::io::Importer", "Could not save the import: %1").arg(s.errorMessage())};
    summary.batchId = *batch;
    summary.repeatOf = before.id;
    summary.seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    summary.rowsPerSecond = static_cast<double>(summary.rowsRead) / std::max(1e-3, summary.seconds);
    feedback.setProgress(100.0, QCoreApplication::translate("lb::io::Importer", "%1 rows read, %2 rows per second")
                                    .arg(summary.rowsRead)
                                    .arg(static_cast<qint64>(summary.rowsPerSecond)));
    return std::optional<ImportSummary>(std::move(summary));
}

} // namespace lb::io
