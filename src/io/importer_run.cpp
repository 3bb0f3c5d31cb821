// Importer::run: the streaming import in one transaction, and the batch history.

#include "io/importer.h"

#include "io/row_converter.h"
#include "io/source_reader.h"
#include "store/import_catalog.h"
#include "store/record_writer.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>

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

MultiPolygon municipality(store::Store &store)
{
    MultiPolygon all;
    if (auto areas = store.areas(QStringLiteral("municipality")))
        for (Area &a : *areas)
            for (Polygon &p : a.geometry)
                all.push_back(std::move(p));
    return all;
}

// A larger page cache while the import's indexes grow; the connection's own setting returns after.
class CacheSize {
public:
    CacheSize(const store::Database &db, int kib)
        : m_db(db)
    {
        m_previous = db.queryInt(QStringLiteral("PRAGMA cache_size")).value_or(-2000);
        (void)db.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kib));
    }
    ~CacheSize() { (void)m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous)); }
    CacheSize(const CacheSize &) = delete;
    CacheSize &operator=(const CacheSize &) = delete;

private:
    const store::Database &m_db;
    std::int64_t m_previous = 0;
};

class JournalMode {
public:
    JournalMode(const store::Database &db, bool rollback)
        : m_db(db)
    {
        if (rollback && db.queryText(QStringLiteral("PRAGMA journal_mode")).value_or(QString()) == QLatin1String("wal"))
            m_switched = db.queryText(QStringLiteral("PRAGMA journal_mode = DELETE")).value_or(QString()) ==
                         QLatin1String("delete");
    }
    ~JournalMode()
    {
        if (m_switched)
            (void)m_db.queryText(QStringLiteral("PRAGMA journal_mode = WAL"));
    }
    JournalMode(const JournalMode &) = delete;
    JournalMode &operator=(const JournalMode &) = delete;

private:
    const store::Database &m_db;
    bool m_switched = false;
};

// Source rows read and converted, with what a reject needs to be recorded.
struct ConvertedChunk {
    struct Row {
        ConvertedRow converted;
        std::int64_t number = 0;
        QString raw; // the source row as JSON, for rejects only
    };
    std::vector<Row> rows;
    double progress = 0; // of the reader after the chunk
    bool last = false;   // the source has no more rows
};

constexpr size_t kChunkRows = 2048;

// Reads and converts up to kChunkRows rows.
ConvertedChunk convertChunk(SourceReader &reader, RowConverter &converter)
{
    ConvertedChunk chunk;
    chunk.rows.reserve(kChunkRows);
    while (chunk.rows.size() < kChunkRows) {
        if (!reader.next()) {
            chunk.last = true;
            break;
        }
        ConvertedChunk::Row &row = chunk.rows.emplace_back();
        converter.convert(reader, row.converted);
        row.number = reader.rowNumber();
        if (!row.converted.ok)
            row.raw = reader.rawJson();
    }
    chunk.progress = reader.progress();
    return chunk;
}

// Converts chunks on a worker thread while the caller's thread writes them: parsing and
// reprojecting cost about as much as the inserts, so the two overlap. Only for record kinds whose
// conversion does not touch the store (the connection belongs to the writing thread). A few chunks
// wait at most, which bounds the memory. The destructor stops and joins the worker.
class ConversionThread {
public:
    ConversionThread(SourceReader &reader, RowConverter &converter)
    {
        m_thread = std::thread([this, &reader, &converter] {
            while (true) {
                ConvertedChunk chunk = convertChunk(reader, converter);
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

private:
    std::mutex m_mutex;
    std::condition_variable m_ready, m_space;
    std::deque<ConvertedChunk> m_chunks;
    bool m_stopped = false;
    std::thread m_thread;
};

} // namespace

Result<ImportSummary> Importer::run(Feedback &feedback, const QString &profileName)
{
    if (m_store.isReadOnly())
        return Error{
            QCoreApplication::translate("lb::io::Importer", "The store %1 is open read-only.").arg(m_store.path())};
    QElapsedTimer timer;
    timer.start();
    ImportSummary summary;
    const store::Database &db = m_store.database();
    CacheSize cache(db, 64 * 1024);

    ConverterSetup setup{m_mapping.sourceEpsg, AreaMask(municipality(m_store)), m_crsArea};
    auto converter = RowConverter::create(m_store, *m_reader, m_mapping, std::move(setup));
    if (!converter)
        return converter.error();

    // A large load goes through a rollback journal: in WAL mode every new page is written twice,
    // once to the log and once more when the log is checkpointed. SQLite refuses the switch while
    // other connections have the file open; the import then simply runs in WAL mode.
    const bool large = m_reader->estimatedRows() >= 50000;
    JournalMode journal(db, large);

    store::Transaction tx(db);
    if (!tx.isActive())
        return Error{QCoreApplication::translate("lb::io::Importer", "Cannot start writing to %1: %2")
                         .arg(m_store.path(), tx.error())};
    store::ImportCatalog catalog(m_store);
    auto batch = catalog.beginBatch(m_path, toString(m_mapping.kind), profileName);
    if (!batch)
        return batch.error();
    auto writer = store::RecordWriter::create(m_store, tableFor(m_mapping.kind), true, m_reader->estimatedRows());
    if (!writer)
        return writer.error();

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
    std::unique_ptr<ConversionThread> worker;
    if (m_mapping.kind == ImportKind::Incidents)
        worker = std::make_unique<ConversionThread>(*m_reader, **converter);
    while (true) {
        if (feedback.isCanceled()) {
            worker.reset();
            tx.rollback();
            ImportSummary canceled;
            canceled.canceled = true;
            canceled.rowsRead = summary.rowsRead;
            canceled.seconds = static_cast<double>(timer.elapsed()) / 1000.0;
            m_reader->rewind();
            return canceled;
        }
        if (summary.rowsRead > 0)
            report();
        ConvertedChunk chunk = worker ? worker->take() : convertChunk(*m_reader, **converter);
        for (ConvertedChunk::Row &row : chunk.rows) {
            ++summary.rowsRead;
            ConvertedRow &c = row.converted;
            if (c.ok) {
                // The writer counts written and already-present rows; rows it queues count when written.
                if (write(**writer, c, m_mapping.kind, *batch) != store::RecordWriter::Outcome::Failed)
                    continue;
                c.reason = RejectReason::WriteFailed;
                c.detail = (*writer)->lastError();
                // The reader has moved past the row by now; the reason carries the store's error.
                row.raw = QStringLiteral("{}");
            }
            ++summary.rejected;
            ++summary.rejectedByReason[static_cast<size_t>(c.reason)];
            if (!c.unknownValue.isEmpty() &&
                (summary.unknownValues.size() < 1000 || summary.unknownValues.contains(c.unknownValue)))
                ++summary.unknownValues[c.unknownValue];
            if (Status s = catalog.addReject(*batch, row.number, row.raw, code(c.reason), c.detail); !s)
                return s.error();
        }
        progress = chunk.progress;
        if (chunk.last)
            break;
    }
    worker.reset();
    m_reader->rewind();
    feedback.setProgress(99.0, QCoreApplication::translate("lb::io::Importer", "Building the spatial index"));
    if (Status s = (*writer)->finish(); !s)
        return Error{
            QCoreApplication::translate("lb::io::Importer", "Could not finish the import: %1").arg(s.errorMessage())};
    summary.accepted = (*writer)->inserted() - (*writer)->lateDuplicates();
    summary.duplicates = (*writer)->duplicates() + (*writer)->lateDuplicates();
    store::ImportBatch counts;
    counts.id = *batch;
    counts.rowsRead = summary.rowsRead;
    counts.rowsAccepted = summary.accepted;
    counts.rowsRejected = summary.rejected;
    counts.rowsDuplicate = summary.duplicates;
    if (Status s = catalog.finishBatch(counts); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
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
