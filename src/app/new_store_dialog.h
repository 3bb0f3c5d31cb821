#pragma once

// NewStoreDialog: makes a store for a municipality — one of Sweden's 290 from the list that comes
// with the program (filtered as they type, with its population), or the boundary in a vector file
// of the user's own — through io::createStore, the same code as `lagesbild-cli create
// --municipality` and `--boundary`; optionally with a background map (an OpenStreetMap extract's
// roads and water, or tiles) and, right after the store is made, its districts from a vector file
// with the name field the user chose (io::importDistricts, the importer's code path). The form is
// ui/new_store_dialog.ui. GUI thread only.

#include "io/municipalities.h"

#include <QDialog>

#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;

namespace Ui {
class NewStoreDialogForm;
}

namespace lb::app {

class DialogService;

class NewStoreDialog : public QDialog {
    Q_OBJECT
public:
    NewStoreDialog(DialogService *dialogs, QWidget *parent = nullptr);
    ~NewStoreDialog() override;

    QLineEdit *filterEdit() const;
    QListWidget *list() const;
    QLineEdit *pathEdit() const;
    QPushButton *createButton() const { return m_create; }
    QLabel *errorLabel() const;
    // The boundary file instead of the list.
    QRadioButton *boundaryRadio() const;
    QLineEdit *boundaryEdit() const;
    // The background: roads and water from an OpenStreetMap extract, and/or OpenStreetMap's tiles.
    QLineEdit *osmEdit() const;
    QCheckBox *tilesCheck() const;
    // The districts step: a vector file and the field with the names (filled when the file is set).
    void setDistrictsFile(const QString &path);
    QComboBox *districtNameCombo() const;
    // The store made when the dialog was accepted, and the districts stored in it.
    QString createdPath() const { return m_created; }
    qint64 districtsImported() const { return m_districts; }

    void accept() override;

private:
    void filter(const QString &text);
    void choosePath();
    void suggestPath(const QString &baseName);
    void updateButton();
    bool importDistricts(const QString &storePath);

    std::unique_ptr<Ui::NewStoreDialogForm> m_ui;
    DialogService *m_dialogs;
    std::vector<io::Municipality> m_municipalities;
    QPushButton *m_create = nullptr;
    QString m_created;
    qint64 m_districts = 0;
};

// Shows the dialog; returns the new store's path, or an empty string when the user canceled.
// `districts`, when given, receives how many districts were imported with it.
QString runNewStoreDialog(QWidget *parent, DialogService *dialogs, qint64 *districts = nullptr);

} // namespace lb::app
