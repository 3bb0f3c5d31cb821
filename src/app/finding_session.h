#pragma once

// FindingSession: the editing of safety-walk findings in the open store. It owns the undo stack
// of those edits, runs each edit (a FindingEditor call) on a read-write connection opened for it,
// keeps the window's StoreWatcher from mistaking the program's own edit for another program's,
// and after each edit puts the store's findings into the map snapshot so the map redraws them.
// It also holds which finding is selected, for the map tool and the editor dock.
//
// GUI thread only. Owned by the main window (Qt parent); the commands on its stack point to it.

#include "app/dialog_service.h"
#include "core/records.h"
#include "core/result.h"
#include "core/taxonomy.h"
#include "store/finding_edits.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <optional>

class QUndoStack;

namespace lb::app {

class MainWindow;

class FindingSession : public QObject {
    Q_OBJECT
public:
    explicit FindingSession(MainWindow *window);
    ~FindingSession() override;

    QUndoStack *undoStack() const { return m_stack; }
    QString storePath() const { return m_path; }
    // The edit log's author for this session; empty means the one set in Edit › Preferences
    // (app/edit_author.h), read at each edit.
    void setAuthor(const QString &author) { m_author = author; }
    // Whether the open store takes edits (it is open and can be written).
    bool canEdit() const;
    // Whether the open store is a shared one on a server: a finding's fields are then saved with
    // saveShared() (row versions, no undo); moving, adding and photos are not yet possible there.
    bool isShared() const;

    // Saves a finding's fields on a shared store when nobody else saved it since finding(id) read
    // it. When someone did, the DialogService's conflict dialog shows both and the user keeps
    // theirs (saved over the other, knowingly), takes the other (shown from then on) or cancels.
    enum class SharedSave { Saved, TookTheirs, Canceled, Failed };
    SharedSave saveShared(const WalkFinding &mine);

    // Runs `edit` on a read-write connection to the store, then refreshes the map; false, and
    // failed() with the reason, when the store cannot be opened or the edit is refused.
    bool apply(const std::function<Status(store::FindingEditor &)> &edit);
    // Reads the store without changing it (a finding, its photos).
    Result<WalkFinding> finding(FeatureId id) const;
    Result<std::vector<store::FindingPhoto>> photos(FeatureId id, bool withData) const;

    // The store's finding kinds, for the forms.
    std::vector<FindingKind> kinds() const;
    // The responsible organisations the findings on the map name, sorted.
    QStringList responsibles() const;

    std::optional<FeatureId> selected() const { return m_selected; }
    void select(std::optional<FeatureId> id);
    // The nearest finding the map shows (under the map filter) within `radius` map units of `at`.
    std::optional<WalkFinding> findingNear(PointXY at, double radius) const;

Q_SIGNALS:
    // The store's findings changed (an edit, an undo or a redo); the map has been refreshed.
    void changed();
    void failed(const QString &message);
    void selectionChanged(std::optional<lb::FeatureId> id);

private:
    void onStoreOpened(const QString &path);
    void refreshMap(store::Store &store);
    // Reads of a shared store (finding_session_shared.cpp).
    Result<WalkFinding> sharedFinding(FeatureId id) const;
    // Puts one finding, as it now is on the server, into the map snapshot.
    void refreshMapFinding(const WalkFinding &finding);
    // The conflict dialog's view of my values against the server's.
    ConflictView conflictView(const WalkFinding &mine, const WalkFinding &theirs, const QString &changedBy,
                              const QString &changedAt) const;

    MainWindow *m_window = nullptr;
    QUndoStack *m_stack = nullptr;
    QString m_path;
    QString m_author;
    std::optional<FeatureId> m_selected;
    // On a shared store: the row version of each finding as last read, for the next save.
    mutable std::map<FeatureId, std::int64_t> m_versions;
};

} // namespace lb::app
