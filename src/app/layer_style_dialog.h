#pragma once

// LayerStyleDialog: Style… in the layer list's context menu for a point layer (incidents, survey
// pins, walk findings). Single symbol, categorized or graduated by a field, with shape, size,
// colour, palette or colour ramp, and labels from a field; for incidents also how they are drawn
// (points, clusters, hexagons, automatic, heat). Every change is shown on the map at once
// (MainWindow::previewMapStyles); OK keeps it (MainWindow::setMapStyles, which the store keeps),
// Cancel puts back what was there. The form is ui/layer_style_dialog.ui. GUI thread only.

#include "render/incident_style.h"
#include "render/layer_style.h"

#include <QDialog>

#include <memory>

namespace Ui {
class LayerStyleDialogForm;
}

namespace lb::app {

class MainWindow;

class LayerStyleDialog : public QDialog {
    Q_OBJECT
public:
    LayerStyleDialog(MainWindow *window, const QString &layerId);
    ~LayerStyleDialog() override;

    QString layerId() const { return m_layerId; }
    // What the form shows, and setting it as a user would (the map follows).
    render::LayerStyle style() const;
    void setStyle(const render::LayerStyle &style);
    void setIncidentStyle(render::IncidentStyle style);

    void accept() override;
    void reject() override;

private:
    void fillFields();
    void updateEnabled();
    void preview();
    render::MapStyles chosen() const;

    MainWindow *m_window;
    QString m_layerId;
    render::MapStyles m_original;
    std::unique_ptr<Ui::LayerStyleDialogForm> m_ui;
    bool m_filling = false;
};

} // namespace lb::app
