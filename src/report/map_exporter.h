#pragma once

// MapExporter: writes a finished map page — title, subtitle, the map in a frame, a legend, a
// scale bar with the scale 1:N and a north arrow — to a PDF (vector, through QPdfWriter) or to a
// PNG of the same layout. The map inside is painted by render::renderMap, the same path as the
// canvas and the CLI, so the printed map looks like the screen.
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
    bool scaleBar = true;
    bool northArrow = true;
};

enum class ExportResult { Success, Canceled, InvalidSettings, FileError };

class MapExporter {
public:
    // `map` supplies the extent, the visible layers, the CRS and the incident span; its output
    // size and DPI are replaced by the page's map frame.
    MapExporter(render::MapSettings map, render::LayerList layers, MapExportSettings settings = {});

    // Writes a PDF when `path` ends in .pdf (case-insensitive), otherwise a PNG. The file is
    // written under a temporary name and moved into place, so a failed export leaves no half
    // file behind.
    ExportResult exportToFile(const QString &path, Feedback &feedback);
    ExportResult exportToPdf(const QString &path, Feedback &feedback);
    ExportResult exportToPng(const QString &path, Feedback &feedback);

    // A readable message for the last result other than Success.
    QString errorMessage() const { return m_error; }
    // The map settings of the map frame of the last export (for tests and the status line).
    render::MapSettings lastMapSettings() const { return m_lastMap; }

private:
    // Lays the page out on `painter` whose device has `dpi`; returns false when canceled.
    bool paintPage(QPainter &painter, const QRectF &page, double dpi, Feedback &feedback);

    render::MapSettings m_map;
    render::LayerList m_layers;
    MapExportSettings m_settings;
    render::MapSettings m_lastMap;
    QString m_error;
};

} // namespace lb::report
