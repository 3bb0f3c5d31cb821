#include "app/dialog_service.h"

#include "app/conflict_dialog.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>

namespace lb::app {

QString WidgetDialogService::openFileName(QWidget *parent, const QString &caption, const QString &dir,
                                          const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QString WidgetDialogService::saveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                          const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

void WidgetDialogService::showError(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::critical(parent, title, text);
}

void WidgetDialogService::showAbout(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::about(parent, title, text);
}

void WidgetDialogService::showInformation(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::information(parent, title, text);
}

bool WidgetDialogService::ask(QWidget *parent, const QString &title, const QString &text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) ==
           QMessageBox::Yes;
}

QString WidgetDialogService::password(QWidget *parent, const QString &title, const QString &label)
{
    return QInputDialog::getText(parent, title, label, QLineEdit::Password);
}

ConflictChoice WidgetDialogService::resolveConflict(QWidget *parent, const ConflictView &conflict)
{
    ConflictDialog dialog(conflict, parent);
    dialog.exec();
    return dialog.choice();
}

} // namespace lb::app
