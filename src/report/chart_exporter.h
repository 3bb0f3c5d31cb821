#pragma once

// ChartExporter: writes a Chart to a PNG (at a chosen DPI), an SVG (QSvgGenerator) or a PDF
// (QPdfWriter, one page the size of the chart), all painted by ChartPainter. The format follows
// the file's extension; any other extension is an error. Files are written through QSaveFile, so a
// failed export leaves nothing half-written. Synchronous; any thread.

#include "core/result.h"
#include "report/chart.h"

#include <QImage>
#include <QSizeF>
#include <QString>

namespace lb::report {

struct ChartExportSettings {
    QSizeF sizeMm{180.0, 110.0}; // the chart's size on paper (and in the SVG, at 96 DPI)
    double dpi = 150.0;          // PNG resolution
};

enum class ChartFormat { Png, Svg, Pdf, Unknown };

ChartFormat chartFormatOf(const QString &path);

// Writes `chart` to `path` (.png, .svg or .pdf).
Status exportChart(const Chart &chart, const QString &path, const ChartExportSettings &settings = {});

// The chart as an image at `dpi` (for previews and report pages).
QImage chartImage(const Chart &chart, QSizeF sizeMm, double dpi);

} // namespace lb::report
