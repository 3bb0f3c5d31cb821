#pragma once

// Undoable photo edits of a safety-walk finding, for the FindingSession's QUndoStack (see
// finding_commands.h for the shape). Each keeps the photo's bytes, so undoing a removal and redoing
// an addition put the same photo back under the same id; the store's edit log records each step.
//
// GUI thread only; the session must outlive the commands (it owns their stack).

#include "store/finding_edits.h"

#include <QUndoCommand>

namespace lb::app {

class FindingSession;

class AddPhotoCommand : public QUndoCommand {
public:
    // Attaches `data` (a JPEG or PNG image) as `fileName` to finding `findingId`.
    AddPhotoCommand(FindingSession *session, FeatureId findingId, const QString &fileName, const QByteArray &data);
    void redo() override;
    void undo() override;
    // The photo's id once redone; 0 before or when the store refused it.
    std::int64_t photoId() const { return m_photo.id; }

private:
    FindingSession *m_session;
    store::FindingPhoto m_photo;
    bool m_attached = false; // attached once: redo puts the same photo back
};

class RemovePhotoCommand : public QUndoCommand {
public:
    // `photo` with its bytes, as FindingSession::photos(…, true) gives it.
    RemovePhotoCommand(FindingSession *session, const store::FindingPhoto &photo);
    void redo() override;
    void undo() override;

private:
    FindingSession *m_session;
    store::FindingPhoto m_photo;
};

} // namespace lb::app
