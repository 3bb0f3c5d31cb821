#include "app/new_category_dialog.h"

#include "io/column_synonyms.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>

namespace lb::app {

NewCategoryDialog::NewCategoryDialog(const QString &suggestedLabel, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("New category"));
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("newCategoryCode"));
    m_code->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[a-z0-9_]{1,40}")), m_code));
    m_code->setPlaceholderText(tr("e.g. antisocial"));
    m_sv = new QLineEdit(suggestedLabel, this);
    m_sv->setObjectName(QStringLiteral("newCategorySv"));
    m_en = new QLineEdit(suggestedLabel, this);
    m_en->setObjectName(QStringLiteral("newCategoryEn"));
    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("newCategoryGroup"));
    for (const CategoryGroup &g : categoryGroups())
        m_group->addItem(localizedLabel(g.labelSv, g.labelEn), g.code);
    m_group->setCurrentIndex(std::max(0, m_group->findData(QStringLiteral("other"))));
    // A code from the label: "Anti-social behaviour" -> "antisocialbehaviour".
    m_code->setText(io::foldedName(suggestedLabel).left(40));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Code:"), m_code);
    form->addRow(tr("Swedish label:"), m_sv);
    form->addRow(tr("English label:"), m_en);
    form->addRow(tr("Group:"), m_group);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *e : {m_code, m_sv, m_en})
        connect(e, &QLineEdit::textChanged, this, &NewCategoryDialog::updateOk);
    updateOk();
}

Category NewCategoryDialog::category() const
{
    Category c;
    c.code = m_code->text().trimmed();
    c.labelSv = m_sv->text().trimmed();
    c.labelEn = m_en->text().trimmed();
    c.group = m_group->currentData().toString();
    return c;
}

void NewCategoryDialog::updateOk()
{
    m_ok->setEnabled(!m_code->text().trimmed().isEmpty() && !m_sv->text().trimmed().isEmpty() &&
                     !m_en->text().trimmed().isEmpty());
}

} // namespace lb::app
