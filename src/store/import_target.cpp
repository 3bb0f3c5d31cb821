// The GeoPackage store as an import target: one SQLite transaction, the import catalog for the
// batch and its rejects, and the bulk RecordWriter for the rows.

#include "store/import_target.h"

#include "store/sqlite_db.h"

#include <QCoreApplication>

#include <optional>

namespace lb::store {

namespace {

class FileImportTarget final : public ImportTarget {
public:
    explicit FileImportTarget(Store &store)
        : m_store(store)
        , m_reader(readerFor(store))
    {}
    ~FileImportTarget() override { rollback(); }

    const StoreReader &reader() const override { return *m_reader; }
    Store *fileStore() override { return &m_store; }
    QString path() const override { return m_store.path(); }
    bool isReadOnly() const override { return m_store.isReadOnly(); }
    bool holdsIncident(const QByteArray &hash, const QString &source, const QString &ref) const override
    {
        if (!m_lookup) {
            auto w = RecordWriter::create(m_store, RecordTable::Incidents, false);
            if (!w)
                return false;
            m_lookup = std::move(*w);
        }
        return m_lookup->contains(hash) || m_lookup->containsIncidentRef(source, ref);
    }

    Result<std::int64_t> begin(const QString &sourceFile, const QString &kind, const QString &profile,
                               RecordTable table, std::int64_t expectedRows) override
    {
        m_tx.emplace(m_store.database());
        if (!m_tx->isActive())
            return Error{QCoreApplication::translate("lb::io::Importer", "Cannot start writing to %1: %2")
                             .arg(m_store.path(), m_tx->error())};
        m_catalog = std::make_unique<ImportCatalog>(m_store);
        auto batch = m_catalog->beginBatch(sourceFile, kind, profile);
        if (!batch)
            return batch.error();
        auto writer = RecordWriter::create(m_store, table, true, expectedRows);
        if (!writer)
            return writer.error();
        m_writer = std::move(*writer);
        return batch;
    }
    RecordWriter *recordWriter() override { return m_writer.get(); }
    RecordWriter::Outcome insert(EncodedIncident &row, std::int64_t batchId, std::int64_t tag) override
    {
        return m_writer->insert(row, batchId, tag);
    }
    bool failedFatally() const override { return m_writer->failedFatally(); }
    QString lastError() const override { return m_writer->lastError(); }
    Status addReject(std::int64_t batchId, std::int64_t rowNumber, const QString &rawValues, const QString &reasonCode,
                     const QString &reason) override
    {
        return m_catalog->addReject(batchId, rowNumber, rawValues, reasonCode, reason);
    }
    Status finishRows() override { return m_writer->finish(); }
    std::vector<RecordWriter::RefusedRow> takeRefused() override { return m_writer->takeRefused(); }
    std::int64_t inserted() const override { return m_writer->inserted(); }
    std::int64_t duplicates() const override { return m_writer->duplicates(); }
    std::int64_t lateDuplicates() const override { return m_writer->lateDuplicates(); }
    Status finishBatch(const ImportBatch &counts) override { return m_catalog->finishBatch(counts); }
    Status appendLog(const EditLogEntry &entry) override { return appendEditLog(m_store.database(), entry); }
    Status commit() override
    {
        Status s = m_tx ? m_tx->commit() : Status{};
        end();
        return s;
    }
    void rollback() override
    {
        if (m_tx && m_tx->isActive())
            m_tx->rollback();
        end();
    }

    Result<std::vector<ImportReject>> rejects(std::int64_t batchId, int limit) const override
    {
        return ImportCatalog(m_store).rejects(batchId, limit);
    }

private:
    // The writer and catalog hold statements of the transaction; they go before it ends.
    void end()
    {
        m_writer.reset();
        m_catalog.reset();
        m_tx.reset();
    }

    Store &m_store;
    std::unique_ptr<StoreReader> m_reader;
    mutable std::unique_ptr<RecordWriter> m_lookup;
    std::optional<Transaction> m_tx;
    std::unique_ptr<ImportCatalog> m_catalog;
    std::unique_ptr<RecordWriter> m_writer;
};

} // namespace

std::unique_ptr<ImportTarget> importTargetFor(Store &store)
{
    return std::make_unique<FileImportTarget>(store);
}

} // namespace lb::store
