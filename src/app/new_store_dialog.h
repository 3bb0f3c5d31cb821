#pragma once

// NewStoreDialog: makes a store for one of Sweden's 290 municipalities. The user picks the
// municipality from the list that comes with the program (filtered as they type, with its
// population) and where to save the file; the store is made through io::createStore, the same
// code as `lagesbild-cli create --municipality`, with the municipality's boundary and population,
// and optionally a background map (an OpenStreetMap extract's roads and water, or tiles).

#include "io/municipalities.h"

#include <QDialog>

#include <vector>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace lb::app {

class DialogService;

class NewStoreDialog : public QDialog {
    Q_OBJECT
public:
    NewStoreDialog(DialogService *dialogs, QWidget *parent = nullptr);

    QLineEdit *filterEdit() const { return m_filter; }
    QListWidget *list() const { return m_list; }
    QLineEdit *pathEdit() const { return m_path; }
    QPushButton *createButton() const { return m_create; }
    QLabel *errorLabel() const { return m_error; }
    // The background: roads and water from an OpenStreetMap extract, and/or OpenStreetMap's tiles.
    QLineEdit *osmEdit() const { return m_osm; }
    QCheckBox *tilesCheck() const { return m_tiles; }
    // The store made when the dialog was accepted.
    QString createdPath() const { return m_created; }

    void accept() override;

private:
    void filter(const QString &text);
    void choosePath();
    void updateButton();

    DialogService *m_dialogs;
    std::vector<io::Municipality> m_municipalities;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_create = nullptr;
    QLabel *m_error = nullptr;
    QLineEdit *m_osm = nullptr;
    QCheckBox *m_tiles = nullptr;
    QString m_created;
};

// Shows the dialog; returns the new store's path, or an empty string when the user canceled.
QString runNewStoreDialog(QWidget *parent, DialogService *dialogs);

} // namespace lb::app
