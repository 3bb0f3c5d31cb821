#pragma once

// PrintDialog: the print layout of the current map view — page size and orientation, margin,
// title, subtitle, sources, legend, scale bar, north arrow, overview inset, internal or public —
// with a preview of the page, layouts saved in the store by name (report/print_layout.h, shared
// with `lagesbild-cli print --layout`), and export of the page as PDF (vector), PNG or SVG. The
// page is drawn by report::MapExporter with the canvas's own layers (heat map, hot spots and the
// filter included), so it shows what the map shows. File names are asked through the
// DialogService. GUI thread only.

#include "render/map_layers.h"
#include "render/map_settings.h"
#include "report/print_layout.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PrintDialogForm;
}

namespace lb::app {

class DialogService;

struct PrintView {
    QString storePath;
    QString storeName;
    render::MapSettings map; // the canvas's view: extent, visible layers, CRS, disclosure
    render::LayerList layers;
    Extent fullExtent; // the store's extent, for the overview inset
};

class PrintDialog : public QDialog {
    Q_OBJECT
public:
    PrintDialog(PrintView view, DialogService *dialogs, QWidget *parent = nullptr);
    ~PrintDialog() override;

    // The layout the form shows now.
    report::PrintLayout layout() const;
    // Fills the form from a layout, and chooses it in the list when it is a saved one.
    void setLayout(const report::PrintLayout &layout);
    // Writes the page to `path` (.pdf, .png or .svg); shows an error and returns false when it cannot.
    bool exportTo(const QString &path);
    // Saves the form as a layout of this name in the store, or removes the chosen one.
    bool saveLayoutAs(const QString &name);
    bool removeChosenLayout();
    QStringList layoutNames() const;
    QImage preview() const { return m_preview; }

public Q_SLOTS:
    void updatePreview();

private:
    report::MapExportSettings settingsFor(const report::PrintLayout &layout) const;
    void reloadLayouts(const QString &select);
    void chooseLayout(int index);

    std::unique_ptr<Ui::PrintDialogForm> m_ui;
    PrintView m_view;
    DialogService *m_dialogs;
    std::vector<report::PrintLayout> m_layouts;
    QImage m_preview;
    bool m_loading = false;
};

} // namespace lb::app
