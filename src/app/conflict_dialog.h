#pragma once

// ConflictDialog: shown when a save on a shared store finds that someone else saved the same
// record since it was opened. It puts the user's values next to the other user's, field by field
// (the differing ones in bold), and lets the user keep theirs, take the other, or cancel. The form
// is ui/conflict_dialog.ui. GUI thread.

#include "app/dialog_service.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ConflictDialogForm;
}

namespace lb::app {

class ConflictDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConflictDialog(const ConflictView &conflict, QWidget *parent = nullptr);
    ~ConflictDialog() override;

    // The user's answer; Cancel until a button is pressed.
    ConflictChoice choice() const { return m_choice; }

private:
    std::unique_ptr<Ui::ConflictDialogForm> m_ui;
    ConflictChoice m_choice = ConflictChoice::Cancel;
};

} // namespace lb::app
