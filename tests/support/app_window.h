#pragma once

// Helpers for the GUI tests of the main window: a DialogService that asks the user nothing, and
// opening a store the way the window does (on a worker) until its map is drawn.

#include "app/dialog_service.h"
#include "app/main_window.h"

#include <QStringList>

#include <vector>

namespace lb::test {

// Cancels every file dialog and keeps the error messages it was asked to show. A conflict on a
// shared store is kept and answered with `conflictAnswer` (cancel unless a test says otherwise).
class QuietDialogs final : public app::DialogService {
public:
    QStringList errors;
    std::vector<app::ConflictView> conflicts;
    app::ConflictChoice conflictAnswer = app::ConflictChoice::Cancel;
    app::ConflictChoice resolveConflict(QWidget *, const app::ConflictView &conflict) override
    {
        conflicts.push_back(conflict);
        return conflictAnswer;
    }
    QString openFileName(QWidget *, const QString &, const QString &, const QString &) override { return {}; }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override { return {}; }
    void showError(QWidget *, const QString &, const QString &text) override { errors << text; }
    void showAbout(QWidget *, const QString &, const QString &) override {}
};

// Opens `path` in `window` and waits until it is the window's store and its map has been drawn.
void openAndDraw(app::MainWindow &window, const QString &path);

} // namespace lb::test
