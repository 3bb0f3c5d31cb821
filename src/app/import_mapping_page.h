#pragma once

// The import wizard's field mapping page: for each field of the chosen record kind, a combo
// listing the file's columns (prefilled from the column names, or from a saved profile) and a
// fixed value for fields the file lacks; for point kinds the coordinate columns, the source CRS
// (the file's or the probe's guess, which the user may override) and the axis order. The mapping
// can be saved by name as a profile in the store so the next file of the same kind imports alike.
//
// GUI thread only; owned by the wizard, shares the wizard's ImportContext.

#include "io/field_mapping.h"

#include <QFutureWatcher>
#include <QMap>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace lb::app {

struct ImportContext;

class ImportMappingPage : public QWizardPage {
    Q_OBJECT
public:
    ImportMappingPage(ImportContext *context, QWidget *parent = nullptr);
    ~ImportMappingPage() override;

    // The column combo of a target field ("time", "category", "x", ...); null when the kind has none.
    QComboBox *columnCombo(const QString &field) const { return m_columnCombos.value(field); }
    QLineEdit *constantEdit(const QString &field) const { return m_constantEdits.value(field); }
    QComboBox *crsCombo() const { return m_crs; }
    QComboBox *profileCombo() const { return m_profile; }
    QLineEdit *profileNameEdit() const { return m_profileName; }
    QPushButton *saveProfileButton() const { return m_saveProfile; }
    // Columns named like a field that the mapping leaves out; empty when none.
    QString unmappedNote() const;
    // What is missing before the mapping can be used; empty when it is complete.
    QString problem() const;
    bool isSaving() const { return m_savingNow; }

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

Q_SIGNALS:
    void profileSaved(const QString &name);

private:
    void rebuild();
    void applyMapping(const io::FieldMapping &mapping);
    void readWidgets();
    void chooseProfile(int index);
    void saveProfile();
    void updateSamples();
    void fillProfiles();

    ImportContext *m_ctx;
    QString m_builtFor; // file, layer and kind the widgets were built for
    bool m_applying = false;
    QComboBox *m_profile = nullptr;
    QLabel *m_profileNote = nullptr;
    QGroupBox *m_fieldsBox = nullptr;
    QGridLayout *m_fieldsGrid = nullptr;
    QGroupBox *m_positionBox = nullptr;
    QGridLayout *m_positionGrid = nullptr;
    QComboBox *m_crs = nullptr;
    QLabel *m_crsNote = nullptr;
    QCheckBox *m_swap = nullptr;
    QCheckBox *m_keepOutside = nullptr;
    QCheckBox *m_repair = nullptr; // shown when the probe found invalid polygons
    QLabel *m_problem = nullptr;
    QLabel *m_unmapped = nullptr; // columns that look like a field but are not imported
    QLineEdit *m_profileName = nullptr;
    QPushButton *m_saveProfile = nullptr;
    QLabel *m_saveNote = nullptr;
    QMap<QString, QComboBox *> m_columnCombos;
    QMap<QString, QLineEdit *> m_constantEdits;
    QMap<QString, QLabel *> m_sampleLabels;
    QList<QWidget *> m_rowWidgets; // rebuilt with the kind
    QFutureWatcher<QString> m_saving;
    QString m_savingName;
    bool m_savingNow = false;
};

} // namespace lb::app
