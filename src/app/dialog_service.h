#pragma once

// DialogService: every file dialog and message box of the program goes through one of these, so
// GUI tests can replace them with scripted answers and never block on a modal dialog. The main
// window holds a pointer; the default WidgetDialogService shows the real Qt dialogs.
// GUI thread only.

#include <QString>

#include <vector>

class QWidget;

namespace lb::app {

// Two saves of one record on a shared store: what the user tried to save next to what someone
// else saved meanwhile, field by field, for the conflict dialog.
struct ConflictView {
    QString title;
    QString intro; // who changed it and when
    struct Field {
        QString label;
        QString mine;
        QString theirs;
    };
    std::vector<Field> fields;
};
enum class ConflictChoice { Cancel, KeepMine, TakeTheirs };

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
    // A password the server asked for; empty when the user canceled. Never stored.
    virtual QString password(QWidget *parent, const QString &title, const QString &label)
    {
        (void)parent;
        (void)title;
        (void)label;
        return {};
    }
    // What to do when someone else saved the same record meanwhile. Services that do not answer
    // cancel, so nothing is overwritten.
    virtual ConflictChoice resolveConflict(QWidget *parent, const ConflictView &conflict)
    {
        (void)parent;
        (void)conflict;
        return ConflictChoice::Cancel;
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
    QString password(QWidget *parent, const QString &title, const QString &label) override;
    ConflictChoice resolveConflict(QWidget *parent, const ConflictView &conflict) override;
};

} // namespace lb::app
