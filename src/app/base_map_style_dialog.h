#pragma once

// BaseMapStyleDialog: how a vector background map (roads and lakes from a GeoPackage, a
// Shapefile, an OpenStreetMap extract) is drawn — the fill of its areas (or none), the colour of
// outlines, lines and points, and the outline width. The form is ui/base_map_style_dialog.ui.
// GUI thread.

#include "render/base_map_list.h"

#include <QDialog>

#include <memory>

namespace Ui {
class BaseMapStyleDialogForm;
}

namespace lb::app {

class BaseMapStyleDialog : public QDialog {
    Q_OBJECT
public:
    BaseMapStyleDialog(const QString &title, const render::BaseMapStyle &style, QWidget *parent = nullptr);
    ~BaseMapStyleDialog() override;

    // The style as the form shows it.
    render::BaseMapStyle style() const;
    // Fills the form, as a user would (tests).
    void setStyle(const render::BaseMapStyle &style);

private:
    void chooseColour(QColor *colour, const QString &title);
    void showColours();

    std::unique_ptr<Ui::BaseMapStyleDialogForm> m_ui;
    QColor m_fill;
    QColor m_outline;
};

} // namespace lb::app
