#pragma once

// MapExporter: writes a finished map page — title, subtitle, the map in a frame, a legend, a
// scale bar with the scale 1:N, a north arrow, an overview inset, sources, the date and the page
// number — to a PDF (vector, through QPdfWriter), an SVG or a PNG of the same layout. The map inside is painted by
// render::renderMap, the same path as the canvas and the CLI, so the printed map looks like the screen.
//
// Synchronous; call from any thread (the app calls it from a worker). The layers must be the
// immutable render layers; nothing else is shared.

#include "core/feedback.h"
#include "render/map_layers.h"
#include "render/map_settings.h"

#include <QPageLayout>
#include <QPageSize>
#include <QString>

namespace lb::report {

struct MapExportSettings {
    QString title;                     // empty: no title line
    QString subtitle;                  // e.g. the period or the data sources
    QPageSize pageSize{QPageSize::A4}; // PDF page; a PNG gets the same proportions
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    double marginMm = 10.0;
    double pdfDpi = 300.0; // resolution QPdfWriter maps device units to
    double pngDpi = 150.0; // resolution of a PNG page
    bool legend = true;
    bool legendBeside = false; // the legend (and the overview) in a panel right of the map, not on it
    bool scaleBar = true;
    bool northArrow = true;
    QString attribution;   // sources and attribution, printed at the foot
    QString audienceNote;  // "Internal" or "Public" and what that means; printed at the foot
    Extent overviewExtent; // not empty: an overview inset of this extent marks where the map lies
    int pageNumber = 1;    // "page 1 of 1" at the foot when pageCount > 0
    int pageCount = 0;
};

enum class ExportResult { Success, Canceled, InvalidSettings, FileError };

class MapExporter {
public:
    // `map` supplies the extent, the visible layers, the CRS and the incident span; its output
    // size and DPI are replaced by the page's map frame.
    MapExporter(render::MapSettings map, render::LayerList layers, MapExportSettings settings = {});

    // Writes a PDF for .pdf, an SVG for .svg (case-insensitive), otherwise a PNG. The file is
    // written under a temporary name and moved into place, so a failed export leaves no half
    // file behind.
    ExportResult exportToFile(const QString &path, Feedback &feedback);
    ExportResult exportToPdf(const QString &path, Feedback &feedback);
    ExportResult exportToPng(const QString &path, Feedback &feedback);
    ExportResult exportToSvg(const QString &path, Feedback &feedback);

    // A readable message for the last result other than Success.
    QString errorMessage() const { return m_error; }
    // The map settings of the map frame of the last export (for tests and the status line).
    render::MapSettings lastMapSettings() const { return m_lastMap; }

private:
    // Lays the page out on `painter` whose device has `dpi`; returns false when canceled.
    bool paintPage(QPainter &painter, const QRectF &page, double dpi, Feedback &feedback);
    // The overview inset in the map frame's top right corner, below the north arrow.
    // The overview inset: in `box` when given, else in the map frame's top right corner.
    void paintOverview(QPainter &painter, const QRectF &frame, QRectF box, double dpi, double s, Feedback &feedback);

    render::MapSettings m_map;
    render::LayerList m_layers;
    MapExportSettings m_settings;
    render::MapSettings m_lastMap;
    QString m_error;
};

} // namespace lb::report
