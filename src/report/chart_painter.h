#pragma once

// ChartPainter: draws a Chart on any QPainter — an image, an SVG generator, a PDF page or a
// report page — so every export is the same picture. Text is drawn as text (searchable in PDF and
// SVG); numbers go through the default QLocale (decimal comma and non-breaking thousands
// separators in Swedish). Stateless apart from the chart it was given; any thread.

#include "report/chart.h"

#include <QPointF>
#include <QRectF>

class QPainter;

namespace lb::report {

class ChartPainter {
public:
    explicit ChartPainter(const Chart &chart)
        : m_chart(chart)
    {}

    // Paints the chart into `rect`; `scale` turns the layout's 96-DPI sizes into device units
    // (device DPI / 96).
    void paint(QPainter &painter, const QRectF &rect, double scale) const;

    // A value as the chart writes it: "1 234", "12,5 %", "+3,2 %".
    QString formatValue(double value, bool sign = false) const;

private:
    void paintColumns(QPainter &painter, const QRectF &plot, double s) const;
    void paintLines(QPainter &painter, const QRectF &plot, double s) const;
    void paintDiverging(QPainter &painter, const QRectF &plot, double s) const;
    void paintMatrix(QPainter &painter, const QRectF &plot, double s) const;
    void paintStacked(QPainter &painter, const QRectF &plot, double s) const;
    // The value axis (left, vertical) from lo to hi; returns the plot area right of the labels.
    QRectF paintValueAxis(QPainter &painter, const QRectF &plot, double lo, double hi, double s) const;
    // The legend line; returns its height.
    double paintLegend(QPainter &painter, const QRectF &area, double s) const;

    const Chart &m_chart;
};

// The marker (circle, square, triangle, diamond, cross) and dash of series `index`, so lines
// stay apart without colour.
void drawSeriesMarker(QPainter &painter, QPointF centre, int index, double radius);
Qt::PenStyle seriesDash(int index);

// A step of 1, 2 or 5 × 10^n giving about `ticks` ticks over `range`.
double niceStep(double range, int ticks);

} // namespace lb::report
