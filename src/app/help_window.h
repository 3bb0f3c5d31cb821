#pragma once

// The Help menu's windows: the user guide (the Markdown pages of docs/user-guide, compiled into the
// program and shown locally in a QTextBrowser — nothing is fetched from the network), the keyboard
// shortcuts (read from the main window's own actions, so the list is never out of date) and what
// is new in this version (docs/whats-new.md).

#include <QDialog>

class QTextBrowser;

namespace lb::app {

class HelpWindow : public QDialog {
    Q_OBJECT
public:
    enum class Page { UserGuide, WhatsNew };
    HelpWindow(Page page, QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser = nullptr;
};

// A window listing every action of `window` that has a keyboard shortcut, with the shortcut.
QDialog *createShortcutsDialog(QWidget *window);

// Adds "User guide", "Keyboard shortcuts" and "What's new" to a Help menu of `window`.
void addHelpActions(class QMenu *help, QWidget *window);

} // namespace lb::app
