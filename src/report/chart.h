#pragma once

// Chart: a plain description of one council chart — what is drawn (kind, axis labels, series of
// values with optional intervals) and what the page says about it (title, subtitle, notes, whether
// it is internal or public). Built from analysis results by chart_builder, painted by
// ChartPainter, written to PNG, SVG or PDF by ChartExporter. A value type; safe on any thread.

#include <QColor>
#include <QString>
#include <QStringList>

#include <cmath>
#include <limits>
#include <vector>

namespace lb::report {

enum class ChartKind {
    Columns,       // vertical bars, one group per x label, one bar per series
    Lines,         // one line per series over the x labels; NaN values are gaps; optional intervals
    DivergingBars, // horizontal bars around zero, one per x label (first series), e.g. % change
    Matrix,        // a heat matrix: series are rows, x labels are columns
    StackedBars,   // horizontal bars, one per x label, stacked by series (e.g. finding status)
};

struct ChartSeries {
    QString name;
    std::vector<double> values; // one per x label; NaN: no value (a gap, or suppressed)
    std::vector<double> lower;  // optional interval per value (same length as values, or empty)
    std::vector<double> upper;
    std::vector<QString> marks; // optional text after a value label, e.g. "*" for significant
};

struct Chart {
    ChartKind kind = ChartKind::Columns;
    QString title;
    QString subtitle;
    QString valueAxisTitle;
    QStringList labels; // x labels (years, hours, categories)
    std::vector<ChartSeries> series;
    std::vector<double> totals; // stacked bars: the row totals when they differ from the visible sum
    bool percent = false;       // values are shares 0..1 shown as per cent
    int decimals = 0;           // decimals of value labels (per cent: decimals of the per cent)
    bool valueLabels = true;    // write each value next to its bar or point
    QStringList notes;          // printed under the chart (method, significance, suppression)
    bool isPublic = false;      // public: suppression applied; stated in the footer
    int threshold = 5;          // k of a public chart
    int suppressed = 0;         // values hidden because they were under the threshold
};

inline constexpr double kNoValue = std::numeric_limits<double>::quiet_NaN();

// The palette: Okabe–Ito colours, ordered so that neighbours differ clearly in lightness and so
// stay apart in greyscale print; lines also differ by marker and dash.
QColor seriesColor(int index);
// A sequential colour from light (0) to dark (1), monotonic in lightness, for the matrix.
QColor sequentialColor(double t);

} // namespace lb::report
