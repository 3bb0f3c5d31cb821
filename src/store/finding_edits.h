#pragma once

// FindingEditor: the edits a coordinator makes to safety-walk findings after a walk — add one,
// move it, delete it (and put it back with the same fid, for undo), change its kind, fields and
// status, attach photos. Each edit runs in one savepoint together with its edit-log entry (the
// action, the values before and after as JSON, the author), so a failed edit leaves nothing behind.
//
// Borrows the Store's connection: use it on the Store's thread, while the Store lives.

#include "core/records.h"
#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <vector>

namespace lb::store {

class Store;

// A photo attached to a finding. `data` is empty when listed without the image bytes.
struct FindingPhoto {
    std::int64_t id = 0;
    FeatureId findingId = 0;
    QString fileName;
    QString mimeType; // "image/jpeg" or "image/png"
    QDateTime addedAt;
    std::int64_t size = 0; // bytes
    QByteArray data;
};

// What a deletion removed, enough to put the finding and its photos back as they were.
struct DeletedFinding {
    WalkFinding finding;
    std::vector<FindingPhoto> photos; // with their bytes
};

class FindingEditor {
public:
    // Photos larger than this are refused; a phone's full-size JPEG is 3–6 MB.
    static constexpr std::int64_t kMaxPhotoBytes = 10 * 1024 * 1024;

    // `author` is written to the edit log; empty means the operating-system user.
    explicit FindingEditor(Store &store, QString author = {});

    Result<WalkFinding> finding(FeatureId id) const;

    // Inserts a new finding (its id is ignored) and returns the new fid. The kind must be a known
    // finding kind; a status other than open gets its date (see setStatus) from `today`.
    Result<FeatureId> add(WalkFinding finding, QDate today = QDate::currentDate());
    Status move(FeatureId id, PointXY to);
    Status setKind(FeatureId id, const QString &kind);
    // Description, responsible organisation and due date.
    Status setDetails(FeatureId id, const QString &description, const QString &responsible, QDate dueDate);
    // Moves the status and sets its dates: in progress and rejected set status_changed_on to
    // `on`, fixed sets fixed_date (and status_changed_on) to `on`; a status that is not fixed
    // clears fixed_date. Going back (fixed to in progress, rejected to open) is allowed.
    Status setStatus(FeatureId id, FindingStatus status, QDate on = QDate::currentDate());
    // Writes every editable field as given (kind, description, responsible, status and its dates,
    // due date, walk, point number), for undo and redo.
    Status update(const WalkFinding &finding);

    // Deletes the finding and its photos; what was removed comes back for restore().
    Result<DeletedFinding> remove(FeatureId id);
    // Puts a deleted finding back with its own fid, position, fields and photos.
    Status restore(const DeletedFinding &deleted);

    // Attaches a JPEG or PNG image (recognised by its bytes, not its name) and returns the
    // photo's id; refuses other files and files over kMaxPhotoBytes with a sentence saying why.
    Result<std::int64_t> attachPhoto(FeatureId findingId, const QString &fileName, const QByteArray &data);
    Result<std::int64_t> attachPhotoFile(FeatureId findingId, const QString &path);
    // The finding's photos, oldest first; with the image bytes when `withData`.
    Result<std::vector<FindingPhoto>> photos(FeatureId findingId, bool withData = false) const;
    Status removePhoto(std::int64_t photoId);
    // Attaches a photo again with its own id, name and time (it was removed, or its attaching was
    // undone), for undo and redo; logged as an added photo.
    Status restorePhoto(const FindingPhoto &photo);

    // "image/jpeg" or "image/png" for data in those formats; empty otherwise.
    static QString imageMimeType(const QByteArray &data);

private:
    Status log(FeatureId id, const QString &action, const QString &before, const QString &after);
    Status checkKind(const QString &kind) const;
    Status insertRow(const WalkFinding &f, bool keepId);
    Status insertPhoto(const FindingPhoto &photo, bool keepId);

    Store &m_store;
    QString m_author;
};

// The finding's photos, oldest first, with the image bytes when `withData`; for readers that do
// not edit (the follow-up list).
Result<std::vector<FindingPhoto>> findingPhotos(const Store &store, FeatureId findingId, bool withData);

// The finding's fields as compact JSON, as the edit log keeps them.
QString findingJson(const WalkFinding &finding);

} // namespace lb::store
