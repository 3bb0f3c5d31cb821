#pragma once

// BaseMapDialog: "Add a background map" — a raster or vector file, or an XYZ tile address with
// its attribution. The form is ui/base_map_dialog.ui; files are picked through the window's
// DialogService. GUI thread.

#include "render/base_map_list.h"

#include <QDialog>

#include <memory>

namespace Ui {
class BaseMapDialogForm;
}

namespace lb::app {

class DialogService;

class BaseMapDialog : public QDialog {
    Q_OBJECT
public:
    BaseMapDialog(DialogService *dialogs, QWidget *parent = nullptr);
    ~BaseMapDialog() override;

    // What the user chose; valid after accept().
    render::BaseMapEntry entry() const { return m_entry; }

    // The fields, for tests that fill the form as a user would.
    void setFile(const QString &path);
    void setTileAddress(const QString &urlTemplate, const QString &attribution = {});

    void accept() override;

private:
    void updateEnabled();

    DialogService *m_dialogs;
    std::unique_ptr<Ui::BaseMapDialogForm> m_ui;
    render::BaseMapEntry m_entry;
};

} // namespace lb::app
