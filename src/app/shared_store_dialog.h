#pragma once

// SharedStoreDialog: File › Open shared store… The server, port, database and user of a
// PostgreSQL/PostGIS store, or a pasted postgresql:// connection string, and the recently opened
// ones (without passwords). There is no password field: libpq reads ~/.pgpass, and the window
// asks when the server wants one that is not there. The form is ui/shared_store_dialog.ui.
// GUI thread.

#include <QDialog>

#include <memory>

namespace Ui {
class SharedStoreDialogForm;
}

namespace lb::app {

class SharedStoreDialog : public QDialog {
    Q_OBJECT
public:
    explicit SharedStoreDialog(QWidget *parent = nullptr);
    ~SharedStoreDialog() override;

    // The connection string the fields make: the pasted one when given, else one built from the
    // server, port, database and user.
    QString connectionString() const;

    // The fields, for tests that fill the form as a user would.
    void setFields(const QString &host, int port, const QString &database, const QString &user);
    void setConnectionString(const QString &url);

    void accept() override;

private:
    void showRecent(int index);
    void updateEnabled();

    std::unique_ptr<Ui::SharedStoreDialogForm> m_ui;
};

} // namespace lb::app
