#pragma once

// FeatureTableModel: what the attribute table window needs of a layer's table — the rows the map
// shows under its filter, fetched into the view lazily, sortable, with each row's id, position and
// a label to count the selection by, and the rows as text for export. IncidentTableModel and the
// models of survey pins and walk findings (RecordTableModel) implement it.
//
// GUI thread only.

#include "core/disclosure.h"
#include "core/geometry.h"
#include "core/records.h"
#include "render/map_data.h"
#include "render/map_filter.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace lb::app {

class FeatureTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    // The store and its snapshot (the model may open the store read-only for more fields).
    virtual void setStore(const QString &path, std::shared_ptr<const render::MapData> snapshot) = 0;
    // Rebuilds the rows for this filter and disclosure (what the map shows).
    virtual void setFilter(const render::MapFilter &filter, const DisclosureRules &rules) = 0;
    // Every row matching the filter, loaded into the view or not.
    virtual std::int64_t totalRows() const = 0;
    virtual FeatureId idAt(int row) const = 0;
    virtual PointXY positionAt(int row) const = 0;
    // What the selection is counted by (category, rating, status).
    virtual QString categoryLabelAt(int row) const = 0;
    // The row of an id, loading rows into the view up to it; -1 when the filter hides it.
    virtual int rowOf(FeatureId id) = 0;
    virtual QStringList exportHeader() const = 0;
    // A row for export: numbers with a decimal point in the numericColumns().
    virtual QStringList exportRow(int row) const = 0;
    virtual std::vector<int> numericColumns() const = 0;
};

} // namespace lb::app
