#pragma once

// WalkPrinter: the papers a group carries on a safety walk (trygghetsvandring). Page 1 is the walk
// map — base map, districts with their names, the route and the points as numbered circles in
// walking order, a legend of what each number is, a scale bar, a north arrow, the title, date, area
// and participants. The pages after it are a table with one row per number (place, why it is on the
// list) and blank ruled columns to write the observation, the responsible organisation and the
// proposed action on, the header repeated on every page. A4 or A3, portrait or landscape.
//
// The PDF is vector (QPdfWriter); the map is painted by render::renderMap with the standard base
// layers and a WalkPlanLayer, the same path as the screen. A PNG holds page 1. Synchronous; any
// thread. Layout sizes are in millimetres, so every output device gives the same page.

#include "core/feedback.h"
#include "core/records.h"
#include "core/walk_plan.h"
#include "render/map_data.h"
#include "render/map_settings.h"
#include "report/map_exporter.h"

#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>

#include <memory>

namespace lb::report {

struct WalkPrintSettings {
    QPageSize pageSize{QPageSize::A4};
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    double marginMm = 12.0;
    double pdfDpi = 300.0;
    double pngDpi = 150.0;
    double rowHeightMm = 24.0; // a table row: room for three handwritten lines
};

struct WalkPrintInput {
    Walk walk;
    QString areaName;                            // the walk's district, or empty
    WalkPlan plan;                               // the points; printed in the order of their numbers
    std::shared_ptr<const render::MapData> data; // base map and districts
};

class WalkPrinter {
public:
    WalkPrinter(WalkPrintInput input, WalkPrintSettings settings = {});

    // A PDF (every page) for .pdf, otherwise a PNG of page 1. Written under a temporary name and
    // moved into place.
    ExportResult exportToFile(const QString &path, Feedback &feedback);
    ExportResult exportToPdf(const QString &path, Feedback &feedback);
    ExportResult exportToPng(const QString &path, Feedback &feedback);

    // Page `index` (0 the map page, then the table pages) painted at `dpi` on a white image by the
    // same code as the PDF: the print preview shows what will be printed. Null when canceled or
    // `index` is out of range.
    QImage renderPage(int index, double dpi, Feedback &feedback);

    int tablePageCount() const;
    int pageCount() const { return 1 + tablePageCount(); }
    int rowsPerTablePage() const;
    // The page size in millimetres, in the chosen orientation.
    QSizeF pageSizeMm() const;
    // The map frame on page 1, in millimetres from the page's top left corner.
    QRectF mapFrameMm() const;
    // The map settings of the map frame of the last export (its visible extent places the points).
    render::MapSettings lastMapSettings() const { return m_lastMap; }
    QString errorMessage() const { return m_error; }

private:
    bool paintMapPage(QPainter &painter, double dpi, Feedback &feedback);
    void paintLegend(QPainter &painter, const QRectF &box, double dpi) const;
    // Table page `index` (0-based) of tablePageCount(); in walk_print_table.cpp.
    void paintTablePage(QPainter &painter, double dpi, int index) const;
    void paintFooter(QPainter &painter, double dpi, int pageNumber) const;
    QString title() const;
    Extent mapExtent() const;

    WalkPrintInput m_in;
    WalkPrintSettings m_settings;
    render::MapSettings m_lastMap;
    QString m_error;
};

// A font of `points` typographic points for a device of `dpi`.
QFont walkPrintFont(double points, double dpi, bool bold = false);

} // namespace lb::report
