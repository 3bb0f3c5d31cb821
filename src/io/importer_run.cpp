// Importer::run: the streaming import in one transaction, and the batch history.

#include "io/importer.h"

#include "io/import_log.h"
#include "io/personal_data_guard.h"
#include "io/row_converter.h"
#include "io/source_reader.h"
#include "store/import_catalog.h"
#include "store/import_target.h"
#include "store/record_writer.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace lb::io {

namespace {

store::RecordWriter::Outcome write(store::RecordWriter &w, const ConvertedRow &c, ImportKind kind, std::int64_t batch)
{
    switch (kind) {
    case ImportKind::Incidents:
        return w.insert(c.incident, batch, c.hash);
    case ImportKind::Pins:
        return w.insert(c.pin, batch, c.hash);
    case ImportKind::Answers:
        return w.insert(c.answer, batch);
    case ImportKind::Findings:
        return w.insert(c.finding, batch, c.hash);
    case ImportKind::Areas:
        return w.insert(c.area, batch, c.hash);
    }
    return store::RecordWriter::Outcome::Failed;
}

// A connection setting changed for the import and put back when it ends. SQLite may refuse a
// change (journal_mode while other connections have the file open); the import then runs with
// the setting as it was, and nothing is put back.
class ScopedPragma {
public:
    ScopedPragma(const store::Database &db, const QString &name, const QString &value, bool apply = true)
        : m_db(db)
        , m_name(name)
    {
        if (!apply)
            return;
        m_previous = db.queryText(QStringLiteral("PRAGMA %1").arg(name)).value_or(QString());
        if (m_previous.isEmpty() || m_previous.compare(value, Qt::CaseInsensitive) == 0)
            return;
        (void)db.exec(QStringLiteral("PRAGMA %1 = %2").arg(name, value));
        m_changed = db.queryText(QStringLiteral("PRAGMA %1").arg(name))
                        .value_or(QString())
                        .compare(value, Qt::CaseInsensitive) == 0;
    }
    ~ScopedPragma()
    {
        if (m_changed)
            (void)m_db.exec(QStringLiteral("PRAGMA %1 = %2").arg(m_name, m_previous));
    }
    ScopedPragma(const ScopedPragma &) = delete;
    ScopedPragma &operator=(const ScopedPragma &) = delete;

private:
    const store::Database &m_db;
    QString m_name, m_previous;
    bool m_changed = false;
};

// Source rows read and converted, with what a reject needs to be recorded. A chunk is reused
// once written: its rows keep their buffers, so converting the next rows allocates little.
struct ConvertedChunk {
    struct Row {
        ConvertedRow converted;
        std::int64_t number = 0;
        QString raw; // the source row as JSON, for rejects only
    };
    std::vector<Row> rows; // the first `count` hold this chunk's rows
    size_t count = 0;
    double progress = 0; // of the reader after the chunk
    bool last = false;   // the source has no more rows
};

constexpr size_t kChunkRows = 2048;

// Reads and converts up to kChunkRows rows into `chunk`. Rejected rows keep their source values;
// with `rawForAll`, accepted ones too, should the store refuse one when it is written.
void convertChunk(SourceReader &reader, RowConverter &converter, PersonalDataGuard &guard, ConvertedChunk &chunk,
                  bool rawForAll)
{
    chunk.rows.resize(kChunkRows);
    chunk.count = 0;
    chunk.last = false;
    while (chunk.count < kChunkRows) {
        if (!reader.next()) {
            chunk.last = true;
            break;
        }
        ConvertedChunk::Row &row = chunk.rows[chunk.count++];
        converter.convert(reader, row.converted);
        guard.inspect(reader, row.converted);
        row.number = reader.rowNumber();
        if (!row.converted.ok || rawForAll)
            row.raw = guard.rejectJson(reader);
        else
            row.raw.clear(); // a reused row must not show another row's values
    }
    chunk.progress = reader.progress();
}

// Converts chunks on a worker thread while the caller's thread writes them: parsing, reprojecting
// and encoding cost about as much as the inserts, so the two overlap. Only for incidents, whose
// conversion does not touch the store (the connection belongs to the writing thread). A few
// chunks wait at most, which bounds the memory; written chunks come back to be filled again. The
// destructor stops and joins the worker.
class ConversionThread {
public:
    ConversionThread(SourceReader &reader, RowConverter &converter, PersonalDataGuard &guard)
    {
        m_thread = std::thread([this, &reader, &converter, &guard] {
            while (true) {
                ConvertedChunk chunk;
                {
                    std::lock_guard lock(m_mutex);
                    if (!m_spare.empty()) {
                        chunk = std::move(m_spare.back());
                        m_spare.pop_back();
                    }
                }
                convertChunk(reader, converter, guard, chunk, false);
                const bool last = chunk.last;
                std::unique_lock lock(m_mutex);
                m_space.wait(lock, [this] { return m_stopped || m_chunks.size() < 4; });
                if (m_stopped)
                    return;
                m_chunks.push_back(std::move(chunk));
                m_ready.notify_one();
                if (last)
                    return;
            }
        });
    }
    ~ConversionThread()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopped = true;
        }
        m_space.notify_all();
        m_thread.join();
    }
    ConversionThread(const ConversionThread &) = delete;
    ConversionThread &operator=(const ConversionThread &) = delete;

    ConvertedChunk take()
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [this] { return !m_chunks.empty(); });
        ConvertedChunk chunk = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_space.notify_one();
        return chunk;
    }

    // Hands a written chunk back for reuse.
    void recycle(ConvertedChunk chunk)
    {
        std::lock_guard lock(m_mutex);
        if (m_spare.size() < 2)
            m_spare.push_back(std::move(chunk));
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready, m_space;
    std::deque<ConvertedChunk> m_chunks;
    std::vector<ConvertedChunk> m_spare;
    bool m_stopped = false;
    std::thread m_thread;
};

} // namespace

Result<ImportSummary> Importer::run(Feedback &feedback, const QString &profileName)
{
    if (m_target.isReadOnly())
        return Error{
            QCoreApplication::translate("lb::io::Importer", "The store %1 is open read-only.").arg(m_target.path())};
    QElapsedTimer timer;
    timer.start();
    ImportSummary summary;
    // The connection settings below are the GeoPackage file's; a server store has its own ways.
    store::Store *file = m_target.fileStore();
    std::vector<std::unique_ptr<ScopedPragma>> pragmas;
    const auto pragma = [&](const char *name, const char *value, bool apply = true) {
        if (file)
            pragmas.push_back(std::make_unique<ScopedPragma>(file->database(), QString::fromLatin1(name),
                                                             QString::fromLatin1(value), apply));
    };
    const MultiPolygon boundary = storeMunicipality(m_target.reader());
    // The very same file imported before with the same settings is answered from that import.
    const std::optional<QString> fingerprint = file ? repeatFingerprint(*file, boundary) : std::nullopt;
    if (fingerprint) {
        auto repeated = runRepeated(*file, *fingerprint, profileName, feedback, timer);
        if (!repeated)
            return repeated.error();
        if (*repeated)
            return std::move(**repeated);
    }
    // A larger page cache while the import's indexes grow.
    pragma("cache_size", "-65536");

    ConverterSetup setup{m_mapping.sourceEpsg, AreaMask(boundary), m_crsArea};
    auto converter = RowConverter::create(m_target.reader(), file, *m_reader, m_mapping, std::move(setup));
    if (!converter)
        return converter.error();

    // A large load goes through a rollback journal: in WAL mode every new page is written twice,
    // once to the log and once more when the log is checkpointed. SQLite refuses the switch while
    // other connections have the file open; the import then simply runs in WAL mode.
    const bool large = m_reader->estimatedRows() >= 50000;
    pragma("journal_mode", "delete", large);
    // For an incident load, the per-row checks whose outcome the importer already knows are off:
    // the foreign key (an incident refers to nothing but the batch the import itself creates) and
    // the CHECK constraints (the precision columns are written from enums). Together they cost
    // more than the insert itself: each IN-list CHECK builds a small temporary index for every
    // row. SQLite ignores the foreign-key switch inside a transaction, so both are set before the
    // transaction begins, and before the writer prepares its statements.
    const bool incidents = m_mapping.kind == ImportKind::Incidents;
    pragma("foreign_keys", "0", incidents);
    pragma("ignore_check_constraints", "1", incidents);

    // However run() ends, the transaction ends before the settings above are put back.
    store::ImportTarget &target = m_target;
    struct EndTransaction {
        store::ImportTarget &target;
        ~EndTransaction() { target.rollback(); }
    } endTransaction{target};
    auto batch = target.begin(m_path, toString(m_mapping.kind), profileName, tableFor(m_mapping.kind),
                              m_reader->estimatedRows());
    if (!batch)
        return batch.error();

    double progress = 0;
    const auto report = [&] {
        const double secs = std::max(1e-3, static_cast<double>(timer.elapsed()) / 1000.0);
        summary.rowsPerSecond = static_cast<double>(summary.rowsRead) / secs;
        feedback.setProgress(100.0 * progress,
                             QCoreApplication::translate("lb::io::Importer", "%1 rows read, %2 rows per second")
                                 .arg(summary.rowsRead)
                                 .arg(static_cast<qint64>(summary.rowsPerSecond)));
    };

    m_reader->rewind();
    // Used by the converting thread until it is joined, then by this one.
    PersonalDataGuard guard(*m_reader, m_mapping, m_personalData);
    summary.personalDataChoice = m_personalData;
    std::unique_ptr<ConversionThread> worker;
    if (m_mapping.kind == ImportKind::Incidents) {
        (*converter)->setEncodeFor(m_target.reader().epsg());
        worker = std::make_unique<ConversionThread>(*m_reader, **converter, guard);
    }
    while (true) {
        if (feedback.isCanceled()) {
            worker.reset();
            target.rollback();
            ImportSummary canceled;
            canceled.canceled = true;
            canceled.rowsRead = summary.rowsRead;
            canceled.seconds = static_cast<double>(timer.elapsed()) / 1000.0;
            m_reader->rewind();
            return canceled;
        }
        if (summary.rowsRead > 0)
            report();
        ConvertedChunk chunk;
        if (worker)
            chunk = worker->take();
        else
            convertChunk(*m_reader, **converter, guard, chunk, true);
        for (size_t r = 0; r < chunk.count; ++r) {
            ConvertedChunk::Row &row = chunk.rows[r];
            ++summary.rowsRead;
            ConvertedRow &c = row.converted;
            if (c.ok && c.occurrence > 1) {
                if (c.hasRef) {
                    ++summary.identical;
                    continue;
                }
                ++summary.copies;
            }
            if (c.ok) {
                summary.repairedGeometries += c.repaired ? 1 : 0;
                // The writer counts written and already-present rows; rows it queues count when written.
                const auto outcome = worker ? target.insert(c.encoded, *batch, row.number)
                                            : write(*target.recordWriter(), c, m_mapping.kind, *batch);
                if (outcome != store::RecordWriter::Outcome::Failed)
                    continue;
                if (target.failedFatally())
                    return Error{QCoreApplication::translate("lb::io::Importer", "Could not write to the store: %1")
                                     .arg(target.lastError())};
                c.reason = RejectReason::WriteFailed;
                c.detail = target.lastError();
            }
            ++summary.rejected;
            ++summary.rejectedByReason[static_cast<size_t>(c.reason)];
            if (!c.unknownValue.isEmpty() &&
                (summary.unknownValues.size() < 1000 || summary.unknownValues.contains(c.unknownValue)))
                ++summary.unknownValues[c.unknownValue];
            if (Status s = target.addReject(*batch, row.number, row.raw, code(c.reason), c.detail); !s)
                return s.error();
        }
        progress = chunk.progress;
        if (chunk.last)
            break;
        if (worker)
            worker->recycle(std::move(chunk));
    }
    worker.reset();
    // Rows GDAL could not read would otherwise be missing without a trace; nothing is kept.
    if (const QString stopped = m_reader->readError(); !stopped.isEmpty())
        return Error{stopped};
    m_reader->rewind();
    summary.personalData = guard.report();
    if (m_personalData == PersonalDataChoice::Ask && summary.personalData.inMappedColumns()) {
        // The user has not said what to do with it: nothing is written.
        target.rollback();
        summary.refusedForPersonalData = true;
        summary.batchId = 0;
        summary.accepted = summary.duplicates = 0;
        summary.seconds = static_cast<double>(timer.elapsed()) / 1000.0;
        return summary;
    }
    feedback.setProgress(99.0, QCoreApplication::translate("lb::io::Importer", "Building the spatial index"));
    if (Status s = target.finishRows(); !s)
        return Error{
            QCoreApplication::translate("lb::io::Importer", "Could not finish the import: %1").arg(s.errorMessage())};
    // Incidents the store refused when their multi-row statement ran: the reader was past them by
    // then, so their source rows are read once more for the rejects table.
    if (std::vector<store::RecordWriter::RefusedRow> refused = target.takeRefused(); !refused.empty()) {
        std::sort(refused.begin(), refused.end(), [](const auto &a, const auto &b) { return a.tag < b.tag; });
        m_reader->rewind();
        size_t next = 0;
        while (next < refused.size() && m_reader->next()) {
            if (m_reader->rowNumber() != refused[next].tag)
                continue;
            const QString raw = guard.rejectJson(*m_reader);
            for (; next < refused.size() && refused[next].tag == m_reader->rowNumber(); ++next) {
                ++summary.rejected;
                ++summary.rejectedByReason[static_cast<size_t>(RejectReason::WriteFailed)];
                if (Status s = target.addReject(*batch, refused[next].tag, raw, code(RejectReason::WriteFailed),
                                                refused[next].error);
                    !s)
                    return s.error();
            }
        }
        m_reader->rewind();
        if (next < refused.size())
            return Error{QCoreApplication::translate("lb::io::Importer",
                                                     "The source changed while it was imported: row %1 is gone.")
                             .arg(refused[next].tag)};
    }
    summary.accepted = target.inserted() - target.lateDuplicates();
    summary.duplicates = target.duplicates() + target.lateDuplicates();
    store::ImportBatch counts;
    counts.id = *batch;
    counts.rowsRead = summary.rowsRead;
    counts.rowsAccepted = summary.accepted;
    counts.rowsRejected = summary.rejected;
    counts.rowsDuplicate = summary.duplicates;
    counts.rowsIdentical = summary.identical;
    if (Status s = target.finishBatch(counts); !s)
        return s.error();
    summary.personalData = guard.report();
    if (Status s = target.appendLog(importLogEntry(counts, summary, m_path)); !s)
        return s.error();
    if (fingerprint)
        if (Status s = rememberImport(*file, *fingerprint, summary, *batch); !s)
            return s.error();
    if (Status s = target.commit(); !s)
        return Error{
            QCoreApplication::translate("lb::io::Importer", "Could not save the import: %1").arg(s.errorMessage())};
    summary.batchId = *batch;
    summary.seconds = static_cast<double>(timer.elapsed()) / 1000.0;
    summary.rowsPerSecond = static_cast<double>(summary.rowsRead) / std::max(1e-3, summary.seconds);
    feedback.setProgress(100.0, QCoreApplication::translate("lb::io::Importer", "%1 rows read, %2 rows per second")
                                    .arg(summary.rowsRead)
                                    .arg(static_cast<qint64>(summary.rowsPerSecond)));
    return summary;
}

Result<std::vector<store::ImportBatch>> importBatches(store::Store &store)
{
    store::ImportCatalog catalog(store);
    return catalog.batches();
}

Status undoImportBatch(store::Store &store, std::int64_t batchId)
{
    store::ImportCatalog catalog(store);
    return catalog.undoBatch(batchId);
}

} // namespace lb::io
