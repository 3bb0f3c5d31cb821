#pragma once

// FindingMapTool: the map's editing tools for safety-walk findings, two checkable actions of which
// at most one is on:
// - "Add finding": a click on the map opens a FindingDialog for that place; OK adds the finding
//   (an undoable command).
// - "Select findings": a click on a finding selects it (and opens it in the finding editor); a
//   finding dragged to another place is moved there when the button is released (undoable);
//   dragging elsewhere pans the map as usual.
// "Delete finding" (the Delete key, or the Edit menu) deletes the selected finding (undoable).
// The selected finding is ringed on the map.
//
// GUI thread only. Borrows the main window's canvas; owned by the window (Qt parent).

#include "core/records.h"

#include <QObject>
#include <QPointF>

#include <optional>

class QAction;

namespace lb::app {

class FindingSession;
class MainWindow;

class FindingMapTool : public QObject {
    Q_OBJECT
public:
    FindingMapTool(MainWindow *window, FindingSession *session);

    QAction *addAction() const { return m_add; }
    QAction *selectAction() const { return m_select; }
    QAction *deleteAction() const { return m_delete; }

    // What a click with the add tool does: opens the dialog for a finding at `mapPoint`.
    void addAt(PointXY mapPoint);
    void deleteSelected();

Q_SIGNALS:
    // The add dialog was opened (tests fill it in).
    void dialogOpened(QWidget *dialog);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onClicked(PointXY at);
    void showSelection();
    void updateEnabled();
    double hitRadius() const;

    MainWindow *m_window;
    // The canvas, kept for the event filter: it also sees events while the window is being
    // destroyed, when the window's own functions must not be called.
    QObject *m_canvas;
    FindingSession *m_session;
    QAction *m_add = nullptr;
    QAction *m_select = nullptr;
    QAction *m_delete = nullptr;
    // A drag of the selected finding in progress.
    std::optional<WalkFinding> m_dragged;
    QPointF m_pressPos;
    bool m_moved = false;
};

} // namespace lb::app
