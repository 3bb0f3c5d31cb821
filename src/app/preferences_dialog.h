#pragma once

// PreferencesDialog: Edit › Preferences. For now the name written as the author of the user's edits
// in the store's edit log (app/edit_author.h); empty means the operating-system user, which the
// field shows as its placeholder. OK saves, Cancel leaves the setting as it was.
//
// GUI thread only; the form is ui/preferences_dialog.ui.

#include <QDialog>

#include <memory>

class QAction;

namespace Ui {
class PreferencesDialogForm;
}

namespace lb::app {

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    void accept() override;
    Ui::PreferencesDialogForm *form() const { return m_ui.get(); }

    // The Edit menu's "Preferences…", which opens the dialog over `window`.
    static QAction *createAction(QWidget *window);

private:
    std::unique_ptr<Ui::PreferencesDialogForm> m_ui;
};

} // namespace lb::app
