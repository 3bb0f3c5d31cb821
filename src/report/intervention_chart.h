#pragma once

// The chart of an intervention evaluation: the monthly incidents of the target area, the buffer
// zone and the comparison area, each as an index (the mean of its months before the start = 100,
// so areas of different size can be compared by eye), with the intervention period shaded and the
// start marked. One painting function serves the app, PNG, SVG and PDF.
// Call from any thread that may use QPainter on the given device (images: any thread).

#include "analysis/intervention_evaluation.h"
#include "core/result.h"

#include <QDate>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace lb::report {

struct InterventionChartData {
    QString title; // the intervention's name
    QString comparisonName;
    std::vector<analysis::EvaluationMonth> series;
    QDate startsOn;
    QDate endsOn; // invalid: still running
    bool hasBuffer = true;
};

void paintInterventionChart(QPainter &painter, const QRectF &rect, const InterventionChartData &data);

// Writes the chart to a .png, .svg or .pdf file (by the extension), 1000 × 500 px (or points).
Status writeInterventionChart(const QString &path, const InterventionChartData &data);

} // namespace lb::report
