#pragma once

// SurveyPinTableModel: the survey pins the map shows (the map filter's survey rounds) as a table:
// round, rating, time of day, reason, comment, respondent, position, import batch.
//
// GUI thread only.

#include "app/record_table_model.h"

namespace lb::app {

class SurveyPinTableModel final : public RecordTableModel {
    Q_OBJECT
public:
    enum Column { Round, Rating, TimeOfDay, Reason, Comment, Respondent, East, North, Batch, ColumnCount };

    using RecordTableModel::RecordTableModel;

    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QString categoryLabelAt(int row) const override;
    std::vector<int> numericColumns() const override { return {Rating, East, North, Batch}; }

protected:
    size_t recordCount() const override { return snapshot().surveyPins.size(); }
    bool accepts(size_t i, const render::MapFilter &filter) const override;
    FeatureId idOf(size_t i) const override { return snapshot().surveyPins[i].id; }
    PointXY positionOf(size_t i) const override { return snapshot().surveyPins[i].position; }
    QString title(int column) const override;
    QString cellText(size_t i, int column) const override;
    QString exportText(size_t i, int column) const override;
    QVariant sortKey(size_t i, int column) const override;
};

} // namespace lb::app
