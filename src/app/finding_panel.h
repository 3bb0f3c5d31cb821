#pragma once

// FindingPanel: the finding editor dock (form: ui/finding_panel.ui). It shows the finding selected
// on the map — kind, description, responsible organisation, due date, status and the day it last
// changed — and its photos as thumbnails. "Save changes" writes what was changed as undoable
// commands (the fields, then the status with its dates); photos are added from a file (JPEG or
// PNG) and removed as undoable commands too (finding_photo_commands.h).
//
// install() also builds the rest of finding editing into the main window: the FindingSession with
// the undo stack, the map tools, and their entries in the Edit menu (Undo, Redo, Add finding,
// Select and move findings, Delete finding).
//
// GUI thread only.

#include "core/records.h"
#include "core/taxonomy.h"

#include <QDockWidget>

#include <memory>
#include <optional>
#include <vector>

class QMenu;

namespace Ui {
class FindingPanelForm;
}

namespace lb::app {

class DialogService;
class FindingMapTool;
class FindingSession;
class MainWindow;

class FindingPanel : public QDockWidget {
    Q_OBJECT
public:
    FindingPanel(FindingSession *session, DialogService *dialogs, QWidget *parent = nullptr);
    ~FindingPanel() override;

    // Adds the panel (hidden until a finding is selected), the session and the map tools to the
    // window, and their actions to `editMenu`.
    static FindingPanel *install(MainWindow *window, QMenu *editMenu);

    FindingSession *session() const { return m_session; }
    FindingMapTool *mapTool() const { return m_tool; }
    Ui::FindingPanelForm *form() const { return m_ui.get(); }
    std::optional<FeatureId> shownFinding() const { return m_shown ? std::optional(m_shown->id) : std::nullopt; }

    // Writes the form's changes to the shown finding; false when nothing was saved.
    bool save();
    // Attaches the image file to the shown finding; false (and the reason shown) when refused.
    bool addPhoto(const QString &path);
    bool removeSelectedPhoto();

private:
    void showFinding(std::optional<FeatureId> id);
    void fill(const WalkFinding &f);
    void loadPhotos();
    void showMessage(const QString &text, bool error = false);
    // The shown finding with the form's values.
    WalkFinding fromForm() const;
    bool hasUnsavedEdits() const;
    bool saveShared(WalkFinding after, FindingStatus status);

    std::unique_ptr<Ui::FindingPanelForm> m_ui;
    FindingSession *m_session;
    DialogService *m_dialogs;
    FindingMapTool *m_tool = nullptr;
    std::optional<WalkFinding> m_shown;
    std::vector<FindingKind> m_kinds;
    std::vector<Walk> m_walks;
};

} // namespace lb::app
