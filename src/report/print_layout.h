#pragma once

// Print layouts kept in the store (lb_meta, key "print_layouts", as JSON), so a coordinator sets
// up "A3 for the weekly meeting" once and the desktop program's print dialog and
// `lagesbild-cli print --layout NAME` use the same page: size and orientation, margin, title,
// subtitle, sources, which furniture to draw, the PNG resolution and whether the page is public
// with its threshold k. Call on the thread that owns the store.

#include "core/result.h"
#include "report/map_exporter.h"
#include "store/store.h"
#include "store/store_reader.h"

#include <QString>

#include <optional>
#include <vector>

namespace lb::report {

struct PrintLayout {
    QString name;
    bool a3 = false;
    bool portrait = false;
    double marginMm = 10.0;
    QString title; // empty: the store's name
    QString subtitle;
    QString attribution; // empty: the store's own sources line
    bool legend = true;
    bool scaleBar = true;
    bool northArrow = true;
    bool overview = true; // an overview inset when the map shows part of the store's extent
    double pngDpi = 150.0;
    bool isPublic = false;
    int k = 5;
    friend bool operator==(const PrintLayout &, const PrintLayout &) = default;
};

// The store's layouts in the order they were saved; none when it has none.
std::vector<PrintLayout> readPrintLayouts(const store::Store &store);
std::vector<PrintLayout> readPrintLayouts(const store::StoreReader &store);
// Adds the layout, or replaces the one of the same name (case-insensitive).
Status savePrintLayout(store::Store &store, const PrintLayout &layout);
Status removePrintLayout(store::Store &store, const QString &name);
std::optional<PrintLayout> findPrintLayout(const std::vector<PrintLayout> &layouts, const QString &name);

// The exporter's settings for a layout: page, furniture, title (or `storeName`), sources (or the
// default line naming `storeFile`) and the internal/public note.
MapExportSettings exportSettings(const PrintLayout &layout, const QString &storeName, const QString &storeFile);

} // namespace lb::report
