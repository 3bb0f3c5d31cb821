#pragma once

// RecordTableModel: a FeatureTableModel over records the map snapshot holds whole (survey pins,
// walk findings). Each row is an index into the snapshot's vector; rows reach the view lazily
// (canFetchMore/fetchMore, batchRows at a time) and sort in memory by the subclass's keys. A
// subclass says which records the filter shows and what each column holds.
//
// GUI thread only.

#include "app/feature_table_model.h"

namespace lb::app {

class RecordTableModel : public FeatureTableModel {
    Q_OBJECT
public:
    static constexpr int batchRows = 2000; // rows added per fetchMore

    using FeatureTableModel::FeatureTableModel;

    void setStore(const QString &path, std::shared_ptr<const render::MapData> snapshot) override;
    void setFilter(const render::MapFilter &filter, const DisclosureRules &rules) override;
    std::int64_t totalRows() const override { return std::int64_t(m_rows.size()); }
    FeatureId idAt(int row) const override { return idOf(m_rows[size_t(row)]); }
    PointXY positionAt(int row) const override { return positionOf(m_rows[size_t(row)]); }
    int rowOf(FeatureId id) override;
    QStringList exportHeader() const override;
    QStringList exportRow(int row) const override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    const render::MapData &snapshot() const { return *m_data; }
    // The record index of a row.
    size_t recordAt(int row) const { return m_rows[size_t(row)]; }
    // How many records the snapshot has, and whether the filter shows record `i`.
    virtual size_t recordCount() const = 0;
    virtual bool accepts(size_t i, const render::MapFilter &filter) const = 0;
    virtual FeatureId idOf(size_t i) const = 0;
    virtual PointXY positionOf(size_t i) const = 0;
    virtual QString title(int column) const = 0;
    // The text shown in a cell, and the text exported (numbers with a decimal point).
    virtual QString cellText(size_t i, int column) const = 0;
    virtual QString exportText(size_t i, int column) const { return cellText(i, column); }
    // Sort key of a cell; text by default, numbers where the subclass says so.
    virtual QVariant sortKey(size_t i, int column) const { return cellText(i, column); }

private:
    std::shared_ptr<const render::MapData> m_data;
    std::vector<size_t> m_rows;
    int m_loaded = 0;
};

} // namespace lb::app
