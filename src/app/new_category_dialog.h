#pragma once

// NewCategoryDialog: asks for a category the store's taxonomy lacks — its code, Swedish and
// English labels and group — for a source whose categories are not in the taxonomy. The caller
// adds it to the store (Store::insertCategory) when the dialog is accepted.
//
// GUI thread only.

#include "core/taxonomy.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace lb::app {

class NewCategoryDialog : public QDialog {
    Q_OBJECT
public:
    // `suggestedLabel` prefills both labels, e.g. the source value the category is for.
    explicit NewCategoryDialog(const QString &suggestedLabel, QWidget *parent = nullptr);

    Category category() const;

private:
    void updateOk();

    QLineEdit *m_code = nullptr;
    QLineEdit *m_sv = nullptr;
    QLineEdit *m_en = nullptr;
    QComboBox *m_group = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace lb::app
