#pragma once

// Undoable edits of safety-walk findings, for the FindingSession's QUndoStack. Each redo() and
// undo() writes to the store through a FindingEditor, so the store and its edit log follow the
// stack: undoing an addition deletes the finding, redoing it puts it back under the same fid.
// A command whose first redo() fails (the store refused the edit) marks itself obsolete, so the
// stack drops it and the failure is reported by the session.
//
// GUI thread only; the session must outlive the commands (it owns their stack).

#include "core/records.h"
#include "store/finding_edits.h"

#include <QUndoCommand>

#include <optional>

namespace lb::app {

class FindingSession;

class AddFindingCommand : public QUndoCommand {
public:
    AddFindingCommand(FindingSession *session, const WalkFinding &finding);
    void redo() override;
    void undo() override;
    // The new finding's fid once redone; 0 before or when it failed.
    FeatureId findingId() const { return m_id; }

private:
    FindingSession *m_session;
    WalkFinding m_finding;
    FeatureId m_id = 0;
    std::optional<store::DeletedFinding> m_removed; // what undo took away, for redo
};

class MoveFindingCommand : public QUndoCommand {
public:
    MoveFindingCommand(FindingSession *session, FeatureId id, PointXY from, PointXY to);
    void redo() override;
    void undo() override;

private:
    FindingSession *m_session;
    FeatureId m_id;
    PointXY m_from, m_to;
};

class DeleteFindingCommand : public QUndoCommand {
public:
    DeleteFindingCommand(FindingSession *session, FeatureId id);
    void redo() override;
    void undo() override;

private:
    FindingSession *m_session;
    FeatureId m_id;
    std::optional<store::DeletedFinding> m_removed;
};

// Writes a finding's editable fields (kind, description, responsible, due date, and the status
// with its dates) from `before` to `after`; undo writes `before` back.
class EditFindingCommand : public QUndoCommand {
public:
    EditFindingCommand(FindingSession *session, const WalkFinding &before, const WalkFinding &after);
    void redo() override;
    void undo() override;

private:
    FindingSession *m_session;
    WalkFinding m_before, m_after;
};

// Moves a finding's status with the dates FindingEditor::setStatus gives it on `day`.
class ChangeStatusCommand : public QUndoCommand {
public:
    ChangeStatusCommand(FindingSession *session, FeatureId id, FindingStatus status, QDate day);
    void redo() override;
    void undo() override;

private:
    FindingSession *m_session;
    FeatureId m_id;
    FindingStatus m_status;
    QDate m_day;
    std::optional<WalkFinding> m_before, m_after;
};

// The status as the user reads it: "open", "in progress", "fixed", "rejected" (translated).
QString findingStatusLabel(FindingStatus status);

} // namespace lb::app
