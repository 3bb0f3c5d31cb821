#pragma once

// FindingTableModel: the safety-walk findings on the map as a table: walk, kind, status,
// responsible, due and fixed dates, description, position. It holds the findings the walk layer
// draws: those the map filter's status, kind, walk and overdue parts show.
//
// GUI thread only.

#include "app/record_table_model.h"

#include <QHash>

namespace lb::app {

class FindingTableModel final : public RecordTableModel {
    Q_OBJECT
public:
    enum Column { Walk, Kind, Status, Responsible, DueDate, FixedDate, Description, East, North, ColumnCount };

    using RecordTableModel::RecordTableModel;

    void setStore(const QString &path, std::shared_ptr<const render::MapData> snapshot) override;
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QString categoryLabelAt(int row) const override { return cellText(recordAt(row), Status); }
    std::vector<int> numericColumns() const override { return {East, North}; }

protected:
    size_t recordCount() const override { return snapshot().findings.size(); }
    bool accepts(size_t i, const render::MapFilter &filter) const override;
    FeatureId idOf(size_t i) const override { return snapshot().findings[i].id; }
    PointXY positionOf(size_t i) const override { return snapshot().findings[i].position; }
    QString title(int column) const override;
    QString cellText(size_t i, int column) const override;
    QString exportText(size_t i, int column) const override;
    QVariant sortKey(size_t i, int column) const override;

private:
    QHash<FeatureId, QString> m_walkNames;
    QHash<FeatureId, QDate> m_walkDates;
    QHash<QString, QString> m_kindLabels;
};

} // namespace lb::app
