#include "app/preferences_dialog.h"

#include "app/edit_author.h"

#include "ui_preferences_dialog.h"

#include <QAction>

namespace lb::app {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialogForm>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("preferencesDialog"));
    m_ui->authorEdit->setText(savedEditAuthor());
    m_ui->authorEdit->setPlaceholderText(defaultEditAuthor());
    m_ui->authorHelpLabel->setText(
        tr("Written to the store's edit log with each change you make to findings and walk plans. Left empty, "
           "the edit log names the computer user (%1).")
            .arg(defaultEditAuthor()));
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::accept()
{
    setEditAuthor(m_ui->authorEdit->text());
    QDialog::accept();
}

QAction *PreferencesDialog::createAction(QWidget *window)
{
    auto *action = new QAction(tr("&Preferences…"), window);
    action->setObjectName(QStringLiteral("actionPreferences"));
    action->setMenuRole(QAction::PreferencesRole);
    connect(action, &QAction::triggered, window, [window] {
        PreferencesDialog dialog(window);
        dialog.exec();
    });
    return action;
}

} // namespace lb::app
