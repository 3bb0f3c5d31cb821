#pragma once

// DialogService: every file dialog and message box of the program goes through one of these, so
// GUI tests can replace them with scripted answers and never block on a modal dialog. The main
// window holds a pointer; the default WidgetDialogService shows the real Qt dialogs.
// GUI thread only.

#include <QString>

class QWidget;

namespace lb::app {

class DialogService {
public:
    virtual ~DialogService() = default;

    // An empty string means the user canceled.
    virtual QString openFileName(QWidget *parent, const QString &caption, const QString &dir,
                                 const QString &filter) = 0;
    virtual QString saveFileName(QWidget *parent, const QString &caption, const QString &dir,
                                 const QString &filter) = 0;
    virtual void showError(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual void showAbout(QWidget *parent, const QString &title, const QString &text) = 0;
    // A message that needs no answer (a store was repaired or upgraded on open, say).
    virtual void showInformation(QWidget *parent, const QString &title, const QString &text)
    {
        (void)parent;
        (void)title;
        (void)text;
    }
    // A yes/no question; true for yes. Services that do not answer questions say no.
    virtual bool ask(QWidget *parent, const QString &title, const QString &text)
    {
        (void)parent;
        (void)title;
        (void)text;
        return false;
    }
};

class WidgetDialogService final : public DialogService {
public:
    QString openFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter) override;
    QString saveFileName(QWidget *parent, const QString &caption, const QString &dir, const QString &filter) override;
    void showError(QWidget *parent, const QString &title, const QString &text) override;
    void showAbout(QWidget *parent, const QString &title, const QString &text) override;
    void showInformation(QWidget *parent, const QString &title, const QString &text) override;
    bool ask(QWidget *parent, const QString &title, const QString &text) override;
};

} // namespace lb::app
