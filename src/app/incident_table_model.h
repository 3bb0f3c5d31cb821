#pragma once

// IncidentTableModel: the incidents the map shows (under its filter and disclosure rules) as a
// table, fast on a million rows. The row list comes from the map snapshot in one pass (id, time,
// category, precision, position); rows reach the view lazily through canFetchMore/fetchMore, and
// the text fields (source, reference, description, import batch) are read from the store only
// for the rows on screen, through its R-tree by each row's position, and cached. Sorting by any
// column with data in the snapshot is done in memory.
//
// GUI thread only. Keeps its own read-only Store on the file.

#include "app/feature_table_model.h"
#include "core/taxonomy.h"
#include "store/store.h"
#include "store/store_reader.h"

#include <QHash>

#include <memory>

namespace lb::app {

class IncidentTableModel : public FeatureTableModel {
    Q_OBJECT
public:
    enum Column { Time, Category, Source, Reference, Precision, East, North, Description, Batch, ColumnCount };
    static constexpr int batchRows = 2000; // rows added per fetchMore

    explicit IncidentTableModel(QObject *parent = nullptr);
    ~IncidentTableModel() override;

    // The store and its snapshot; opens the store read-only for the text fields.
    void setStore(const QString &path, std::shared_ptr<const render::MapData> snapshot) override;
    // Rebuilds the rows for this filter and disclosure (what the map shows).
    void setFilter(const render::MapFilter &filter, const DisclosureRules &rules) override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Every row matching the filter, loaded into the view or not.
    std::int64_t totalRows() const override { return std::int64_t(m_rows.size()); }
    FeatureId idAt(int row) const override { return m_rows[size_t(row)].id; }
    PointXY positionAt(int row) const override { return m_rows[size_t(row)].position; }
    QString categoryLabelAt(int row) const override;
    // The row of an id, loading rows into the view up to it; -1 when the filter hides it.
    int rowOf(FeatureId id) override;
    // The full record of a row (read from the store when not cached).
    std::optional<Incident> incidentAt(int row) const;
    // All rows as a table for export (numbers with a decimal point), `rows` empty meaning all.
    QStringList exportHeader() const override;
    QStringList exportRow(int row) const override;
    std::vector<int> numericColumns() const override { return {East, North, Batch}; }

private:
    struct Row {
        FeatureId id = 0;
        Instant time = 0;
        PointXY position;
        std::uint16_t category = 0xffff;
        LocationPrecision precision = LocationPrecision::Exact;
    };
    QString cellText(const Row &row, int column) const;

    std::shared_ptr<const render::MapData> m_data;
    std::unique_ptr<store::StoreReader> m_store;
    std::vector<Row> m_rows;
    int m_loaded = 0;
    QStringList m_categoryLabels;
    mutable QHash<FeatureId, Incident> m_cache;
};

} // namespace lb::app
